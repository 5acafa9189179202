-- The school year in full (issue 3 items 1 and 2) and what the journal needs to be written (issue 4):
-- holidays and vacations, period locks, subgroups, substitutions, per-school work types (weights),
-- attendance codes and settings, homework files, and cell context in the audit trail.
-- Nothing here is ever deleted by the application: rows are deactivated, cancelled or withdrawn.

-- Vacations and public holidays of an academic year: no lessons are generated on these dates.
CREATE TABLE holiday (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    school_id         BIGINT       NOT NULL,
    academic_year_id  BIGINT       NOT NULL,
    kind              VARCHAR(20)  NOT NULL DEFAULT 'VACATION',   -- VACATION (каникулы), HOLIDAY (праздник)
    name              VARCHAR(100) NOT NULL,                      -- "Осенние каникулы"
    start_date        DATE         NOT NULL,
    end_date          DATE         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_holiday_year (academic_year_id, start_date),
    KEY ix_holiday_school (school_id),
    CONSTRAINT fk_holiday_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_holiday_year FOREIGN KEY (academic_year_id) REFERENCES academic_year (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A period is locked by the deputy director once it is closed: nothing may be written into it then.
ALTER TABLE study_period
    ADD COLUMN locked_at  DATETIME(3) NULL,
    ADD COLUMN locked_by  BIGINT      NULL;

-- A class split for a subject ("Английский язык, группа 1"), with its members.
CREATE TABLE subgroup (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    school_id   BIGINT       NOT NULL,
    class_id    BIGINT       NOT NULL,
    subject_id  BIGINT       NOT NULL,
    name        VARCHAR(50)  NOT NULL,                           -- "группа 1"
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    UNIQUE KEY uq_subgroup (class_id, subject_id, name),
    KEY ix_subgroup_school (school_id),
    CONSTRAINT fk_subgroup_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_subgroup_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_subgroup_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subgroup_member (
    id           BIGINT NOT NULL AUTO_INCREMENT,
    school_id    BIGINT NOT NULL,
    subgroup_id  BIGINT NOT NULL,
    student_id   BIGINT NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_subgroup_member (subgroup_id, student_id),
    KEY ix_subgroup_member_student (student_id),
    KEY ix_subgroup_member_school (school_id),
    CONSTRAINT fk_subgroup_member_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_subgroup_member_subgroup FOREIGN KEY (subgroup_id) REFERENCES subgroup (id),
    CONSTRAINT fk_subgroup_member_student FOREIGN KEY (student_id) REFERENCES student (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An assignment teaches either the whole class (subgroup_id NULL) or one subgroup of it.
ALTER TABLE teaching_assignment
    ADD COLUMN subgroup_id BIGINT NULL AFTER class_id,
    ADD CONSTRAINT fk_assignment_subgroup FOREIGN KEY (subgroup_id) REFERENCES subgroup (id);

-- A substitute keeps the journal of an assignment for a date range, with the teacher's rights on those
-- dates only. Cancelled, never deleted.
CREATE TABLE substitution (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    school_id      BIGINT       NOT NULL,
    assignment_id  BIGINT       NOT NULL,
    substitute_id  BIGINT       NOT NULL,                         -- staff
    start_date     DATE         NOT NULL,
    end_date       DATE         NOT NULL,
    reason         VARCHAR(300) NOT NULL DEFAULT '',
    created_by     BIGINT       NULL,                             -- user_account
    created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    cancelled_at   DATETIME(3)  NULL,
    cancelled_by   BIGINT       NULL,
    PRIMARY KEY (id),
    KEY ix_substitution_assignment (assignment_id, start_date),
    KEY ix_substitution_substitute (substitute_id, start_date),
    KEY ix_substitution_school (school_id),
    CONSTRAINT fk_substitution_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_substitution_assignment FOREIGN KEY (assignment_id) REFERENCES teaching_assignment (id),
    CONSTRAINT fk_substitution_substitute FOREIGN KEY (substitute_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Work types with their weight, per school (answer 1, test 3, ...). The weight is copied into each work
-- when it is created, so changing a weight later does not rewrite past averages silently.
CREATE TABLE work_type (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    school_id   BIGINT       NOT NULL,
    code        VARCHAR(30)  NOT NULL,                            -- ANSWER, TEST, DICTATION, LAB, ...
    name        VARCHAR(100) NOT NULL,                            -- "Контрольная работа"
    weight      TINYINT      NOT NULL DEFAULT 1,
    sort_order  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    UNIQUE KEY uq_work_type (school_id, code),
    CONSTRAINT fk_work_type_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Attendance codes per school (defaults Н, Б, УП, ОП).
CREATE TABLE attendance_code (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    school_id   BIGINT       NOT NULL,
    code        VARCHAR(4)   NOT NULL,                            -- "Н"
    name        VARCHAR(100) NOT NULL,                            -- "отсутствовал"
    absent      BOOLEAN      NOT NULL DEFAULT TRUE,               -- FALSE for "late" (ОП)
    excused     BOOLEAN      NOT NULL DEFAULT FALSE,              -- illness, excused
    sort_order  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    UNIQUE KEY uq_attendance_code (school_id, code),
    CONSTRAINT fk_attendance_code_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- School settings by name (e.g. final-mark policy thresholds), values as text.
CREATE TABLE school_setting (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    school_id  BIGINT        NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    value      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_school_setting (school_id, name),
    CONSTRAINT fk_school_setting_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files attached to a lesson's homework. Removed files keep their row (removed_at).
CREATE TABLE lesson_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    school_id     BIGINT        NOT NULL,
    lesson_id     BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL DEFAULT 'application/octet-stream',
    size_bytes    BIGINT        NOT NULL,
    content       MEDIUMBLOB    NOT NULL,
    uploaded_by   BIGINT        NULL,
    uploaded_at   DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    removed_at    DATETIME(3)   NULL,
    PRIMARY KEY (id),
    KEY ix_lesson_attachment_lesson (lesson_id),
    KEY ix_lesson_attachment_school (school_id),
    CONSTRAINT fk_lesson_attachment_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_lesson_attachment_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Topic and homework are edited concurrently too: optimistic lock.
ALTER TABLE lesson
    ADD COLUMN version INT NOT NULL DEFAULT 0;

-- One cell holds one mark row; "5/4" (two marks in a cell) is one value. Two people creating the first
-- mark of a cell at once: the second insert fails on this key and is shown as a conflict.
ALTER TABLE mark
    ADD UNIQUE KEY uq_mark_cell (work_id, student_id);

-- A final mark changed after the deadline by an administrator carries the reason.
ALTER TABLE final_mark
    ADD COLUMN override_reason VARCHAR(500) NULL;

-- The cell an audit event belongs to, so the history of a cell is one indexed query.
ALTER TABLE audit_event
    ADD COLUMN student_id  BIGINT NULL,
    ADD COLUMN lesson_id   BIGINT NULL,
    ADD COLUMN work_id     BIGINT NULL,
    ADD KEY ix_audit_cell (lesson_id, student_id),
    ADD KEY ix_audit_work (work_id, student_id);
