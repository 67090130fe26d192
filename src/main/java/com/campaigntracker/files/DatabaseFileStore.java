package com.campaigntracker.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Files in MariaDB, in 512 KB pieces (under any {@code max_allowed_packet}): every instance sees them and
 * {@code ops/backup.sh} holds them with everything else. The default store; always there to read, so files
 * stored before a change to S3 stay readable.
 */
@Component
class DatabaseFileStore implements FileStore {

    static final int CHUNK = 512 * 1024;

    private final JdbcTemplate jdbc;

    DatabaseFileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "database";
    }

    /** In the caller's transaction (the JPA transaction exposes its connection to JDBC). */
    @Override
    public void put(String key, Path file, long size) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int seq = 0;
            for (byte[] piece = in.readNBytes(CHUNK); piece.length > 0; piece = in.readNBytes(CHUNK)) {
                jdbc.update("insert into file_chunk (storage_key, seq, data) values (?, ?, ?)", key, seq++, piece);
            }
        }
    }

    @Override
    public InputStream open(String key) {
        return new ChunkStream(key);
    }

    @Override
    public void delete(String key) {
        jdbc.update("delete from file_chunk where storage_key = ?", key);
    }

    /** Reads one piece at a time, so a 50 MB download never sits in memory whole. */
    private final class ChunkStream extends InputStream {
        private final String key;
        private int next;
        private byte[] piece = new byte[0];
        private int at;
        private boolean ended;

        ChunkStream(String key) {
            this.key = key;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            while (at == piece.length) {
                if (ended) {
                    return -1;
                }
                List<byte[]> found = jdbc.query("select data from file_chunk where storage_key = ? and seq = ?",
                        (rs, i) -> rs.getBytes(1), key, next++);
                if (found.isEmpty()) {
                    ended = true;
                    return -1;
                }
                piece = found.get(0);
                at = 0;
            }
            int n = Math.min(len, piece.length - at);
            System.arraycopy(piece, at, b, off, n);
            at += n;
            return n;
        }
    }
}
