package com.campaigntracker.plan.ui;

import com.campaigntracker.plan.AcceptanceService;
import com.campaigntracker.plan.DeliverableFiles;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** Deliverables waiting for my acceptance as the A: accept, or reject with a comment (the task reopens). */
@Route("acceptances")
@Menu(order = 25, title = "nav.acceptances", icon = "vaadin:check-square-o")
@PermitAll
class MyAcceptancesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AcceptanceService acceptances;
    /** Each card's comment field, by task: what was typed survives a reload. */
    private final java.util.Map<Long, TextField> comments = new java.util.HashMap<>();

    MyAcceptancesView(AcceptanceService acceptances) {
        this.acceptances = acceptances;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        comments.clear();
        add(new H2(getTranslation("nav.acceptances")));
        List<AcceptanceService.Pending> waiting = acceptances.waitingForMe();
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("acceptance.nothingWaiting"));
            none.setId("nothing-to-accept");
            add(none);
        }
        for (AcceptanceService.Pending p : waiting) {
            Div card = new Div();
            card.setId("acceptance-" + p.itemId());
            card.addClassName("acceptance-card");
            card.add(new H3(p.projectName() + " · " + p.itemName()),
                    new Paragraph(getTranslation("acceptance.facts", p.ownerName() == null ? "—" : p.ownerName(),
                            Formats.date(p.finishedOn(), getLocale()), p.deliverables() == null ? "—" : p.deliverables())));
            card.add(files(p));
            TextField comment = new TextField(getTranslation("acceptance.comment"));
            comments.put(p.itemId(), comment);
            comment.setId("acceptance-comment-" + p.itemId());
            comment.setWidth("24rem");
            Button accept = new Button(getTranslation("acceptance.accept"), e -> act(() -> {
                acceptances.accept(p.itemId(), p.fileIds());
                PlanMessages.show(getTranslation("acceptance.accepted", p.itemName()), NotificationVariant.LUMO_SUCCESS);
            }));
            accept.setId("accept-" + p.itemId());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(getTranslation("acceptance.reject"), e -> act(() -> {
                acceptances.reject(p.itemId(), comment.getValue(), p.fileIds());
                PlanMessages.show(getTranslation("acceptance.rejected", p.itemName()), NotificationVariant.LUMO_CONTRAST);
            }));
            reject.setId("reject-" + p.itemId());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(comment, accept, reject);
            actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            card.add(actions);
            add(card);
        }
    }

    /** The files the A judges: the newest version of each, images as thumbnails; each opens in a new tab. */
    private Div files(AcceptanceService.Pending p) {
        Div files = new Div();
        files.addClassName("acceptance-files");
        files.setId("acceptance-files-" + p.itemId());
        if (p.files().isEmpty()) {
            files.add(new Paragraph(getTranslation("acceptance.noFiles")));
            return files;
        }
        files.add(new H4(getTranslation("acceptance.files")));
        for (DeliverableFiles.Deliverable f : p.files()) {
            Anchor open = new Anchor(f.openUrl(), f.label(), AnchorTarget.BLANK);
            open.setId("acceptance-file-" + f.fileId());
            open.getElement().setAttribute("rel", "noopener");
            open.getElement().setAttribute("router-ignore", true);
            if (f.image()) {
                Image thumb = new Image(f.openUrl(), f.name());
                thumb.addClassName("file-thumb");
                open.addComponentAsFirst(thumb);
            }
            files.add(new Div(open));
        }
        return files;
    }

    /**
     * A refusal is said and the comment typed stays; a success reloads the list, and so do files changed in
     * the meantime (with the comment kept), so that the A sees the new versions before deciding.
     */
    private void act(Runnable step) {
        try {
            step.run();
            show();
        } catch (TranslatableException e) {
            if ("acceptance.error.filesChanged".equals(e.messageKey())) {
                java.util.Map<Long, String> typed = new java.util.HashMap<>();
                comments.forEach((itemId, field) -> typed.put(itemId, field.getValue()));
                show();
                typed.forEach((itemId, text) -> java.util.Optional.ofNullable(comments.get(itemId))
                        .ifPresent(field -> field.setValue(text)));
            }
            PlanMessages.refuse(this, e);
        } catch (AccessDeniedException e) {
            PlanMessages.show(getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.acceptances") + " · " + getTranslation("app.shortName");
    }
}
