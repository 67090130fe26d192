-- Issue 23: a task's deliverable files. Each upload of a name is a new version of it; the old ones stay.
-- The task is referred to by id without a foreign key: a deleted task keeps its files (with the task's
-- name as it was) until its project is archived. The bytes live in the store named by `store`:
-- 'database' (file_chunk, below: the default, inside every backup) or 's3' (an S3-compatible bucket).
CREATE TABLE task_file (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id     BIGINT       NOT NULL,
    work_item_id   BIGINT       NOT NULL,
    item_name      VARCHAR(200) NOT NULL,
    name           VARCHAR(160) NOT NULL,
    version_no     INT          NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content_type   VARCHAR(120) NOT NULL,
    preview        BOOLEAN      NOT NULL,
    store          VARCHAR(10)  NOT NULL,
    storage_key    CHAR(32)     NOT NULL,
    uploaded_by_id BIGINT       NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    UNIQUE INDEX ux_task_file_version (work_item_id, name, version_no),
    UNIQUE INDEX ux_task_file_key (storage_key),
    INDEX ix_task_file_project (project_id),
    CONSTRAINT fk_task_file_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_task_file_uploader FOREIGN KEY (uploaded_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bytes of files kept in the database, in pieces small enough for any max_allowed_packet.
CREATE TABLE file_chunk (
    storage_key CHAR(32)   NOT NULL,
    seq         INT        NOT NULL,
    data        MEDIUMBLOB NOT NULL,
    PRIMARY KEY (storage_key, seq)
) ENGINE = InnoDB;
