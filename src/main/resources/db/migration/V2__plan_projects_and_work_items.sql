CREATE TABLE project (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    name          VARCHAR(200)  NOT NULL,
    goal          VARCHAR(1000) NULL,
    manager_id    BIGINT        NOT NULL,
    department_id BIGINT        NULL,
    status        VARCHAR(20)   NOT NULL,
    planned_start DATE          NULL,
    CONSTRAINT fk_project_manager FOREIGN KEY (manager_id) REFERENCES person (id),
    CONSTRAINT fk_project_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT ck_project_status CHECK (status IN ('PLANNING', 'ACTIVE', 'CLOSED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_kpi (
    project_id   BIGINT         NOT NULL,
    position     INT            NOT NULL,
    name         VARCHAR(200)   NOT NULL,
    unit         VARCHAR(30)    NULL,
    target_value DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_project_kpi_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE work_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    project_id       BIGINT        NOT NULL,
    parent_id        BIGINT        NULL,
    level            VARCHAR(10)   NOT NULL,
    position         INT           NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    description      VARCHAR(2000) NULL,
    deliverables     VARCHAR(2000) NULL,
    owner_id         BIGINT        NULL,
    planned_start    DATE          NULL,
    planned_finish   DATE          NULL,
    actual_start     DATE          NULL,
    actual_finish    DATE          NULL,
    status           VARCHAR(20)   NOT NULL,
    blocked_reason   VARCHAR(2000) NULL,
    percent_complete INT           NOT NULL DEFAULT 0,
    risk_level       VARCHAR(10)   NULL,
    remarks          VARCHAR(2000) NULL,
    priority         VARCHAR(10)   NOT NULL DEFAULT 'MEDIUM',
    estimate_days    INT           NULL,
    buffer_percent   INT           NOT NULL DEFAULT 10,
    key_task         BOOLEAN       NOT NULL DEFAULT FALSE,
    milestone        BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_work_item_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_work_item_parent FOREIGN KEY (parent_id) REFERENCES work_item (id),
    CONSTRAINT fk_work_item_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    CONSTRAINT ck_work_item_level CHECK (level IN ('PHASE', 'MODULE', 'TASK')),
    CONSTRAINT ck_work_item_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED', 'DONE')),
    CONSTRAINT ck_work_item_percent CHECK (percent_complete BETWEEN 0 AND 100),
    CONSTRAINT ck_work_item_buffer CHECK (buffer_percent BETWEEN 0 AND 50),
    CONSTRAINT ck_work_item_planned CHECK (planned_finish IS NULL OR planned_start IS NULL OR planned_finish >= planned_start),
    INDEX ix_work_item_project_parent (project_id, parent_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dependency (
    id             BIGINT     NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT     NOT NULL DEFAULT 0,
    predecessor_id BIGINT     NOT NULL,
    successor_id   BIGINT     NOT NULL,
    type           VARCHAR(2) NOT NULL DEFAULT 'FS',
    lag_days       INT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_dependency_pair UNIQUE (predecessor_id, successor_id),
    CONSTRAINT fk_dependency_predecessor FOREIGN KEY (predecessor_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_dependency_successor FOREIGN KEY (successor_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_dependency_type CHECK (type IN ('FS', 'SS', 'FF', 'SF')),
    CONSTRAINT ck_dependency_not_self CHECK (predecessor_id <> successor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
