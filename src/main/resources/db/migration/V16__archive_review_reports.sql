-- Issue 8, R15: every generated Execution Review Report is archived for good — versioned per project,
-- with its SHA-256, who and when — together with a frozen copy of the progress table as data (JSON).
CREATE TABLE report_archive (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    project_id      BIGINT       NOT NULL,
    number          INT          NOT NULL,
    project_name    VARCHAR(200) NOT NULL,
    department_id   BIGINT       NULL,
    department_name VARCHAR(100) NULL,
    period_start    DATE         NULL,
    period_end      DATE         NULL,
    language        VARCHAR(10)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by_id   BIGINT       NULL,
    sha256          VARCHAR(64)  NOT NULL,
    size_bytes      INT          NOT NULL,
    pdf             LONGBLOB     NOT NULL,
    frozen_table    LONGTEXT     NOT NULL,
    CONSTRAINT uk_report_archive UNIQUE (project_id, number),
    INDEX ix_report_archive_created (created_at),
    CONSTRAINT fk_report_archive_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_report_archive_created_by FOREIGN KEY (created_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
