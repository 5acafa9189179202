-- People and personal data with consent (152-ФЗ), issue 3 items 3 and 4.
-- A student's personal fields may hold values only while an active consent exists; the roster
-- service enforces it and erases them when the consent is withdrawn. People are deactivated,
-- never deleted (the journal keeps referring to them).

ALTER TABLE student
    ADD COLUMN address       VARCHAR(300) NULL AFTER birth_date,
    ADD COLUMN phone         VARCHAR(30)  NULL AFTER address,
    ADD COLUMN document      VARCHAR(200) NULL AFTER phone,        -- e.g. "свидетельство о рождении II-МЮ 123456"
    ADD COLUMN health_group  TINYINT      NULL AFTER document,     -- группа здоровья 1..5
    ADD COLUMN active        BOOLEAN      NOT NULL DEFAULT TRUE AFTER health_group;

ALTER TABLE parent
    ADD COLUMN active        BOOLEAN      NOT NULL DEFAULT TRUE AFTER email;

-- A consent to personal-data processing given by a legal representative for a student.
-- Active while withdrawn_at IS NULL. Rows are never deleted: a withdrawal fills withdrawn_*.
CREATE TABLE consent (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    school_id     BIGINT        NOT NULL,
    student_id    BIGINT        NOT NULL,
    parent_id     BIGINT        NOT NULL,
    given_on      DATE          NOT NULL,
    scope         VARCHAR(500)  NOT NULL,
    recorded_at   DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    recorded_by   BIGINT        NULL,            -- user_account id
    withdrawn_at  DATETIME(3)   NULL,
    withdrawn_by  BIGINT        NULL,            -- user_account id
    PRIMARY KEY (id),
    KEY ix_consent_school (school_id),
    KEY ix_consent_student (student_id, withdrawn_at),
    KEY ix_consent_parent (parent_id),
    CONSTRAINT fk_consent_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_consent_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_consent_parent FOREIGN KEY (parent_id) REFERENCES parent (id),
    CONSTRAINT fk_consent_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id),
    CONSTRAINT fk_consent_withdrawn_by FOREIGN KEY (withdrawn_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
