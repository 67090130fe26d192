-- Directory sign-in (issue 24): a person signs in through one directory (OIDC provider, LDAP / Active
-- Directory, Feishu, DingTalk, WeCom), known there by a subject that never changes and is compared exactly
-- (an OIDC sub is case-sensitive); the last directory sign-in bounds what works without one (API tokens, feeds)
ALTER TABLE person
    ADD COLUMN directory_source  VARCHAR(20)  NULL,
    ADD COLUMN directory_subject VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    ADD COLUMN directory_seen_at DATETIME(6)  NULL,
    ADD CONSTRAINT uq_person_directory UNIQUE (directory_source, directory_subject);
CREATE INDEX ix_person_email ON person (email);
