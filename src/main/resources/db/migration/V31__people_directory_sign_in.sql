-- Directory sign-in (issue 24): a person signs in through one directory (OIDC provider, LDAP / Active
-- Directory, later Feishu, DingTalk, WeCom), known there by a subject that never changes
ALTER TABLE person
    ADD COLUMN directory_source  VARCHAR(20)  NULL,
    ADD COLUMN directory_subject VARCHAR(255) NULL,
    ADD CONSTRAINT uq_person_directory UNIQUE (directory_source, directory_subject);
CREATE INDEX ix_person_email ON person (email);
