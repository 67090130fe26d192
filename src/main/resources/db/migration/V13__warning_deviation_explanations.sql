-- Issue 7, R11: a high warning asks the task's R for a deviation explanation, due 24 hours later.
CREATE TABLE deviation_explanation (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    warning_id       BIGINT        NOT NULL,
    project_id       BIGINT        NOT NULL,
    work_item_id     BIGINT        NOT NULL,
    requested_at     DATETIME(6)   NOT NULL,
    due_at           DATETIME(6)   NOT NULL,
    submitted_at     DATETIME(6)   NULL,
    submitted_by_id  BIGINT        NULL,
    late             BOOLEAN       NOT NULL DEFAULT FALSE,
    overdue_told     BOOLEAN       NOT NULL DEFAULT FALSE,
    cause_type       VARCHAR(10)   NULL,
    cause            VARCHAR(2000) NULL,
    owner_assessment VARCHAR(2000) NULL,
    proposed_start   DATE          NULL,
    proposed_finish  DATE          NULL,
    CONSTRAINT uk_explanation_warning UNIQUE (warning_id),
    INDEX ix_explanation_project (project_id, submitted_at),
    CONSTRAINT fk_explanation_warning FOREIGN KEY (warning_id) REFERENCES warning (id) ON DELETE CASCADE,
    CONSTRAINT fk_explanation_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_explanation_submitted_by FOREIGN KEY (submitted_by_id) REFERENCES person (id),
    CONSTRAINT ck_explanation_cause CHECK (cause_type IS NULL OR cause_type IN ('OBJECTIVE', 'SUBJECTIVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE remedial_measure (
    explanation_id BIGINT        NOT NULL,
    position       INT           NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    owner_id       BIGINT        NULL,
    due_on         DATE          NULL,
    PRIMARY KEY (explanation_id, position),
    CONSTRAINT fk_measure_explanation FOREIGN KEY (explanation_id) REFERENCES deviation_explanation (id) ON DELETE CASCADE,
    CONSTRAINT fk_measure_owner FOREIGN KEY (owner_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
