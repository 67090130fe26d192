-- Issue 19, M2: a person's sessions end when their account changes. Every signed-in session holds the
-- epoch it was signed in with; deactivating, a role change or a password reset raises it, and each
-- request compares the two (one primary-key read), so a session ends on whichever instance it lives.
ALTER TABLE person ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;

-- Issue 19, M3: failed sign-ins counted per account name (whether or not it exists) and per client
-- address, shared by every instance. A row is a window of failures that began at window_start; enough of
-- them lock the name or address until locked_until. Rows whose window and lock have passed are removed.
-- Names compare as the person table does (case-insensitive), so "Zhang" counts against "zhang".
CREATE TABLE sign_in_failure (
    kind         VARCHAR(10)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    failures     INT          NOT NULL,
    window_start DATETIME(6)  NOT NULL,
    last_failure DATETIME(6)  NOT NULL,
    locked_until DATETIME(6)  NULL,
    PRIMARY KEY (kind, name),
    INDEX ix_sign_in_failure_locked (locked_until),
    CONSTRAINT ck_sign_in_failure_kind CHECK (kind IN ('ACCOUNT', 'ADDRESS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
