package com.campaigntracker.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.campaigntracker.plan.excel.ProgressTableReader;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * L1: the import's upload limit holds on the server. An endless upload is stopped a few kilobytes
 * past the limit, nothing of it is kept, and the view is never handed its bytes.
 */
class BoundedUploadHandlerTest {

    /** An upload that never ends, counting what was read from it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }

    private static long uploadsLeft() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("ct-upload-")).count();
        }
    }

    @Test
    void an_upload_past_the_limit_is_stopped_while_it_is_read_and_nothing_is_kept() throws IOException {
        Endless endless = new Endless();
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn("big.xlsx");
        when(event.getFileSize()).thenReturn(-1L); // a chunked request declares no size
        when(event.getInputStream()).thenReturn(endless);
        List<String> given = new ArrayList<>();
        BoundedUploadHandler handler = new BoundedUploadHandler(ProgressTableReader.MAX_BYTES,
                (name, bytes) -> given.add(name), given::add);
        long before = uploadsLeft();

        assertThatThrownBy(() -> handler.handleUploadRequest(event))
                .isInstanceOf(BoundedUploadHandler.TooLargeException.class);

        assertThat(endless.read).isGreaterThan(ProgressTableReader.MAX_BYTES)
                .isLessThanOrEqualTo(ProgressTableReader.MAX_BYTES + 8192L);
        assertThat(uploadsLeft()).isEqualTo(before);
        assertThat(given).isEmpty();
        assertThat(handler.getFileSizeMax()).isEqualTo(ProgressTableReader.MAX_BYTES); // the multipart parser's limit
    }

    @Test
    void an_upload_declared_larger_than_the_limit_is_not_read_at_all() {
        Endless endless = new Endless();
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn("big.xlsx");
        when(event.getFileSize()).thenReturn(ProgressTableReader.MAX_BYTES + 1L);
        when(event.getInputStream()).thenReturn(endless);
        BoundedUploadHandler handler = new BoundedUploadHandler(ProgressTableReader.MAX_BYTES, (n, b) -> { }, n -> { });

        assertThatThrownBy(() -> handler.handleUploadRequest(event))
                .isInstanceOf(BoundedUploadHandler.TooLargeException.class);
        assertThat(endless.read).isZero();
    }

    @Test
    void an_upload_within_the_limit_is_copied_whole() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        long n = BoundedUploadHandler.copyAtMost(new java.io.ByteArrayInputStream(new byte[100_000]), out, 100_000);
        assertThat(n).isEqualTo(100_000);
        assertThat(out.size()).isEqualTo(100_000);
    }
}
