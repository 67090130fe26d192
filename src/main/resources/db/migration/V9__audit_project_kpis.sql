-- R17: a project's KPI targets are audited with it (an element collection: one row per revision and position)
CREATE TABLE project_kpi_aud (
    rev          INT            NOT NULL,
    revtype      TINYINT        NULL,
    project_id   BIGINT         NOT NULL,
    position     INT            NOT NULL,
    name         VARCHAR(200)   NOT NULL,
    unit         VARCHAR(30)    NULL,
    target_value DECIMAL(19, 4) NOT NULL,
    INDEX ix_project_kpi_aud (project_id, rev),
    CONSTRAINT fk_project_kpi_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
