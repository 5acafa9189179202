-- Data of the journal-writing tests (JournalWriteOnMariaDbTest): its own small script, ids fixed.
-- 5А (class 21) mathematics (assignment 51, teacher Иванова 104) with lessons in the I quarter and one in the
-- III quarter (locked); 5А Russian (52); 1А (class 23) mathematics (58); a substitution of 51 by Орлов (106)
-- for 08.09–12.09 and a cancelled one for 01.10–10.10; a second school for cross-school refusals.

INSERT INTO school (id, name, short_name, city) VALUES
 (1, 'МБОУ «Средняя общеобразовательная школа № 7»', 'СОШ № 7', 'Тверь'),
 (2, 'МАОУ «Гимназия № 1»', 'Гимназия № 1', 'Тверь');

INSERT INTO academic_year (id, school_id, name, start_date, end_date) VALUES
 (1, 1, '2026/2027', '2026-09-01', '2027-05-31'),
 (3, 2, '2026/2027', '2026-09-01', '2027-05-31');

INSERT INTO study_period (id, school_id, academic_year_id, scheme, ordinal, name, start_date, end_date, final_mark_deadline, locked_at) VALUES
 (11, 1, 1, 'QUARTERS', 1, 'I четверть', '2026-09-01', '2026-10-26', '2026-10-29', NULL),
 (12, 1, 1, 'QUARTERS', 2, 'II четверть', '2026-11-05', '2026-12-28', '2026-12-31', NULL),
 (13, 1, 1, 'QUARTERS', 3, 'III четверть', '2027-01-12', '2027-03-22', '2027-03-25', '2027-03-26 10:00:00'),
 (15, 1, 1, 'HALF_YEARS', 1, 'I полугодие', '2026-09-01', '2026-12-28', '2026-12-31', '2026-12-30 10:00:00'),
 (31, 2, 3, 'QUARTERS', 1, 'I четверть', '2026-09-01', '2026-10-26', '2026-10-29', NULL);

INSERT INTO staff (id, school_id, last_name, first_name, middle_name, gender, position) VALUES
 (102, 1, 'Сидорова', 'Елена', 'Викторовна', 'F', 'заместитель директора по УВР'),
 (104, 1, 'Иванова', 'Мария', 'Петровна', 'F', 'учитель математики'),
 (105, 1, 'Смирнова', 'Ольга', 'Ивановна', 'F', 'учитель русского языка'),
 (106, 1, 'Орлов', 'Дмитрий', 'Андреевич', 'M', 'учитель математики'),
 (108, 1, 'Зуева', 'Нина', 'Павловна', 'F', 'учитель начальных классов'),
 (201, 2, 'Волков', 'Игорь', 'Николаевич', 'M', 'учитель математики'),
 (202, 2, 'Морозова', 'Татьяна', 'Юрьевна', 'F', 'директор');

INSERT INTO school_class (id, school_id, academic_year_id, grade, letter, class_teacher_id) VALUES
 (21, 1, 1, 5, 'А', 105),
 (23, 1, 1, 1, 'А', 108),
 (24, 2, 3, 5, 'А', 201);

INSERT INTO student (id, school_id, last_name, first_name, middle_name, gender) VALUES
 (301, 1, 'Абрамова', 'Софья', 'Игоревна', 'F'),
 (302, 1, 'Белов', 'Артём', '', 'M'),
 (303, 1, 'Ёлкин', 'Иван', 'Петрович', 'M'),
 (304, 1, 'Егоров', 'Максим', 'Олегович', 'M'),
 (305, 1, 'Жуков', 'Семён', 'Ильич', 'M'),
 (306, 1, 'Яковлева', 'Дарья', 'Романовна', 'F'),
 (312, 1, 'Абрамов', 'Пётр', 'Игоревич', 'M'),
 (321, 2, 'Зайцева', 'Алина', '', 'F');

INSERT INTO enrollment (school_id, student_id, class_id, start_date, end_date, start_reason, end_reason) VALUES
 (1, 301, 21, '2026-09-01', NULL, 'ENROLLED', NULL),
 (1, 302, 21, '2026-09-01', NULL, 'ENROLLED', NULL),
 (1, 303, 21, '2026-09-01', NULL, 'ENROLLED', NULL),
 (1, 304, 21, '2026-09-01', NULL, 'ENROLLED', NULL),
 (1, 305, 21, '2026-09-15', NULL, 'ARRIVED', NULL),
 (1, 306, 21, '2026-09-01', '2026-10-01', 'ENROLLED', 'LEFT'),
 (1, 312, 23, '2026-09-01', NULL, 'ENROLLED', NULL),
 (2, 321, 24, '2026-09-01', NULL, 'ENROLLED', NULL);

INSERT INTO subject (id, school_id, name, short_name, sort_order) VALUES
 (41, 1, 'Математика', 'Матем.', 1),
 (42, 1, 'Русский язык', 'Рус. яз.', 2),
 (43, 2, 'Математика', 'Матем.', 1);

INSERT INTO teaching_assignment (id, school_id, academic_year_id, class_id, subject_id, teacher_id) VALUES
 (51, 1, 1, 21, 41, 104),
 (52, 1, 1, 21, 42, 105),
 (58, 1, 1, 23, 41, 108),
 (55, 2, 3, 24, 43, 201);

INSERT INTO lesson (id, school_id, assignment_id, lesson_date, lesson_number, teacher_id, topic, homework) VALUES
 (601, 1, 51, '2026-09-02', 2, 104, 'Натуральные числа', '№ 1, 2'),
 (602, 1, 51, '2026-09-10', 1, 106, '', ''),
 (603, 1, 51, '2026-10-05', 1, 104, 'Обыкновенные дроби', 'п. 12'),
 (604, 1, 51, '2026-10-07', 1, 104, '', ''),
 (605, 1, 51, '2026-10-08', 1, 104, '', ''),
 (606, 1, 51, '2026-10-09', 1, 104, '', ''),
 (608, 1, 52, '2026-10-05', 3, 105, 'Фонетика', 'упр. 12'),
 (609, 1, 58, '2026-09-03', 1, 108, 'Счёт до десяти', ''),
 (610, 1, 51, '2027-01-20', 1, 104, 'Проценты', ''),
 (607, 2, 55, '2026-09-03', 1, 201, 'Числа', '');

INSERT INTO work (id, school_id, lesson_id, work_type, weight, title) VALUES
 (701, 1, 601, 'ANSWER', 1, ''),
 (703, 1, 602, 'ANSWER', 1, ''),
 (702, 1, 603, 'TEST', 3, 'Контрольная работа № 1'),
 (704, 1, 604, 'ANSWER', 1, ''),
 (705, 1, 605, 'ANSWER', 1, ''),
 (706, 1, 606, 'ANSWER', 1, ''),
 (709, 1, 609, 'ANSWER', 1, ''),
 (710, 1, 610, 'ANSWER', 1, ''),
 (707, 2, 607, 'ANSWER', 1, '');

INSERT INTO work_type (school_id, code, name, weight, sort_order) VALUES
 (1, 'ANSWER', 'Ответ на уроке', 1, 1),
 (1, 'TEST', 'Контрольная работа', 3, 2),
 (1, 'DICTATION', 'Диктант', 2, 3);

INSERT INTO substitution (school_id, assignment_id, substitute_id, start_date, end_date, reason, cancelled_at) VALUES
 (1, 51, 106, '2026-09-08', '2026-09-12', 'больничный', NULL),
 (1, 51, 106, '2026-10-01', '2026-10-10', 'курсы', '2026-09-30 12:00:00');

INSERT INTO user_account (id, school_id, login, password_hash, active, staff_id, student_id, parent_id) VALUES
 (3, 1, 'zavuch', '$shiro2$test', TRUE, 102, NULL, NULL),
 (4, 1, 'teacher', '$shiro2$test', TRUE, 104, NULL, NULL),
 (5, 1, 'klassruk', '$shiro2$test', TRUE, 105, NULL, NULL),
 (6, 1, 'orlov', '$shiro2$test', TRUE, 106, NULL, NULL),
 (12, 1, 'first', '$shiro2$test', TRUE, 108, NULL, NULL),
 (10, 2, 'gym-teacher', '$shiro2$test', TRUE, 201, NULL, NULL),
 (11, 2, 'gym-director', '$shiro2$test', TRUE, 202, NULL, NULL);

INSERT INTO account_role (school_id, account_id, role) VALUES
 (1, 3, 'DEPUTY_DIRECTOR'),
 (1, 4, 'SUBJECT_TEACHER'),
 (1, 5, 'CLASS_TEACHER'), (1, 5, 'SUBJECT_TEACHER'),
 (1, 6, 'SUBJECT_TEACHER'),
 (1, 12, 'SUBJECT_TEACHER'), (1, 12, 'CLASS_TEACHER'),
 (2, 10, 'SUBJECT_TEACHER'),
 (2, 11, 'DIRECTOR');
