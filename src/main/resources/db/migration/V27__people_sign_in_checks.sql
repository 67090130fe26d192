-- Issue 21: a sign-in being checked is no longer counted as a failure until it fails. Each attempt let in
-- holds a row here (one for its name, one for its address) while its password is checked; the next attempt
-- counts them with the failures, so parallel guesses get no more checks than the failures still allowed,
-- and only a wrong password becomes a failure: an office behind one address may sign many people in at
-- once without locking itself. A row older than 30 s was cut off (its instance died) and no longer counts.
CREATE TABLE sign_in_check (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    kind       VARCHAR(10)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    started_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_sign_in_check_name (kind, name, started_at),
    CONSTRAINT ck_sign_in_check_kind CHECK (kind IN ('ACCOUNT', 'ADDRESS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
