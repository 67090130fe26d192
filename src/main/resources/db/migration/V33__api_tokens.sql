-- Issue 24: personal access tokens for the public REST API (/api/v1). Only the SHA-256 of a token is kept;
-- its lookup key (the part after "ctp_") finds the row, the hash is then compared. A revoked or expired
-- token stays listed (with when it was revoked and by whom) until its person deletes their account.
CREATE TABLE api_token (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    person_id     BIGINT       NOT NULL,
    name          VARCHAR(80)  NOT NULL,
    lookup_key    VARCHAR(16)  NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    last_used_at  DATETIME(6)  NULL,
    revoked_at    DATETIME(6)  NULL,
    revoked_by_id BIGINT       NULL,
    CONSTRAINT uq_api_token_lookup UNIQUE (lookup_key),
    INDEX ix_api_token_person (person_id),
    CONSTRAINT fk_api_token_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_api_token_revoked_by FOREIGN KEY (revoked_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
