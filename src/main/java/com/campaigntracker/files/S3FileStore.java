package com.campaigntracker.files;

import com.campaigntracker.shared.db.AfterCommit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, OSS, COS…): for organisations that keep large
 * files out of the database. A put made in a transaction that then rolls back is deleted again.
 */
class S3FileStore implements FileStore {

    private static final Logger log = LoggerFactory.getLogger(S3FileStore.class);

    private final S3Client s3;
    private final String bucket;

    S3FileStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Makes the bucket when it is not there yet (a new deployment); says so in the log. */
    void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(bucket));
            log.info("Created the file bucket {}", bucket);
        }
    }

    @Override
    public String kind() {
        return "s3";
    }

    @Override
    public void put(String key, Path file, long size) throws IOException {
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentLength(size), RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw new IOException("The file store refused " + key, e);
        }
        AfterCommit.undoOnRollback(() -> forget(key));
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("The file store cannot give " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        AfterCommit.run(() -> forget(key));
    }

    private void forget(String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) { // an object left behind costs space, not data: said, not thrown
            log.warn("Could not delete {} from the file bucket {}: {}", key, bucket, e.getMessage());
        }
    }
}
