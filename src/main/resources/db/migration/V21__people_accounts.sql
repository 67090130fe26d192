-- Issue 19, H1 and "My account": an initial or reset password must be changed at the next sign-in; each
-- person's own language and which notices reach them by e-mail; the one-time set-up link that creates the
-- first administrator on a database without one (only its SHA-256 is kept, so a copy of the database does
-- not hand out the link, and any instance behind the load balancer accepts it).
ALTER TABLE person
    ADD COLUMN password_change_required BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN language                 VARCHAR(10)  NULL,
    ADD COLUMN mail_muted               VARCHAR(200) NULL;

CREATE TABLE setup_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    CONSTRAINT uk_setup_token_hash UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
