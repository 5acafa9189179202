-- Electronic diary and personal-data access log (issue 5).
-- tutor_student: which students a tutor (тьютор) follows; assigned while start_date <= day and
-- (end_date IS NULL OR end_date >= day). Rows are ended, never deleted.
CREATE TABLE tutor_student (
    id          BIGINT  NOT NULL AUTO_INCREMENT,
    school_id   BIGINT  NOT NULL,
    tutor_id    BIGINT  NOT NULL,                -- staff
    student_id  BIGINT  NOT NULL,
    start_date  DATE    NOT NULL,
    end_date    DATE    NULL,
    PRIMARY KEY (id),
    KEY ix_tutor_student_tutor (tutor_id, start_date),
    KEY ix_tutor_student_student (student_id),
    KEY ix_tutor_student_school (school_id),
    CONSTRAINT fk_tutor_student_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_tutor_student_tutor FOREIGN KEY (tutor_id) REFERENCES staff (id),
    CONSTRAINT fk_tutor_student_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT ck_tutor_student_dates CHECK (end_date IS NULL OR start_date <= end_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who opened which student's personal data, and when (152-ФЗ). Written by the people service on every
-- successful read of a student's record; rows are only ever inserted. No foreign key on account_id so
-- that the trail outlives account clean-ups (as audit_event).
CREATE TABLE personal_data_access (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    school_id    BIGINT       NOT NULL,
    occurred_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    account_id   BIGINT       NULL,
    student_id   BIGINT       NOT NULL,
    what         VARCHAR(64)  NOT NULL,              -- STUDENT_RECORD, STUDENT_RECORD_EDIT, CONSENT_WITHDRAWN
    address      VARCHAR(64)  NOT NULL DEFAULT '',   -- client IP address, when the caller knows it
    PRIMARY KEY (id),
    KEY ix_pda_school_time (school_id, occurred_at),
    KEY ix_pda_student (student_id, occurred_at),
    CONSTRAINT fk_pda_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_pda_student FOREIGN KEY (student_id) REFERENCES student (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
