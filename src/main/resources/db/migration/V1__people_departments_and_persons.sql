CREATE TABLE department (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(100) NOT NULL,
    head_id     BIGINT       NULL,
    CONSTRAINT uk_department_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(50)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    email         VARCHAR(200) NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    department_id BIGINT       NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_person_username UNIQUE (username),
    CONSTRAINT fk_person_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT ck_person_role CHECK (role IN ('ADMIN', 'MANAGER', 'HEAD', 'MEMBER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE department
    ADD CONSTRAINT fk_department_head FOREIGN KEY (head_id) REFERENCES person (id);
