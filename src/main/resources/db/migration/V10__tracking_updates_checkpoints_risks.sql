-- Issue 6: execution tracking. Progress updates are the history of what owners reported (never
-- changed); checkpoints freeze each open task's actual and expected % once a week; risk points
-- (风险点) are audited like the plan (R17).
CREATE TABLE progress_update (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    work_item_id     BIGINT        NOT NULL,
    project_id       BIGINT        NOT NULL,
    person_id        BIGINT        NULL,
    reported_at      DATETIME(6)   NOT NULL,
    percent_complete INT           NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    blocked_reason   VARCHAR(2000) NULL,
    note             VARCHAR(2000) NULL,
    source           VARCHAR(12)   NOT NULL,
    awaiting_acceptance BOOLEAN    NOT NULL DEFAULT FALSE,
    INDEX ix_progress_update_item (work_item_id, reported_at),
    INDEX ix_progress_update_project (project_id, reported_at),
    CONSTRAINT fk_progress_update_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_progress_update_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_progress_update_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The manager's choice of cadence for a task; without a row the cadence follows R8.
CREATE TABLE update_cadence (
    work_item_id BIGINT      NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    cadence      VARCHAR(10) NOT NULL,
    CONSTRAINT fk_update_cadence_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_update_cadence CHECK (cadence IN ('DAILY', 'WEEKLY', 'BIWEEKLY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE progress_checkpoint (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    work_item_id     BIGINT      NOT NULL,
    project_id       BIGINT      NOT NULL,
    week_of          DATE        NOT NULL,
    taken_on         DATE        NOT NULL,
    recorded_at      DATETIME(6) NOT NULL,
    percent_complete INT         NOT NULL,
    expected_percent INT         NOT NULL,
    CONSTRAINT uk_checkpoint_item_week UNIQUE (work_item_id, week_of),
    INDEX ix_checkpoint_project (project_id, week_of),
    CONSTRAINT fk_checkpoint_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_checkpoint_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE risk_point (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    project_id   BIGINT        NOT NULL,
    work_item_id BIGINT        NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    level        VARCHAR(10)   NOT NULL,
    probability  VARCHAR(10)   NOT NULL,
    impact       VARCHAR(10)   NOT NULL,
    mitigation   VARCHAR(2000) NULL,
    owner_id     BIGINT        NULL,
    status       VARCHAR(10)   NOT NULL,
    raised_at    DATETIME(6)   NOT NULL,
    raised_by_id BIGINT        NULL,
    closed_at    DATETIME(6)   NULL,
    INDEX ix_risk_point_project (project_id, status),
    INDEX ix_risk_point_item (work_item_id),
    CONSTRAINT fk_risk_point_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_risk_point_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_point_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    CONSTRAINT fk_risk_point_raised_by FOREIGN KEY (raised_by_id) REFERENCES person (id),
    CONSTRAINT ck_risk_point_level CHECK (level IN ('HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT ck_risk_point_probability CHECK (probability IN ('HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT ck_risk_point_impact CHECK (impact IN ('HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT ck_risk_point_status CHECK (status IN ('OPEN', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE risk_point_aud (
    id           BIGINT        NOT NULL,
    rev          INT           NOT NULL,
    revtype      TINYINT       NULL,
    project_id   BIGINT        NULL,
    work_item_id BIGINT        NULL,
    description  VARCHAR(1000) NULL,
    level        VARCHAR(10)   NULL,
    probability  VARCHAR(10)   NULL,
    impact       VARCHAR(10)   NULL,
    mitigation   VARCHAR(2000) NULL,
    owner_id     BIGINT        NULL,
    status       VARCHAR(10)   NULL,
    raised_at    DATETIME(6)   NULL,
    raised_by_id BIGINT        NULL,
    closed_at    DATETIME(6)   NULL,
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_risk_point_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
