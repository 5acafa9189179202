package org.ejournal.demo;

import java.util.List;
import java.util.Random;

/**
 * A Russian basic curriculum (ФГОС, five-day week) in the shape the generator needs: subjects with
 * weekly hours per grade, which teacher specialty teaches them, lesson topics, homework patterns and
 * the kinds of class-wide graded work they use. Hours are typical values, not one school's plan.
 */
final class Curriculum {

    /** Who teaches a subject; primary-class subjects go to the class's own teacher. */
    enum Specialty {
        PRIMARY("учитель начальных классов"),
        RUSSIAN("учитель русского языка и литературы"),
        MATHS("учитель математики"),
        ENGLISH("учитель английского языка"),
        HISTORY("учитель истории и обществознания"),
        GEOGRAPHY("учитель географии"),
        BIOLOGY("учитель биологии"),
        PHYSICS("учитель физики"),
        CHEMISTRY("учитель химии"),
        INFORMATICS("учитель информатики"),
        MUSIC("учитель музыки"),
        ART("учитель изобразительного искусства"),
        TECHNOLOGY("учитель технологии"),
        PE("учитель физической культуры"),
        SAFETY("преподаватель-организатор ОБЗР");

        final String position;

        Specialty(String position) {
            this.position = position;
        }
    }

    /** How homework of a subject reads. */
    enum HomeworkStyle { EXERCISES, PROBLEMS, READING, PARAGRAPH, ENGLISH, NONE }

    /** A graded class-wide work kind: code stored in {@code work.work_type}, title, weight. */
    record WorkKind(String type, String title, int weight) {
    }

    static final WorkKind ANSWER = new WorkKind("ANSWER", "Ответ на уроке", 1);
    static final WorkKind HOMEWORK_CHECK = new WorkKind("HOMEWORK", "Домашняя работа", 1);
    static final WorkKind TEST = new WorkKind("TEST", "Контрольная работа", 3);
    static final WorkKind QUIZ = new WorkKind("QUIZ", "Самостоятельная работа", 2);
    static final WorkKind DICTATION = new WorkKind("DICTATION", "Диктант", 2);
    static final WorkKind ESSAY = new WorkKind("ESSAY", "Сочинение", 2);
    static final WorkKind LAB = new WorkKind("LAB", "Лабораторная работа", 2);
    static final WorkKind PRACTICAL = new WorkKind("PRACTICAL", "Практическая работа", 2);
    static final WorkKind STANDARDS = new WorkKind("STANDARDS", "Сдача нормативов", 1);

    /** Every work kind, in the order a school lists them (the demo school's work types). */
    static final List<WorkKind> WORK_KINDS = List.of(ANSWER, HOMEWORK_CHECK, QUIZ, TEST, DICTATION, ESSAY, LAB,
            PRACTICAL, STANDARDS);

    /**
     * A subject.
     *
     * @param hours weekly hours indexed by grade (index 0 unused)
     */
    record Subject(String name, String shortName, Specialty specialty, int[] hours, HomeworkStyle homework,
                   List<WorkKind> classWorks, List<String> topics) {

        int hoursIn(int grade) {
            return hours[grade];
        }

        /** Primary grades are taught by the class teacher unless a specialist is named. */
        Specialty specialtyIn(int grade) {
            return grade <= 4 && specialty != Specialty.ENGLISH && specialty != Specialty.PE
                    && specialty != Specialty.MUSIC ? Specialty.PRIMARY : specialty;
        }
    }

    //                                                  grade: 0  1  2  3  4  5  6  7  8  9 10 11
    static final List<Subject> SUBJECTS = List.of(
            new Subject("Русский язык", "Рус. яз.", Specialty.RUSSIAN, new int[] {0, 5, 5, 5, 5, 5, 6, 4, 3, 3, 2, 2},
                    HomeworkStyle.EXERCISES, List.of(DICTATION, QUIZ, TEST), List.of(
                    "Звуки и буквы. Фонетический разбор", "Орфограммы в корне слова", "Безударные гласные в корне",
                    "Состав слова. Морфемный разбор", "Имя существительное: род, число, падеж",
                    "Склонение имён существительных", "Имя прилагательное", "Глагол: вид и время",
                    "Спряжение глаголов", "Словосочетание и предложение", "Главные члены предложения",
                    "Второстепенные члены предложения", "Однородные члены предложения",
                    "Знаки препинания при обращении", "Сложное предложение", "Прямая речь", "Текст и его признаки",
                    "Стили речи", "Причастие и причастный оборот", "Деепричастный оборот")),
            new Subject("Литературное чтение", "Лит. чт.", Specialty.PRIMARY, new int[] {0, 4, 4, 4, 3, 0, 0, 0, 0, 0, 0, 0},
                    HomeworkStyle.READING, List.of(QUIZ), List.of(
                    "Устное народное творчество. Сказки", "Малые фольклорные жанры", "А. С. Пушкин. Сказки",
                    "И. А. Крылов. Басни", "Л. Н. Толстой. Рассказы для детей", "Стихи о природе",
                    "К. Г. Паустовский. Рассказы", "Н. Н. Носов. Рассказы", "Внеклассное чтение")),
            new Subject("Литература", "Лит.", Specialty.RUSSIAN, new int[] {0, 0, 0, 0, 0, 3, 3, 2, 2, 3, 3, 3},
                    HomeworkStyle.READING, List.of(ESSAY, TEST), List.of(
                    "Мифы Древней Греции", "Русские народные сказки", "А. С. Пушкин. «Сказка о мёртвой царевне»",
                    "М. Ю. Лермонтов. «Бородино»", "Н. В. Гоголь. «Ночь перед Рождеством»",
                    "И. С. Тургенев. «Муму»", "Н. А. Некрасов. «Крестьянские дети»", "Л. Н. Толстой. «Кавказский пленник»",
                    "А. П. Чехов. Юмористические рассказы", "Поэзия XIX века о родной природе",
                    "А. С. Пушкин. «Капитанская дочка»", "Н. В. Гоголь. «Ревизор»", "М. Ю. Лермонтов. «Мцыри»",
                    "А. С. Грибоедов. «Горе от ума»", "Сочинение по прочитанному произведению")),
            new Subject("Иностранный язык (английский)", "Англ. яз.", Specialty.ENGLISH,
                    new int[] {0, 0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3}, HomeworkStyle.ENGLISH, List.of(QUIZ, TEST), List.of(
                    "My family", "My school", "Present Simple", "Present Continuous", "Daily routine", "Food and drinks",
                    "Past Simple", "Holidays and traditions", "Travelling", "The weather", "Future forms",
                    "Reading: Great Britain", "Writing a letter to a friend", "Vocabulary revision")),
            new Subject("Математика", "Матем.", Specialty.MATHS, new int[] {0, 4, 4, 4, 4, 5, 5, 0, 0, 0, 0, 0},
                    HomeworkStyle.PROBLEMS, List.of(QUIZ, TEST), List.of(
                    "Натуральные числа и шкалы", "Сложение и вычитание натуральных чисел", "Умножение и деление",
                    "Упрощение выражений", "Уравнения", "Степень числа", "Площади и объёмы",
                    "Обыкновенные дроби", "Сравнение дробей", "Сложение и вычитание дробей",
                    "Десятичные дроби", "Округление чисел", "Проценты", "Решение текстовых задач",
                    "Делимость чисел", "Наибольший общий делитель", "Положительные и отрицательные числа")),
            new Subject("Алгебра", "Алг.", Specialty.MATHS, new int[] {0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3},
                    HomeworkStyle.PROBLEMS, List.of(QUIZ, TEST), List.of(
                    "Выражения и их преобразования", "Линейное уравнение с одной переменной", "Функции и их графики",
                    "Линейная функция", "Степень с натуральным показателем", "Одночлены и многочлены",
                    "Формулы сокращённого умножения", "Квадратные корни", "Квадратные уравнения",
                    "Теорема Виета", "Неравенства", "Системы уравнений")),
            new Subject("Геометрия", "Геом.", Specialty.MATHS, new int[] {0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2},
                    HomeworkStyle.PROBLEMS, List.of(QUIZ, TEST), List.of(
                    "Начальные геометрические сведения", "Треугольники", "Признаки равенства треугольников",
                    "Параллельные прямые", "Сумма углов треугольника", "Четырёхугольники", "Площадь многоугольника",
                    "Теорема Пифагора", "Подобные треугольники", "Окружность")),
            new Subject("Вероятность и статистика", "Вер. и стат.", Specialty.MATHS,
                    new int[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, HomeworkStyle.PROBLEMS, List.of(QUIZ), List.of(
                    "Представление данных", "Описательная статистика", "Случайная изменчивость",
                    "Введение в теорию графов", "Вероятность и частота случайного события")),
            new Subject("Информатика", "Информ.", Specialty.INFORMATICS, new int[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1},
                    HomeworkStyle.PARAGRAPH, List.of(PRACTICAL), List.of(
                    "Информация и информационные процессы", "Двоичное кодирование", "Устройство компьютера",
                    "Файловая система", "Алгоритмы и исполнители", "Программирование линейных алгоритмов",
                    "Ветвления", "Циклы", "Электронные таблицы")),
            new Subject("Окружающий мир", "Окр. мир", Specialty.PRIMARY, new int[] {0, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0},
                    HomeworkStyle.PARAGRAPH, List.of(PRACTICAL), List.of(
                    "Что такое окружающий мир", "Природа и её сезонные изменения", "Растения родного края",
                    "Животные родного края", "Наш дом — Земля", "Вода и её свойства", "Воздух и его охрана",
                    "Человек и его здоровье", "Наша Родина — Россия")),
            new Subject("Основы религиозных культур и светской этики", "ОРКСЭ", Specialty.PRIMARY,
                    new int[] {0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, HomeworkStyle.NONE, List.of(), List.of(
                    "Россия — наша Родина", "Культура и мораль", "Добро и зло", "Семья и семейные ценности")),
            new Subject("История", "Ист.", Specialty.HISTORY, new int[] {0, 0, 0, 0, 0, 2, 2, 2, 2, 3, 2, 2},
                    HomeworkStyle.PARAGRAPH, List.of(TEST), List.of(
                    "Введение. Откуда мы знаем, как жили предки", "Первобытные люди", "Древний Египет",
                    "Древняя Месопотамия", "Древняя Греция", "Древний Рим", "Восточные славяне",
                    "Образование Древнерусского государства", "Крещение Руси", "Раздробленность Руси",
                    "Московское государство", "Смутное время")),
            new Subject("Обществознание", "Общ.", Specialty.HISTORY, new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2},
                    HomeworkStyle.PARAGRAPH, List.of(TEST), List.of(
                    "Человек и общество", "Человек в социальном измерении", "Семья и семейные отношения",
                    "Права и обязанности гражданина", "Экономика и её роль", "Государство и право")),
            new Subject("География", "Геогр.", Specialty.GEOGRAPHY, new int[] {0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 1, 1},
                    HomeworkStyle.PARAGRAPH, List.of(PRACTICAL, TEST), List.of(
                    "Что изучает география", "План местности", "Географическая карта", "Литосфера",
                    "Гидросфера", "Атмосфера", "Биосфера", "Природные зоны", "Население Земли")),
            new Subject("Биология", "Биол.", Specialty.BIOLOGY, new int[] {0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 1, 1},
                    HomeworkStyle.PARAGRAPH, List.of(LAB, TEST), List.of(
                    "Биология — наука о живой природе", "Методы изучения живой природы", "Клетка",
                    "Многообразие организмов", "Растения", "Строение цветка", "Животные", "Организм человека")),
            new Subject("Физика", "Физ.", Specialty.PHYSICS, new int[] {0, 0, 0, 0, 0, 0, 0, 2, 2, 3, 2, 2},
                    HomeworkStyle.PARAGRAPH, List.of(LAB, TEST), List.of(
                    "Физика и физические методы", "Строение вещества", "Механическое движение", "Плотность вещества",
                    "Сила. Сила тяжести", "Давление твёрдых тел, жидкостей и газов", "Работа и мощность",
                    "Тепловые явления", "Электрические явления")),
            new Subject("Химия", "Хим.", Specialty.CHEMISTRY, new int[] {0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 1, 1},
                    HomeworkStyle.PARAGRAPH, List.of(LAB, TEST), List.of(
                    "Предмет химии", "Атомы и молекулы", "Химические формулы", "Валентность",
                    "Химические реакции", "Кислород", "Водород", "Вода. Растворы", "Основные классы соединений")),
            new Subject("Музыка", "Муз.", Specialty.MUSIC, new int[] {0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0},
                    HomeworkStyle.NONE, List.of(), List.of(
                    "Музыка вокруг нас", "Народная музыка", "Русские композиторы", "Музыкальный театр",
                    "Симфоническая музыка", "Музыка моего края")),
            new Subject("Изобразительное искусство", "ИЗО", Specialty.ART, new int[] {0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0},
                    HomeworkStyle.NONE, List.of(PRACTICAL), List.of(
                    "Цвет и его свойства", "Рисунок с натуры", "Декоративно-прикладное искусство",
                    "Народные промыслы", "Пейзаж", "Портрет")),
            new Subject("Труд (технология)", "Труд", Specialty.TECHNOLOGY, new int[] {0, 1, 1, 1, 1, 2, 2, 2, 1, 1, 0, 0},
                    HomeworkStyle.NONE, List.of(PRACTICAL), List.of(
                    "Технологии вокруг нас", "Материалы и их свойства", "Чертёж и эскиз",
                    "Обработка древесины", "Робототехника", "Проект")),
            new Subject("Основы безопасности и защиты Родины", "ОБЗР", Specialty.SAFETY,
                    new int[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1}, HomeworkStyle.PARAGRAPH, List.of(TEST), List.of(
                    "Безопасность в быту", "Безопасность на дорогах", "Первая помощь", "Чрезвычайные ситуации")),
            new Subject("Физическая культура", "Физ-ра", Specialty.PE, new int[] {0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2},
                    HomeworkStyle.NONE, List.of(STANDARDS), List.of(
                    "Техника безопасности на уроках", "Лёгкая атлетика. Бег на короткие дистанции",
                    "Прыжки в длину", "Метание мяча", "Баскетбол", "Волейбол", "Общая физическая подготовка")),
            new Subject("Индивидуальный проект", "Инд. проект", Specialty.INFORMATICS,
                    new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0}, HomeworkStyle.NONE, List.of(PRACTICAL), List.of(
                    "Выбор темы проекта", "Постановка цели и задач", "Работа с источниками", "План проекта")));

    private Curriculum() {
    }

    /** The topic of the {@code index}-th lesson (0-based) of a subject: each topic takes two lessons. */
    static String topic(Subject subject, int index) {
        List<String> topics = subject.topics();
        String base = topics.get((index / 2) % topics.size());
        return index % 2 == 0 ? base : base + ". Закрепление";
    }

    /** Homework text in the subject's style, or empty for subjects without homework. */
    static String homework(Subject subject, int index, Random random) {
        int paragraph = 1 + index / 2;
        return switch (subject.homework()) {
            case EXERCISES -> "§ " + paragraph + ", упр. " + (10 + index * 3 + random.nextInt(3));
            case PROBLEMS -> "№ " + (20 + index * 6) + ", " + (22 + index * 6) + ", " + (25 + index * 6);
            case READING -> random.nextInt(3) == 0 ? "Выучить стихотворение наизусть"
                    : "Прочитать стр. " + (10 + index * 8) + "–" + (17 + index * 8) + ", ответить на вопросы";
            case PARAGRAPH -> "§ " + paragraph + ", вопросы 1–" + (3 + random.nextInt(3));
            case ENGLISH -> "Student's Book стр. " + (8 + index * 2) + ", упр. " + (1 + random.nextInt(6))
                    + "; Workbook стр. " + (4 + index);
            case NONE -> "";
        };
    }
}
