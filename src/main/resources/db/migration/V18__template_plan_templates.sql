-- Issue 9: templates saved from projects. The body (tree with offsets and durations in working days,
-- dependencies, deliverables, RACI placeholders, cadence, risk points) is one JSON document: a
-- template is read and instantiated whole, never queried by its parts. Built-in templates ship
-- with the application (classpath), not in this table.
CREATE TABLE plan_template (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    name                VARCHAR(200)  NOT NULL,
    description         VARCHAR(2000) NULL,
    source_project_id   BIGINT        NULL,
    source_project_name VARCHAR(200)  NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by_id       BIGINT        NULL,
    body                LONGTEXT      NOT NULL,
    INDEX ix_plan_template_created (created_at),
    CONSTRAINT fk_plan_template_project FOREIGN KEY (source_project_id) REFERENCES project (id) ON DELETE SET NULL,
    CONSTRAINT fk_plan_template_created_by FOREIGN KEY (created_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
