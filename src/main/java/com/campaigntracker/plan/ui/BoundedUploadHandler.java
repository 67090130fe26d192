package com.campaigntracker.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives an upload into a temporary file, counting the bytes as they arrive: past the limit it stops
 * reading, deletes what it wrote and refuses (the browser's own limit is only a property a client can
 * change). The file is handed to the view in its UI's lock, then deleted.
 */
final class BoundedUploadHandler implements UploadHandler {

    private final long maxBytes;
    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableConsumer<String> refused;

    /**
     * @param received the file's name and bytes, in the UI's lock
     * @param refused  the file's name, in the UI's lock, when it was larger than {@code maxBytes}
     */
    BoundedUploadHandler(long maxBytes, SerializableBiConsumer<String, byte[]> received,
                         SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    /** Also told to the multipart parser, which stops at it while reading. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024; // the multipart headers around the file
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        UI ui = event.getOwningElement() == null ? null : event.getUI();
        Path file = Files.createTempFile("ct-upload-", ".part");
        try {
            if (event.getFileSize() > maxBytes) { // declared too large: not read at all
                throw new TooLargeException(maxBytes);
            }
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                copyAtMost(in, out, maxBytes);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (ui != null) {
                ui.access(() -> received.accept(name, bytes));
            }
        } catch (TooLargeException e) {
            if (ui != null) {
                ui.access(() -> refused.accept(name));
            }
            throw e; // the request fails: the browser shows the upload as failed
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Copies until the end or until more than {@code max} bytes came, then throws without reading further. */
    static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                throw new TooLargeException(max);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** An upload larger than the limit, stopped while it was read. */
    static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("upload larger than " + max + " bytes");
        }
    }
}
