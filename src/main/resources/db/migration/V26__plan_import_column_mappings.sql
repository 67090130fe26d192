-- Issue 20: the columns a manager mapped by hand when importing a table, kept per person and per layout
-- (SHA-256 of the normalised headers and their places), so the next file with the same headers is read
-- the same way. `choices` lists them as "index=FIELD" or "index=-" (ignored), comma-separated.
CREATE TABLE import_column_mapping (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT        NOT NULL,
    header_signature CHAR(64)      NOT NULL,
    choices          VARCHAR(4000) NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_import_column_mapping UNIQUE (person_id, header_signature),
    CONSTRAINT fk_import_column_mapping_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
