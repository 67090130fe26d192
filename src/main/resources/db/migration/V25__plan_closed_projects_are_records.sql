-- Issue 19, M6 and L10: a closed or cancelled project is a record. An administrator may reopen it with a
-- reason, which the project keeps (the last reopening; every one is in admin_action) and shows.
ALTER TABLE project
    ADD COLUMN reopened_at    DATETIME(6)   NULL,
    ADD COLUMN reopened_by_id BIGINT        NULL,
    ADD COLUMN reopen_reason  VARCHAR(1000) NULL,
    ADD CONSTRAINT fk_project_reopened_by FOREIGN KEY (reopened_by_id) REFERENCES person (id);

ALTER TABLE project_aud
    ADD COLUMN reopened_at    DATETIME(6)   NULL,
    ADD COLUMN reopened_by_id BIGINT        NULL,
    ADD COLUMN reopen_reason  VARCHAR(1000) NULL;

-- An archived review report is never changed: a new report is a new version (row). The hash sits in the
-- same row, so the database itself refuses to rewrite or remove one, whoever asks (ArchiveIT re-uses these
-- two statements when it tampers with a row on purpose: keep each on its own, ending with ';').
CREATE TRIGGER report_archive_no_update BEFORE UPDATE ON report_archive FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'report_archive is append-only';

CREATE TRIGGER report_archive_no_delete BEFORE DELETE ON report_archive FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'report_archive is append-only';
