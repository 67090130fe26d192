-- Issue 5.3: a finished task with an A waits for the A to accept its deliverable (or reject it,
-- which reopens the task). Rows are written once and decided once; they are the acceptance history.
CREATE TABLE deliverable_acceptance (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    work_item_id    BIGINT        NOT NULL,
    finished_on     DATE          NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    requested_by_id BIGINT        NULL,
    decided_at      DATETIME(6)   NULL,
    decided_by_id   BIGINT        NULL,
    accepted        BOOLEAN       NULL,
    comment         VARCHAR(2000) NULL,
    INDEX ix_acceptance_item (work_item_id),
    CONSTRAINT fk_acceptance_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_acceptance_requested_by FOREIGN KEY (requested_by_id) REFERENCES person (id),
    CONSTRAINT fk_acceptance_decided_by FOREIGN KEY (decided_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
