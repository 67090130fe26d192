-- Issue 6: notifications. In-app notices per person; chat-group webhooks and e-mail lists per project;
-- an outbox from which every e-mail and webhook call is delivered after the user's transaction, with
-- retries, so a failing channel never blocks or undoes what the user did.
CREATE TABLE notice (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT        NOT NULL,
    project_id   BIGINT        NULL,
    message_key  VARCHAR(100)  NOT NULL,
    args         VARCHAR(4000) NOT NULL,
    link         VARCHAR(300)  NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)   NULL,
    INDEX ix_notice_recipient (recipient_id, read_at, created_at),
    CONSTRAINT fk_notice_recipient FOREIGN KEY (recipient_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_channel (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    project_id BIGINT        NOT NULL,
    kind       VARCHAR(10)   NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    target     VARCHAR(1000) NOT NULL,
    secret     VARCHAR(200)  NULL,
    enabled    BOOLEAN       NOT NULL DEFAULT TRUE,
    INDEX ix_project_channel (project_id),
    CONSTRAINT fk_project_channel_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_project_channel_kind CHECK (kind IN ('EMAIL', 'DINGTALK', 'FEISHU', 'WECOM', 'GENERIC'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(10)   NOT NULL,
    target          VARCHAR(1000) NOT NULL,
    secret          VARCHAR(200)  NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            MEDIUMTEXT    NOT NULL,
    link            VARCHAR(1000) NULL,
    project_id      BIGINT        NULL,
    created_at      DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    delivered_at    DATETIME(6)   NULL,
    given_up        BOOLEAN       NOT NULL DEFAULT FALSE,
    last_error      VARCHAR(1000) NULL,
    INDEX ix_outbox_due (delivered_at, given_up, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The organisation's SMTP server, kept by an administrator (one row, id 1).
CREATE TABLE mail_settings (
    id           INT          NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    host         VARCHAR(200) NULL,
    port         INT          NOT NULL DEFAULT 25,
    username     VARCHAR(200) NULL,
    password     VARCHAR(200) NULL,
    from_address VARCHAR(200) NOT NULL,
    start_tls    BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled      BOOLEAN      NOT NULL DEFAULT FALSE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When each project's weekly digest goes out, and which weeks it went out (once per week).
CREATE TABLE digest_schedule (
    project_id  BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    day_of_week VARCHAR(10) NOT NULL,
    send_at     TIME        NOT NULL,
    enabled     BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_digest_schedule_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE digest_sent (
    project_id BIGINT      NOT NULL,
    week_of    DATE        NOT NULL,
    sent_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (project_id, week_of),
    CONSTRAINT fk_digest_sent_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Update reminders sent (R8): one per task and deadline.
CREATE TABLE update_reminder (
    work_item_id BIGINT      NOT NULL,
    due_at       DATETIME(6) NOT NULL,
    sent_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (work_item_id, due_at),
    CONSTRAINT fk_update_reminder_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
