-- eJournal core model (see DOMAIN.md). Flyway owns the schema; the Cayenne map in
-- bundles/org.ejournal.store mirrors it by hand, so change both together.
-- Every school-owned table carries school_id (tenant) with a foreign key and an index.
-- Times are DATETIME(3) in UTC; dates are DATE.

CREATE TABLE school (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(300) NOT NULL,
    short_name  VARCHAR(100) NOT NULL,
    city        VARCHAR(100) NOT NULL DEFAULT '',
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE academic_year (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    school_id   BIGINT      NOT NULL,
    name        VARCHAR(20) NOT NULL,            -- "2026/2027"
    start_date  DATE        NOT NULL,
    end_date    DATE        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_academic_year_name (school_id, name),
    CONSTRAINT fk_academic_year_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Quarter, trimester, half-year or year. scheme groups the periods of one period scheme
-- (QUARTERS for grades 1-9, HALF_YEARS often for 10-11); a class names its scheme.
CREATE TABLE study_period (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    school_id            BIGINT      NOT NULL,
    academic_year_id     BIGINT      NOT NULL,
    scheme               VARCHAR(20) NOT NULL DEFAULT 'QUARTERS',
    ordinal              TINYINT     NOT NULL,   -- 1.. within the scheme
    name                 VARCHAR(50) NOT NULL,   -- "I четверть"
    start_date           DATE        NOT NULL,
    end_date             DATE        NOT NULL,
    final_mark_deadline  DATE        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_study_period (academic_year_id, scheme, ordinal),
    KEY ix_study_period_school (school_id),
    CONSTRAINT fk_study_period_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_study_period_year FOREIGN KEY (academic_year_id) REFERENCES academic_year (id),
    CONSTRAINT ck_study_period_dates CHECK (start_date <= end_date AND end_date <= final_mark_deadline)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    school_id    BIGINT       NOT NULL,
    last_name    VARCHAR(100) NOT NULL,
    first_name   VARCHAR(100) NOT NULL,
    middle_name  VARCHAR(100) NOT NULL DEFAULT '',
    gender       CHAR(1)      NOT NULL,          -- 'M' / 'F'
    position     VARCHAR(100) NOT NULL,          -- должность: "учитель математики", "директор"
    email        VARCHAR(200) NULL,
    phone        VARCHAR(30)  NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    KEY ix_staff_school_name (school_id, last_name, first_name),
    CONSTRAINT fk_staff_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE school_class (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    school_id         BIGINT      NOT NULL,
    academic_year_id  BIGINT      NOT NULL,
    grade             TINYINT     NOT NULL,
    letter            VARCHAR(3)  NOT NULL,
    class_teacher_id  BIGINT      NULL,
    period_scheme     VARCHAR(20) NOT NULL DEFAULT 'QUARTERS',
    PRIMARY KEY (id),
    UNIQUE KEY uq_school_class (academic_year_id, grade, letter),
    KEY ix_school_class_school (school_id),
    CONSTRAINT fk_school_class_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_school_class_year FOREIGN KEY (academic_year_id) REFERENCES academic_year (id),
    CONSTRAINT fk_school_class_teacher FOREIGN KEY (class_teacher_id) REFERENCES staff (id),
    CONSTRAINT ck_school_class_grade CHECK (grade BETWEEN 1 AND 11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Without a valid consent only the name is stored (DOMAIN.md); birth_date stays NULL then.
CREATE TABLE student (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    school_id    BIGINT       NOT NULL,
    last_name    VARCHAR(100) NOT NULL,
    first_name   VARCHAR(100) NOT NULL,
    middle_name  VARCHAR(100) NOT NULL DEFAULT '',
    gender       CHAR(1)      NOT NULL,
    birth_date   DATE         NULL,
    PRIMARY KEY (id),
    KEY ix_student_school_name (school_id, last_name, first_name),
    CONSTRAINT fk_student_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE parent (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    school_id    BIGINT       NOT NULL,
    last_name    VARCHAR(100) NOT NULL,
    first_name   VARCHAR(100) NOT NULL,
    middle_name  VARCHAR(100) NOT NULL DEFAULT '',
    gender       CHAR(1)      NOT NULL,
    phone        VARCHAR(30)  NULL,
    email        VARCHAR(200) NULL,
    PRIMARY KEY (id),
    KEY ix_parent_school_name (school_id, last_name, first_name),
    CONSTRAINT fk_parent_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Legal representation: which parent represents which student.
CREATE TABLE student_parent (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    school_id   BIGINT      NOT NULL,
    student_id  BIGINT      NOT NULL,
    parent_id   BIGINT      NOT NULL,
    relation    VARCHAR(20) NOT NULL,            -- MOTHER, FATHER, GUARDIAN
    PRIMARY KEY (id),
    UNIQUE KEY uq_student_parent (student_id, parent_id),
    KEY ix_student_parent_parent (parent_id),
    KEY ix_student_parent_school (school_id),
    CONSTRAINT fk_student_parent_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_student_parent_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_student_parent_parent FOREIGN KEY (parent_id) REFERENCES parent (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A student in a class from start_date to end_date (NULL: still there). Movement history is
-- kept as rows, never overwritten: a transfer ends one row and starts another.
CREATE TABLE enrollment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    school_id     BIGINT       NOT NULL,
    student_id    BIGINT       NOT NULL,
    class_id      BIGINT       NOT NULL,
    start_date    DATE         NOT NULL,
    end_date      DATE         NULL,
    start_reason  VARCHAR(30)  NOT NULL DEFAULT 'ENROLLED',  -- ENROLLED, ARRIVED, TRANSFERRED, PROMOTED
    end_reason    VARCHAR(30)  NULL,                         -- LEFT, TRANSFERRED, PROMOTED, GRADUATED
    end_note      VARCHAR(300) NULL,                         -- destination of a departure
    PRIMARY KEY (id),
    KEY ix_enrollment_class (class_id, start_date),
    KEY ix_enrollment_student (student_id),
    KEY ix_enrollment_school (school_id),
    CONSTRAINT fk_enrollment_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_enrollment_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_enrollment_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT ck_enrollment_dates CHECK (end_date IS NULL OR start_date <= end_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subject (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    school_id   BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,           -- "Математика"
    short_name  VARCHAR(30)  NOT NULL,           -- "Матем."
    sort_order  INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_subject_name (school_id, name),
    CONSTRAINT fk_subject_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE teaching_assignment (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    school_id         BIGINT        NOT NULL,
    academic_year_id  BIGINT        NOT NULL,
    class_id          BIGINT        NOT NULL,
    subject_id        BIGINT        NOT NULL,
    teacher_id        BIGINT        NOT NULL,
    hours_per_week    DECIMAL(4,1)  NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    KEY ix_assignment_class (class_id, subject_id),
    KEY ix_assignment_teacher (teacher_id, academic_year_id),
    KEY ix_assignment_school (school_id),
    CONSTRAINT fk_assignment_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_assignment_year FOREIGN KEY (academic_year_id) REFERENCES academic_year (id),
    CONSTRAINT fk_assignment_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_assignment_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_assignment_teacher FOREIGN KEY (teacher_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Weekly timetable: weekday 1 = Monday .. 6 = Saturday; valid_to NULL = open-ended.
CREATE TABLE timetable_slot (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    school_id      BIGINT      NOT NULL,
    class_id       BIGINT      NOT NULL,
    assignment_id  BIGINT      NOT NULL,
    weekday        TINYINT     NOT NULL,
    lesson_number  TINYINT     NOT NULL,
    room           VARCHAR(20) NOT NULL DEFAULT '',
    valid_from     DATE        NOT NULL,
    valid_to       DATE        NULL,
    PRIMARY KEY (id),
    KEY ix_timetable_class (class_id, weekday, lesson_number),
    KEY ix_timetable_assignment (assignment_id),
    KEY ix_timetable_school (school_id),
    CONSTRAINT fk_timetable_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_timetable_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_timetable_assignment FOREIGN KEY (assignment_id) REFERENCES teaching_assignment (id),
    CONSTRAINT ck_timetable_weekday CHECK (weekday BETWEEN 1 AND 7)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A lesson held (or planned). teacher_id is who actually taught it (a substitute may differ
-- from the assignment's teacher).
CREATE TABLE lesson (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    school_id      BIGINT        NOT NULL,
    assignment_id  BIGINT        NOT NULL,
    lesson_date    DATE          NOT NULL,
    lesson_number  TINYINT       NOT NULL,
    teacher_id     BIGINT        NOT NULL,
    topic          VARCHAR(500)  NOT NULL DEFAULT '',
    homework       VARCHAR(1000) NOT NULL DEFAULT '',
    updated_at     DATETIME(3)   NULL,           -- last change of topic/homework (filling control)
    PRIMARY KEY (id),
    KEY ix_lesson_assignment_date (assignment_id, lesson_date, lesson_number),
    KEY ix_lesson_teacher_date (teacher_id, lesson_date),
    KEY ix_lesson_school_date (school_id, lesson_date),
    CONSTRAINT fk_lesson_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_lesson_assignment FOREIGN KEY (assignment_id) REFERENCES teaching_assignment (id),
    CONSTRAINT fk_lesson_teacher FOREIGN KEY (teacher_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A graded item of a lesson: answer in class, test, dictation, lab...
CREATE TABLE work (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    school_id  BIGINT       NOT NULL,
    lesson_id  BIGINT       NOT NULL,
    work_type  VARCHAR(30)  NOT NULL,            -- ANSWER, TEST, DICTATION, LAB, ...
    weight     TINYINT      NOT NULL DEFAULT 1,
    title      VARCHAR(200) NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    KEY ix_work_lesson (lesson_id),
    KEY ix_work_school (school_id),
    CONSTRAINT fk_work_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_work_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT ck_work_weight CHECK (weight BETWEEN 1 AND 10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    school_id             BIGINT       NOT NULL,
    login                 VARCHAR(100) NOT NULL,  -- compared case-insensitively (collation)
    password_hash         VARCHAR(255) NOT NULL,  -- Shiro crypt format, bcrypt 2y
    active                BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    staff_id              BIGINT       NULL,
    student_id            BIGINT       NULL,
    parent_id             BIGINT       NULL,
    created_at            DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_login_at         DATETIME(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_user_account_login (login),
    KEY ix_user_account_school (school_id),
    KEY ix_user_account_staff (staff_id),
    KEY ix_user_account_student (student_id),
    KEY ix_user_account_parent (parent_id),
    CONSTRAINT fk_user_account_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_user_account_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_user_account_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_user_account_parent FOREIGN KEY (parent_id) REFERENCES parent (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- role holds an org.ejournal.api.Role constant name.
CREATE TABLE account_role (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    school_id   BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(30) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_account_role (account_id, role),
    KEY ix_account_role_school (school_id),
    CONSTRAINT fk_account_role_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_account_role CHECK (role IN ('TECH_ADMIN', 'DIRECTOR', 'DEPUTY_DIRECTOR', 'CLASS_TEACHER',
                                               'SUBJECT_TEACHER', 'TUTOR', 'PARENT', 'STUDENT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A mark of one student for one work. A cell may hold two marks ("5/4"), so (work, student) is
-- not unique. value is a grading-scale value: "5".."1", "зач", "незач", "осв".
CREATE TABLE mark (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    school_id   BIGINT       NOT NULL,
    work_id     BIGINT       NOT NULL,
    student_id  BIGINT       NOT NULL,
    value       VARCHAR(10)  NOT NULL,
    comment     VARCHAR(500) NOT NULL DEFAULT '',
    created_by  BIGINT       NULL,               -- user_account; NULL for imported data
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3)  NULL,
    version     INT          NOT NULL DEFAULT 0, -- optimistic locking
    PRIMARY KEY (id),
    KEY ix_mark_work_student (work_id, student_id),
    KEY ix_mark_student (student_id),
    KEY ix_mark_school (school_id),
    CONSTRAINT fk_mark_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_mark_work FOREIGN KEY (work_id) REFERENCES work (id),
    CONSTRAINT fk_mark_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_mark_created_by FOREIGN KEY (created_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Absence or lateness of a student at a lesson. code: Н (absent), Б (ill), УП (excused),
-- ОП (late); reason is set by the teacher or later by the class teacher.
CREATE TABLE attendance (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    school_id   BIGINT       NOT NULL,
    lesson_id   BIGINT       NOT NULL,
    student_id  BIGINT       NOT NULL,
    code        VARCHAR(4)   NOT NULL,
    reason      VARCHAR(300) NOT NULL DEFAULT '',
    created_by  BIGINT       NULL,
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by  BIGINT       NULL,
    updated_at  DATETIME(3)  NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_attendance (lesson_id, student_id),
    KEY ix_attendance_student (student_id),
    KEY ix_attendance_school (school_id),
    CONSTRAINT fk_attendance_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_attendance_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT fk_attendance_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_attendance_created_by FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT fk_attendance_updated_by FOREIGN KEY (updated_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Final mark of a student in a subject for a study period: "5".."2", "н/а", "зач", "осв".
CREATE TABLE final_mark (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    school_id        BIGINT       NOT NULL,
    student_id       BIGINT       NOT NULL,
    assignment_id    BIGINT       NOT NULL,
    study_period_id  BIGINT       NOT NULL,
    value            VARCHAR(10)  NOT NULL,
    created_by       BIGINT       NULL,
    created_at       DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at       DATETIME(3)  NULL,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_final_mark (student_id, assignment_id, study_period_id),
    KEY ix_final_mark_assignment (assignment_id, study_period_id),
    KEY ix_final_mark_school (school_id),
    CONSTRAINT fk_final_mark_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_final_mark_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_final_mark_assignment FOREIGN KEY (assignment_id) REFERENCES teaching_assignment (id),
    CONSTRAINT fk_final_mark_period FOREIGN KEY (study_period_id) REFERENCES study_period (id),
    CONSTRAINT fk_final_mark_created_by FOREIGN KEY (created_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of journal data: who, when, from where, old and new value. Rows are only ever
-- inserted. No foreign key on account_id so that the trail outlives account clean-ups.
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    school_id    BIGINT        NOT NULL,
    occurred_at  DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    account_id   BIGINT        NULL,
    address      VARCHAR(64)   NOT NULL DEFAULT '',  -- client IP address
    entity       VARCHAR(64)   NOT NULL,             -- table/entity name, e.g. "mark"
    entity_id    BIGINT        NOT NULL,
    action       VARCHAR(10)   NOT NULL,             -- INSERT, UPDATE, DELETE
    field        VARCHAR(64)   NOT NULL DEFAULT '',
    old_value    VARCHAR(1000) NULL,
    new_value    VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_school_time (school_id, occurred_at),
    KEY ix_audit_entity (entity, entity_id),
    KEY ix_audit_account (account_id, occurred_at),
    CONSTRAINT fk_audit_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
