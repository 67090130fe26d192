-- Where a day of the calendar comes from: an administrator's entry (NULL) or a published schedule.
ALTER TABLE calendar_day
    ADD COLUMN source VARCHAR(300) NULL;

-- Years for which administrators were told that no holidays are entered (once per year).
CREATE TABLE calendar_year_notice (
    year       INT          NOT NULL PRIMARY KEY,
    noticed_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The official schedules published so far, kept by administrators from here on (a day can be changed or
-- removed on the calendar page). Holidays that fall on a weekend are listed too, as published.
-- A later year is added when the State Council publishes it (usually in November of the year before).

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知，国办发明电〔2024〕12号，2024-11-12
INSERT INTO calendar_day (day, kind, name, source)
SELECT d.day, d.kind, d.name, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）'
FROM (SELECT DATE '2025-01-01' AS day, 'HOLIDAY' AS kind, '元旦' AS name
      UNION ALL SELECT DATE '2025-01-26', 'WORKDAY', '春节调休'
      UNION ALL SELECT DATE '2025-01-28', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2025-01-29', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2025-01-30', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2025-01-31', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2025-02-01', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2025-02-02', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2025-02-03', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2025-02-04', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2025-02-08', 'WORKDAY', '春节调休'
      UNION ALL SELECT DATE '2025-04-04', 'HOLIDAY', '清明节'
      UNION ALL SELECT DATE '2025-04-05', 'HOLIDAY', '清明节'
      UNION ALL SELECT DATE '2025-04-06', 'HOLIDAY', '清明节'
      UNION ALL SELECT DATE '2025-04-27', 'WORKDAY', '劳动节调休'
      UNION ALL SELECT DATE '2025-05-01', 'HOLIDAY', '劳动节'
      UNION ALL SELECT DATE '2025-05-02', 'HOLIDAY', '劳动节'
      UNION ALL SELECT DATE '2025-05-03', 'HOLIDAY', '劳动节'
      UNION ALL SELECT DATE '2025-05-04', 'HOLIDAY', '劳动节'
      UNION ALL SELECT DATE '2025-05-05', 'HOLIDAY', '劳动节'
      UNION ALL SELECT DATE '2025-05-31', 'HOLIDAY', '端午节'
      UNION ALL SELECT DATE '2025-06-01', 'HOLIDAY', '端午节'
      UNION ALL SELECT DATE '2025-06-02', 'HOLIDAY', '端午节'
      UNION ALL SELECT DATE '2025-09-28', 'WORKDAY', '国庆节调休'
      UNION ALL SELECT DATE '2025-10-01', 'HOLIDAY', '国庆节、中秋节'
      UNION ALL SELECT DATE '2025-10-02', 'HOLIDAY', '国庆节、中秋节'
      UNION ALL SELECT DATE '2025-10-03', 'HOLIDAY', '国庆节、中秋节'
      UNION ALL SELECT DATE '2025-10-04', 'HOLIDAY', '国庆节、中秋节'
      UNION ALL SELECT DATE '2025-10-05', 'HOLIDAY', '国庆节、中秋节'
      UNION ALL SELECT DATE '2025-10-06', 'HOLIDAY', '国庆节、中秋节'
      UNION ALL SELECT DATE '2025-10-07', 'HOLIDAY', '国庆节、中秋节'
      UNION ALL SELECT DATE '2025-10-08', 'HOLIDAY', '国庆节、中秋节'
      UNION ALL SELECT DATE '2025-10-11', 'WORKDAY', '国庆节调休') d
WHERE NOT EXISTS (SELECT 1 FROM calendar_day c WHERE c.day = d.day);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知，2025-11-04（新华社全文发布）
INSERT INTO calendar_day (day, kind, name, source)
SELECT d.day, d.kind, d.name, '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）'
FROM (SELECT DATE '2026-01-01' AS day, 'HOLIDAY' AS kind, '元旦' AS name
      UNION ALL SELECT DATE '2026-01-02', 'HOLIDAY', '元旦'
      UNION ALL SELECT DATE '2026-01-03', 'HOLIDAY', '元旦'
      UNION ALL SELECT DATE '2026-01-04', 'WORKDAY', '元旦调休'
      UNION ALL SELECT DATE '2026-02-14', 'WORKDAY', '春节调休'
      UNION ALL SELECT DATE '2026-02-15', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2026-02-16', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2026-02-17', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2026-02-18', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2026-02-19', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2026-02-20', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2026-02-21', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2026-02-22', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2026-02-23', 'HOLIDAY', '春节'
      UNION ALL SELECT DATE '2026-02-28', 'WORKDAY', '春节调休'
      UNION ALL SELECT DATE '2026-04-04', 'HOLIDAY', '清明节'
      UNION ALL SELECT DATE '2026-04-05', 'HOLIDAY', '清明节'
      UNION ALL SELECT DATE '2026-04-06', 'HOLIDAY', '清明节'
      UNION ALL SELECT DATE '2026-05-01', 'HOLIDAY', '劳动节'
      UNION ALL SELECT DATE '2026-05-02', 'HOLIDAY', '劳动节'
      UNION ALL SELECT DATE '2026-05-03', 'HOLIDAY', '劳动节'
      UNION ALL SELECT DATE '2026-05-04', 'HOLIDAY', '劳动节'
      UNION ALL SELECT DATE '2026-05-05', 'HOLIDAY', '劳动节'
      UNION ALL SELECT DATE '2026-05-09', 'WORKDAY', '劳动节调休'
      UNION ALL SELECT DATE '2026-06-19', 'HOLIDAY', '端午节'
      UNION ALL SELECT DATE '2026-06-20', 'HOLIDAY', '端午节'
      UNION ALL SELECT DATE '2026-06-21', 'HOLIDAY', '端午节'
      UNION ALL SELECT DATE '2026-09-20', 'WORKDAY', '国庆节调休'
      UNION ALL SELECT DATE '2026-09-25', 'HOLIDAY', '中秋节'
      UNION ALL SELECT DATE '2026-09-26', 'HOLIDAY', '中秋节'
      UNION ALL SELECT DATE '2026-09-27', 'HOLIDAY', '中秋节'
      UNION ALL SELECT DATE '2026-10-01', 'HOLIDAY', '国庆节'
      UNION ALL SELECT DATE '2026-10-02', 'HOLIDAY', '国庆节'
      UNION ALL SELECT DATE '2026-10-03', 'HOLIDAY', '国庆节'
      UNION ALL SELECT DATE '2026-10-04', 'HOLIDAY', '国庆节'
      UNION ALL SELECT DATE '2026-10-05', 'HOLIDAY', '国庆节'
      UNION ALL SELECT DATE '2026-10-06', 'HOLIDAY', '国庆节'
      UNION ALL SELECT DATE '2026-10-07', 'HOLIDAY', '国庆节'
      UNION ALL SELECT DATE '2026-10-10', 'WORKDAY', '国庆节调休') d
WHERE NOT EXISTS (SELECT 1 FROM calendar_day c WHERE c.day = d.day);
