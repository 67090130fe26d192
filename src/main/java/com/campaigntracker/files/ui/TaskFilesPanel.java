package com.campaigntracker.files.ui;

import com.campaigntracker.files.FileLinks;
import com.campaigntracker.files.FileSizes;
import com.campaigntracker.files.TaskFileService;
import com.campaigntracker.files.TaskFileService.FileLine;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * A task's files on its page: each name with its newest version (a thumbnail when its bytes are an image),
 * earlier versions folded below; the R and the manager upload here. Images and PDFs open in the browser,
 * everything else downloads.
 */
class TaskFilesPanel extends Div {

    private final transient TaskFileService files;
    private final long itemId;
    private final ZoneId zone;
    private final Div list = new Div();

    TaskFilesPanel(TaskFileService files, long itemId, boolean open, ZoneId zone) {
        this.files = files;
        this.itemId = itemId;
        this.zone = zone;
        setId("task-files");
        addClassName("task-files");
        add(new H3(getTranslation("files.title")));
        list.addClassName("file-list");
        add(list);
        if (open && files.mayUpload(itemId)) {
            Upload upload = ComponentTexts.upload(new Upload(new StreamingHandler()));
            upload.setId("file-upload");
            // the browser's hint, so a large file is refused before it is sent; the service counts what comes
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, files.maxBytes()));
            upload.setMaxFiles(5);
            upload.addFileRejectedListener(e -> Messages.show(e.getErrorMessage(), NotificationVariant.LUMO_ERROR));
            Paragraph limit = new Paragraph(getTranslation("files.limit", FileSizes.text(files.maxBytes(), getLocale())));
            limit.addClassName("file-limit");
            add(upload, limit);
        }
        refresh();
    }

    /** Shows the task's files as they are now. */
    public void refresh() {
        list.removeAll();
        List<FileLine> all = files.ofTask(itemId);
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("files.none"));
            none.setId("no-files");
            list.add(none);
            return;
        }
        Map<String, List<FileLine>> byName = new LinkedHashMap<>();
        all.forEach(f -> byName.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(f)); // newest first per name
        byName.values().forEach(versions -> list.add(entry(versions)));
    }

    private Div entry(List<FileLine> versions) {
        FileLine newest = versions.get(0);
        Div entry = new Div();
        entry.addClassName("file-entry");
        entry.setId("file-" + newest.id());
        if (newest.preview() && newest.contentType().startsWith("image/")) {
            Image thumb = new Image(FileLinks.url(newest.id(), true), newest.name());
            thumb.addClassName("file-thumb");
            entry.add(thumb);
        }
        entry.add(line(newest));
        if (versions.size() > 1) {
            Div older = new Div();
            versions.subList(1, versions.size()).forEach(v -> older.add(line(v)));
            Details earlier = new Details(getTranslation("files.earlier", versions.size() - 1), older);
            earlier.addClassName("file-earlier");
            entry.add(earlier);
        }
        return entry;
    }

    private Div line(FileLine f) {
        Anchor name = new Anchor(FileLinks.url(f.id(), f.preview()), f.name());
        name.setId("file-open-" + f.id());
        if (f.preview()) {
            name.setTarget(AnchorTarget.BLANK);
            name.getElement().setAttribute("rel", "noopener");
        } else {
            name.getElement().setAttribute("download", f.name());
        }
        name.getElement().setAttribute("router-ignore", true); // a file, not a view of the app
        Span version = new Span("v" + f.version());
        version.addClassName("file-version");
        Span facts = new Span(FileSizes.text(f.size(), getLocale()) + " · " + (f.uploadedBy() == null ? "—" : f.uploadedBy())
                + " · " + Formats.dateTime(f.uploadedAt(), zone, getLocale()));
        facts.addClassName("file-facts");
        Anchor download = new Anchor(FileLinks.url(f.id(), false), getTranslation("files.download"));
        download.setId("file-download-" + f.id());
        download.getElement().setAttribute("download", f.name());
        download.getElement().setAttribute("router-ignore", true);
        Div line = new Div(name, version, facts, download);
        line.addClassName("file-line");
        return line;
    }

    /** Hands the upload's stream to the service as it arrives; the page is told in its UI's lock. */
    private final class StreamingHandler implements UploadHandler {
        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String name = event.getFileName();
            try (InputStream in = event.getInputStream()) {
                FileLine stored = files.upload(itemId, name, in);
                ui.access(() -> {
                    refresh();
                    Messages.show(getTranslation("files.uploaded", stored.name(), stored.version()),
                            NotificationVariant.LUMO_SUCCESS);
                });
            } catch (TranslatableException e) {
                ui.access(() -> Messages.refuse(TaskFilesPanel.this, e));
                throw new IOException(e.getMessage(), e); // the browser shows the upload as failed
            } catch (AccessDeniedException e) {
                ui.access(() -> Messages.show(getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR));
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
