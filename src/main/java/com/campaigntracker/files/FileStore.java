package com.campaigntracker.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of files live, by a key the service chooses. A put joins the caller's transaction:
 * when it rolls back, nothing stays behind.
 */
public interface FileStore {

    /** The name written into {@code task_file.store}: {@code database} or {@code s3}. */
    String kind();

    /** Stores the file's bytes under the key. */
    void put(String key, Path file, long size) throws IOException;

    /** The bytes stored under the key, read as they are consumed. */
    InputStream open(String key) throws IOException;

    /** Forgets the key's bytes as the caller's transaction commits; nothing is lost when it rolls back. */
    void delete(String key);
}
