-- Issue 7, R12: the manager's coordination of a submitted explanation — accepted (new dates, a schedule
-- revision) or rejected with a comment (the R explains again: a new explanation for the same warning).
ALTER TABLE deviation_explanation
    ADD INDEX ix_explanation_warning (warning_id),
    DROP INDEX uk_explanation_warning,
    ADD COLUMN outcome          VARCHAR(10)   NULL,
    ADD COLUMN decided_at       DATETIME(6)   NULL,
    ADD COLUMN decided_by_id    BIGINT        NULL,
    ADD COLUMN decision_comment VARCHAR(1000) NULL,
    ADD COLUMN accepted_start   DATE          NULL,
    ADD COLUMN accepted_finish  DATE          NULL,
    ADD COLUMN revision_number  INT           NULL,
    ADD CONSTRAINT fk_explanation_decided_by FOREIGN KEY (decided_by_id) REFERENCES person (id),
    ADD CONSTRAINT ck_explanation_outcome CHECK (outcome IS NULL OR outcome IN ('ACCEPTED', 'REJECTED'));

-- 协调会: a meeting the manager held about an explanation, with who attended and what was concluded.
CREATE TABLE coordination_meeting (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    explanation_id BIGINT        NOT NULL,
    held_on        DATE          NOT NULL,
    conclusion     VARCHAR(2000) NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    recorded_by_id BIGINT        NULL,
    INDEX ix_meeting_explanation (explanation_id),
    CONSTRAINT fk_meeting_explanation FOREIGN KEY (explanation_id) REFERENCES deviation_explanation (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_recorded_by FOREIGN KEY (recorded_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE coordination_attendee (
    meeting_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES coordination_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendee_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A schedule revision: the planned dates after an agreed change, numbered per project, with its reason;
-- the baseline (schedule_baseline) is left as it was.
CREATE TABLE schedule_revision (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    project_id  BIGINT       NOT NULL,
    number      INT          NOT NULL,
    saved_at    DATETIME(6)  NOT NULL,
    saved_by_id BIGINT       NULL,
    reason      VARCHAR(500) NOT NULL,
    CONSTRAINT uk_schedule_revision UNIQUE (project_id, number),
    CONSTRAINT fk_revision_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_revision_saved_by FOREIGN KEY (saved_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE schedule_revision_item (
    revision_id    BIGINT NOT NULL,
    work_item_id   BIGINT NOT NULL,
    planned_start  DATE   NOT NULL,
    planned_finish DATE   NOT NULL,
    PRIMARY KEY (revision_id, work_item_id),
    CONSTRAINT fk_revision_item_revision FOREIGN KEY (revision_id) REFERENCES schedule_revision (id) ON DELETE CASCADE,
    CONSTRAINT fk_revision_item_work_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- R13: 重大风险上报 — a deviation that moves the finish or a milestone, or that the manager marks major,
-- goes to the head of the project's department, due in 24 hours; the head's decision stays with the project.
CREATE TABLE escalation (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    project_id      BIGINT        NOT NULL,
    explanation_id  BIGINT        NOT NULL,
    work_item_id    BIGINT        NOT NULL,
    head_id         BIGINT        NULL,
    reason          VARCHAR(20)   NOT NULL,
    finish_slip     INT           NOT NULL DEFAULT 0,
    milestones      VARCHAR(1000) NULL,
    note            VARCHAR(1000) NULL,
    raised_at       DATETIME(6)   NOT NULL,
    raised_by_id    BIGINT        NULL,
    due_at          DATETIME(6)   NOT NULL,
    overdue_told    BOOLEAN       NOT NULL DEFAULT FALSE,
    decided_at      DATETIME(6)   NULL,
    decided_by_id   BIGINT        NULL,
    decision_type   VARCHAR(20)   NULL,
    decision        VARCHAR(2000) NULL,
    CONSTRAINT uk_escalation_explanation UNIQUE (explanation_id),
    INDEX ix_escalation_project (project_id, decided_at),
    INDEX ix_escalation_head (head_id, decided_at),
    CONSTRAINT fk_escalation_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_escalation_explanation FOREIGN KEY (explanation_id) REFERENCES deviation_explanation (id) ON DELETE CASCADE,
    CONSTRAINT fk_escalation_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_escalation_head FOREIGN KEY (head_id) REFERENCES person (id),
    CONSTRAINT fk_escalation_raised_by FOREIGN KEY (raised_by_id) REFERENCES person (id),
    CONSTRAINT fk_escalation_decided_by FOREIGN KEY (decided_by_id) REFERENCES person (id),
    CONSTRAINT ck_escalation_reason CHECK (reason IN ('FINISH_MOVED', 'MILESTONE_MOVED', 'MARKED_MAJOR')),
    CONSTRAINT ck_escalation_decision CHECK (decision_type IS NULL OR decision_type IN
        ('STRATEGY_CHANGE', 'ADD_RESOURCES', 'ADD_BUDGET', 'CUT_SCOPE', 'ACCEPT_DELAY', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
