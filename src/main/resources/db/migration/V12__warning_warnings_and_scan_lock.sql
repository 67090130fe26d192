-- Issue 7: warnings (R10). A row per warning raised; it closes itself when its cause is gone and stays
-- as history. open_flag is 1 while open and NULL once closed, so the unique key allows one open
-- warning per task and kind and any number of closed ones.
CREATE TABLE warning (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id   BIGINT      NOT NULL,
    work_item_id BIGINT      NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    raised_at    DATETIME(6) NOT NULL,
    closed_at    DATETIME(6) NULL,
    open_flag    INT         NULL,
    CONSTRAINT uk_warning_open UNIQUE (work_item_id, kind, open_flag),
    INDEX ix_warning_project (project_id, closed_at),
    CONSTRAINT fk_warning_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_warning_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_warning_kind CHECK (kind IN ('LATE', 'BEHIND_EXPECTED', 'UPDATE_OVERDUE', 'BLOCKED_TOO_LONG')),
    CONSTRAINT ck_warning_open CHECK (open_flag = 1 OR open_flag IS NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ShedLock: a scheduled scan runs once per slot across app instances, on the database's clock.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
