-- Issue 8, R14: a project is closed when its work is done (or cancelled with a reason); its retrospective
-- is due within 3 working days and kept in versions: drafts save, a submitted one is locked.
ALTER TABLE project
    ADD COLUMN closed_at     DATETIME(6)   NULL,
    ADD COLUMN closed_by_id  BIGINT        NULL,
    ADD COLUMN cancel_reason VARCHAR(1000) NULL,
    ADD CONSTRAINT fk_project_closed_by FOREIGN KEY (closed_by_id) REFERENCES person (id);

ALTER TABLE project_aud
    ADD COLUMN closed_at     DATETIME(6)   NULL,
    ADD COLUMN closed_by_id  BIGINT        NULL,
    ADD COLUMN cancel_reason VARCHAR(1000) NULL;

CREATE TABLE retrospective (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    project_id             BIGINT        NOT NULL,
    number                 INT           NOT NULL,
    submitted              BOOLEAN       NOT NULL DEFAULT FALSE,
    held_on                DATE          NULL,
    progress_rating INT NULL,
    progress_comment       VARCHAR(2000) NULL,
    risk_rating INT NULL,
    risk_comment           VARCHAR(2000) NULL,
    responsibility_rating INT NULL,
    responsibility_comment VARCHAR(2000) NULL,
    went_well              TEXT          NULL,
    went_wrong             TEXT          NULL,
    lessons                TEXT          NULL,
    created_at             DATETIME(6)   NOT NULL,
    created_by_id          BIGINT        NULL,
    saved_at               DATETIME(6)   NOT NULL,
    submitted_at           DATETIME(6)   NULL,
    submitted_by_id        BIGINT        NULL,
    -- the facts as they stood when it was submitted (the form shows them live while it is a draft)
    fact_tasks             INT           NULL,
    fact_finished          INT           NULL,
    fact_finished_on_time  INT           NULL,
    fact_late_tasks        INT           NULL,
    fact_delay_days        INT           NULL,
    fact_warnings          INT           NULL,
    fact_explanations      INT           NULL,
    fact_explanations_on_time INT        NULL,
    fact_escalations       INT           NULL,
    CONSTRAINT uk_retrospective UNIQUE (project_id, number),
    CONSTRAINT fk_retrospective_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_retrospective_created_by FOREIGN KEY (created_by_id) REFERENCES person (id),
    CONSTRAINT fk_retrospective_submitted_by FOREIGN KEY (submitted_by_id) REFERENCES person (id),
    CONSTRAINT ck_retrospective_ratings CHECK ((progress_rating IS NULL OR progress_rating BETWEEN 1 AND 5)
        AND (risk_rating IS NULL OR risk_rating BETWEEN 1 AND 5)
        AND (responsibility_rating IS NULL OR responsibility_rating BETWEEN 1 AND 5))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE retrospective_participant (
    retrospective_id BIGINT NOT NULL,
    person_id        BIGINT NOT NULL,
    PRIMARY KEY (retrospective_id, person_id),
    CONSTRAINT fk_participant_retrospective FOREIGN KEY (retrospective_id) REFERENCES retrospective (id) ON DELETE CASCADE,
    CONSTRAINT fk_participant_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE retrospective_kpi (
    retrospective_id BIGINT         NOT NULL,
    position         INT            NOT NULL,
    name             VARCHAR(200)   NOT NULL,
    unit             VARCHAR(30)    NULL,
    target_value     DECIMAL(19, 4) NULL,
    actual_value     DECIMAL(19, 4) NULL,
    PRIMARY KEY (retrospective_id, position),
    CONSTRAINT fk_retro_kpi_retrospective FOREIGN KEY (retrospective_id) REFERENCES retrospective (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE retrospective_action (
    retrospective_id BIGINT        NOT NULL,
    position         INT           NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    owner_id         BIGINT        NULL,
    due_on           DATE          NULL,
    PRIMARY KEY (retrospective_id, position),
    CONSTRAINT fk_retro_action_retrospective FOREIGN KEY (retrospective_id) REFERENCES retrospective (id) ON DELETE CASCADE,
    CONSTRAINT fk_retro_action_owner FOREIGN KEY (owner_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
