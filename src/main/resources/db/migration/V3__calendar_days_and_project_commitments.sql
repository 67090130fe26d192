CREATE TABLE calendar_day (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    day     DATE         NOT NULL,
    kind    VARCHAR(10)  NOT NULL,
    name    VARCHAR(100) NULL,
    CONSTRAINT uk_calendar_day UNIQUE (day),
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 应急缓冲期 (R18): working days kept free before the committed end date
ALTER TABLE project
    ADD COLUMN committed_end         DATE    NULL,
    ADD COLUMN emergency_buffer_days INT     NOT NULL DEFAULT 0,
    ADD COLUMN archived              BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_project_buffer CHECK (emergency_buffer_days BETWEEN 0 AND 100);
