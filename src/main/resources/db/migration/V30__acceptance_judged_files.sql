-- Issue 23: which versions of the task's files the A saw when accepting or rejecting its deliverable.
-- Kept by value (name and version) beside the file's id: the record stands even once a file is gone.
CREATE TABLE deliverable_acceptance_file (
    acceptance_id BIGINT       NOT NULL,
    file_id       BIGINT       NOT NULL,
    name          VARCHAR(160) NOT NULL,
    version_no    INT          NOT NULL,
    PRIMARY KEY (acceptance_id, file_id),
    CONSTRAINT fk_judged_acceptance FOREIGN KEY (acceptance_id) REFERENCES deliverable_acceptance (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
