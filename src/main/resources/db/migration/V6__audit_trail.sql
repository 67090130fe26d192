-- R17: who changed what and when. One revision per transaction, the entities' states in *_aud tables
-- (revtype 0 added, 1 changed, 2 deleted; columns as in the audited tables, all nullable).
CREATE TABLE audit_revision (
    id        INT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    timestamp BIGINT       NOT NULL,
    username  VARCHAR(100) NOT NULL,
    person_id BIGINT       NULL,
    INDEX ix_audit_revision_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_aud (
    id                    BIGINT        NOT NULL,
    rev                   INT           NOT NULL,
    revtype               TINYINT       NULL,
    name                  VARCHAR(200)  NULL,
    goal                  VARCHAR(1000) NULL,
    manager_id            BIGINT        NULL,
    department_id         BIGINT        NULL,
    status                VARCHAR(20)   NULL,
    planned_start         DATE          NULL,
    committed_end         DATE          NULL,
    emergency_buffer_days INT           NULL,
    archived              BOOLEAN       NULL,
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_project_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE work_item_aud (
    id               BIGINT        NOT NULL,
    rev              INT           NOT NULL,
    revtype          TINYINT       NULL,
    project_id       BIGINT        NULL,
    parent_id        BIGINT        NULL,
    level            VARCHAR(10)   NULL,
    position         INT           NULL,
    name             VARCHAR(200)  NULL,
    description      VARCHAR(2000) NULL,
    deliverables     VARCHAR(2000) NULL,
    owner_id         BIGINT        NULL,
    planned_start    DATE          NULL,
    planned_finish   DATE          NULL,
    actual_start     DATE          NULL,
    actual_finish    DATE          NULL,
    status           VARCHAR(20)   NULL,
    blocked_reason   VARCHAR(2000) NULL,
    percent_complete INT           NULL,
    risk_level       VARCHAR(10)   NULL,
    remarks          VARCHAR(2000) NULL,
    priority         VARCHAR(10)   NULL,
    estimate_days    INT           NULL,
    buffer_percent   INT           NULL,
    key_task         BOOLEAN       NULL,
    milestone        BOOLEAN       NULL,
    PRIMARY KEY (rev, id),
    INDEX ix_work_item_aud_item (id, rev),
    CONSTRAINT fk_work_item_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dependency_aud (
    id             BIGINT     NOT NULL,
    rev            INT        NOT NULL,
    revtype        TINYINT    NULL,
    predecessor_id BIGINT     NULL,
    successor_id   BIGINT     NULL,
    type           VARCHAR(2) NULL,
    lag_days       INT        NULL,
    PRIMARY KEY (rev, id),
    INDEX ix_dependency_aud_successor (successor_id),
    CONSTRAINT fk_dependency_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE raci_assignment_aud (
    id           BIGINT     NOT NULL,
    rev          INT        NOT NULL,
    revtype      TINYINT    NULL,
    work_item_id BIGINT     NULL,
    person_id    BIGINT     NULL,
    role         VARCHAR(1) NULL,
    PRIMARY KEY (rev, id),
    INDEX ix_raci_assignment_aud_item (work_item_id),
    CONSTRAINT fk_raci_assignment_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
