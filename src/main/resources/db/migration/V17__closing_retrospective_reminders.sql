-- Issue 8, R14: a retrospective past its 3 working days is reminded of once; the row is the claim, so
-- several app instances tell it once.
CREATE TABLE retrospective_reminder (
    project_id BIGINT      NOT NULL PRIMARY KEY,
    told_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_retro_reminder_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
