-- A, C and I of each work item (R is the item's owner), R6: at most one A per item
CREATE TABLE raci_assignment (
    id           BIGINT     NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT     NOT NULL DEFAULT 0,
    work_item_id BIGINT     NOT NULL,
    person_id    BIGINT     NOT NULL,
    role         VARCHAR(1) NOT NULL,
    CONSTRAINT uk_raci_assignment UNIQUE (work_item_id, person_id, role),
    CONSTRAINT fk_raci_work_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_raci_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_raci_role CHECK (role IN ('A', 'C', 'I'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
