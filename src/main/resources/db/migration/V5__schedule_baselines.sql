-- A saved copy of a project's planned dates (R16 planned vs actual): the latest one is the baseline
CREATE TABLE schedule_baseline (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    project_id    BIGINT       NOT NULL,
    number        INT          NOT NULL,
    saved_at      DATETIME(6)  NOT NULL,
    saved_by_id   BIGINT       NULL,
    CONSTRAINT uk_schedule_baseline UNIQUE (project_id, number),
    CONSTRAINT fk_baseline_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_baseline_saved_by FOREIGN KEY (saved_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE schedule_baseline_item (
    baseline_id    BIGINT NOT NULL,
    work_item_id   BIGINT NOT NULL,
    planned_start  DATE   NOT NULL,
    planned_finish DATE   NOT NULL,
    PRIMARY KEY (baseline_id, work_item_id),
    CONSTRAINT fk_baseline_item_baseline FOREIGN KEY (baseline_id) REFERENCES schedule_baseline (id) ON DELETE CASCADE,
    CONSTRAINT fk_baseline_item_work_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
