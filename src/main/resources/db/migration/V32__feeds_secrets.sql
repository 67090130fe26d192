-- Issue 24: each person's calendar-feed secret. Looked up by the SHA-256 of the token (so the plain
-- token is never needed for a lookup), kept encrypted with the app's secret key (so My account can show
-- the feed URLs again). A reset replaces the row: the old token's hash is gone, its URLs answer 404.
CREATE TABLE feed_secret (
    person_id   BIGINT       NOT NULL PRIMARY KEY,
    token_hash  BINARY(32)   NOT NULL,
    token_enc   VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_feed_secret_hash UNIQUE (token_hash),
    CONSTRAINT fk_feed_secret_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
