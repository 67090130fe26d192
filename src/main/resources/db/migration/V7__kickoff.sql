-- R7 kickoff: each publication asks the people holding a RACI role to confirm their part; answers are
-- appended, never changed; the manager may override with a recorded reason.
CREATE TABLE kickoff_publication (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    project_id      BIGINT      NOT NULL,
    number          INT         NOT NULL,
    published_at    DATETIME(6) NOT NULL,
    published_by_id BIGINT      NULL,
    CONSTRAINT uk_kickoff_publication UNIQUE (project_id, number),
    CONSTRAINT fk_kickoff_publication_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_kickoff_publication_person FOREIGN KEY (published_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kickoff_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    publication_id BIGINT        NOT NULL,
    person_id      BIGINT        NOT NULL,
    roles          VARCHAR(4000) NOT NULL,
    digest         VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_kickoff_request UNIQUE (publication_id, person_id),
    CONSTRAINT fk_kickoff_request_publication FOREIGN KEY (publication_id) REFERENCES kickoff_publication (id) ON DELETE CASCADE,
    CONSTRAINT fk_kickoff_request_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kickoff_answer (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    request_id  BIGINT        NOT NULL,
    confirmed   BOOLEAN       NOT NULL,
    comment     VARCHAR(2000) NULL,
    answered_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_kickoff_answer_request FOREIGN KEY (request_id) REFERENCES kickoff_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kickoff_override (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    project_id    BIGINT        NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    decided_at    DATETIME(6)   NOT NULL,
    decided_by_id BIGINT        NULL,
    CONSTRAINT fk_kickoff_override_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_kickoff_override_person FOREIGN KEY (decided_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
