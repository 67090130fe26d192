-- Issue 19 (M1, L3): secrets at rest and where webhooks may go.
-- Webhook URLs (they carry the robots' tokens), signing secrets and the SMTP password are stored encrypted
-- (enc:v1: + base64 of AES-GCM): the columns fit the encrypted form of the longest value the app accepts.
-- Existing plaintext rows are encrypted by the app at start-up (notify/SecretsAtRest), not here: the key
-- is not the database's to know.
ALTER TABLE project_channel
    MODIFY target VARCHAR(4100) NOT NULL,
    MODIFY secret VARCHAR(900) NULL;

ALTER TABLE outbox_message
    MODIFY target VARCHAR(4100) NOT NULL,
    MODIFY secret VARCHAR(900) NULL;

-- STARTTLS can be required (no silent fall-back to plaintext AUTH), or TLS from the first byte (SMTPS, 465).
ALTER TABLE mail_settings
    MODIFY password VARCHAR(900) NULL,
    ADD COLUMN start_tls_required BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN smtps BOOLEAN NOT NULL DEFAULT FALSE;

-- Internal hosts an administrator lets webhooks reach (otherwise loopback, private, link-local ... are refused).
CREATE TABLE allowed_internal_host (
    host VARCHAR(253) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
