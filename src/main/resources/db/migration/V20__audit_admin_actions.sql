-- Issue 19, M7: what administrators (and managers, for their channels) change outside the plan's own
-- Envers trail: people, roles, password resets (never the password), department heads, calendar days,
-- channels, mail settings, reopened projects, unlocked accounts. Append-only: the triggers refuse any
-- UPDATE or DELETE, whoever asks, so a record of an action cannot be rewritten through the application.
CREATE TABLE admin_action (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(6)   NOT NULL,
    actor_id    BIGINT        NULL,
    actor_name  VARCHAR(100)  NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    subject_id  BIGINT        NULL,
    before_value VARCHAR(2000) NULL,
    after_value  VARCHAR(2000) NULL,
    reason      VARCHAR(1000) NULL,
    INDEX ix_admin_action_at (at),
    INDEX ix_admin_action_actor (actor_id, at),
    INDEX ix_admin_action_kind (kind, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER admin_action_no_update BEFORE UPDATE ON admin_action FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'admin_action is append-only';

CREATE TRIGGER admin_action_no_delete BEFORE DELETE ON admin_action FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'admin_action is append-only';
