-- Issue 23: a discussion on every task and on each project. A comment keeps its author and time; an edit
-- within the edit window is marked; a delete keeps a trace (who, when) and drops the text. The task is
-- referred to by id without a foreign key: a deleted task's discussion stays with its project (with
-- the task's name as it was) until the project is archived.
CREATE TABLE discussion_comment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    project_id    BIGINT        NOT NULL,
    work_item_id  BIGINT        NULL,
    item_name     VARCHAR(200)  NULL,
    author_id     BIGINT        NOT NULL,
    body          VARCHAR(4000) NULL,
    created_at    DATETIME(6)   NOT NULL,
    edited_at     DATETIME(6)   NULL,
    deleted_at    DATETIME(6)   NULL,
    deleted_by_id BIGINT        NULL,
    INDEX ix_comment_item (work_item_id, created_at),
    INDEX ix_comment_project (project_id, created_at),
    CONSTRAINT fk_comment_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_comment_deleted_by FOREIGN KEY (deleted_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The people a comment names with @: resolved when it is written, against the project's people.
CREATE TABLE discussion_mention (
    comment_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (comment_id, person_id),
    CONSTRAINT fk_mention_comment FOREIGN KEY (comment_id) REFERENCES discussion_comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_mention_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
