package org.ejournal.demo;

import java.util.List;
import java.util.Random;

/**
 * Plausible Russian names: surnames with their feminine form, given names by gender, patronymics
 * formed from the father's given name (listed, not derived by rule, because the exceptions — Юрий →
 * Юрьевич, Илья → Ильич / Ильинична, Никита → Никитич — are exactly the common names).
 */
final class RussianNames {

    /** A male given name with the patronymics it yields for a son and a daughter. */
    record MaleName(String name, String sonPatronymic, String daughterPatronymic) {
    }

    /** Surname in its masculine and feminine form (identical for indeclinable ones). */
    record Surname(String masculine, String feminine) {
        String forGender(char gender) {
            return gender == 'F' ? feminine : masculine;
        }
    }

    static final List<MaleName> MALE = List.of(
            new MaleName("Александр", "Александрович", "Александровна"),
            new MaleName("Алексей", "Алексеевич", "Алексеевна"),
            new MaleName("Андрей", "Андреевич", "Андреевна"),
            new MaleName("Антон", "Антонович", "Антоновна"),
            new MaleName("Артём", "Артёмович", "Артёмовна"),
            new MaleName("Борис", "Борисович", "Борисовна"),
            new MaleName("Вадим", "Вадимович", "Вадимовна"),
            new MaleName("Василий", "Васильевич", "Васильевна"),
            new MaleName("Виктор", "Викторович", "Викторовна"),
            new MaleName("Владимир", "Владимирович", "Владимировна"),
            new MaleName("Владислав", "Владиславович", "Владиславовна"),
            new MaleName("Георгий", "Георгиевич", "Георгиевна"),
            new MaleName("Глеб", "Глебович", "Глебовна"),
            new MaleName("Григорий", "Григорьевич", "Григорьевна"),
            new MaleName("Даниил", "Даниилович", "Данииловна"),
            new MaleName("Денис", "Денисович", "Денисовна"),
            new MaleName("Дмитрий", "Дмитриевич", "Дмитриевна"),
            new MaleName("Евгений", "Евгеньевич", "Евгеньевна"),
            new MaleName("Егор", "Егорович", "Егоровна"),
            new MaleName("Иван", "Иванович", "Ивановна"),
            new MaleName("Игорь", "Игоревич", "Игоревна"),
            new MaleName("Илья", "Ильич", "Ильинична"),
            new MaleName("Кирилл", "Кириллович", "Кирилловна"),
            new MaleName("Константин", "Константинович", "Константиновна"),
            new MaleName("Лев", "Львович", "Львовна"),
            new MaleName("Максим", "Максимович", "Максимовна"),
            new MaleName("Матвей", "Матвеевич", "Матвеевна"),
            new MaleName("Михаил", "Михайлович", "Михайловна"),
            new MaleName("Никита", "Никитич", "Никитична"),
            new MaleName("Николай", "Николаевич", "Николаевна"),
            new MaleName("Олег", "Олегович", "Олеговна"),
            new MaleName("Павел", "Павлович", "Павловна"),
            new MaleName("Пётр", "Петрович", "Петровна"),
            new MaleName("Роман", "Романович", "Романовна"),
            new MaleName("Сергей", "Сергеевич", "Сергеевна"),
            new MaleName("Станислав", "Станиславович", "Станиславовна"),
            new MaleName("Степан", "Степанович", "Степановна"),
            new MaleName("Тимофей", "Тимофеевич", "Тимофеевна"),
            new MaleName("Фёдор", "Фёдорович", "Фёдоровна"),
            new MaleName("Юрий", "Юрьевич", "Юрьевна"),
            new MaleName("Ярослав", "Ярославович", "Ярославовна"));

    static final List<String> FEMALE = List.of("Александра", "Алина", "Алиса", "Анастасия", "Анна", "Арина",
            "Варвара", "Вера", "Вероника", "Виктория", "Галина", "Дарья", "Диана", "Ева", "Екатерина", "Елена",
            "Елизавета", "Ирина", "Ксения", "Лариса", "Любовь", "Людмила", "Маргарита", "Марина", "Мария",
            "Милана", "Надежда", "Наталья", "Нина", "Ольга", "Полина", "Светлана", "София", "Таисия", "Татьяна",
            "Ульяна", "Юлия", "Яна");

    static final List<Surname> SURNAMES = List.of(
            s("Иванов"), s("Смирнов"), s("Кузнецов"), s("Попов"), s("Васильев"), s("Петров"), s("Соколов"),
            s("Михайлов"), s("Новиков"), s("Фёдоров"), s("Морозов"), s("Волков"), s("Алексеев"), s("Лебедев"),
            s("Семёнов"), s("Егоров"), s("Павлов"), s("Козлов"), s("Степанов"), s("Николаев"), s("Орлов"),
            s("Андреев"), s("Макаров"), s("Никитин"), s("Захаров"), s("Зайцев"), s("Соловьёв"), s("Борисов"),
            s("Яковлев"), s("Григорьев"), s("Романов"), s("Воробьёв"), s("Сергеев"), s("Кузьмин"), s("Фролов"),
            s("Александров"), s("Дмитриев"), s("Королёв"), s("Гусев"), s("Киселёв"), s("Ильин"), s("Максимов"),
            s("Поляков"), s("Сорокин"), s("Виноградов"), s("Ковалёв"), s("Белов"), s("Медведев"), s("Антонов"),
            s("Тарасов"), s("Жуков"), s("Баранов"), s("Филиппов"), s("Комаров"), s("Давыдов"), s("Беляев"),
            s("Герасимов"), s("Богданов"), s("Осипов"), s("Сидоров"), s("Матвеев"), s("Титов"), s("Марков"),
            s("Миронов"), s("Крылов"), s("Куликов"), s("Карпов"), s("Власов"), s("Мельников"), s("Денисов"),
            s("Гаврилов"), s("Тихонов"), s("Казаков"), s("Афанасьев"), s("Данилов"), s("Савельев"), s("Тимофеев"),
            s("Фомин"), s("Чернов"), s("Абрамов"), s("Мартынов"), s("Ефимов"), s("Федотов"), s("Щербаков"),
            s("Назаров"), s("Калинин"), s("Исаев"), s("Чернышёв"), s("Быков"), s("Маслов"), s("Родионов"),
            s("Коновалов"), s("Лазарев"), s("Воронин"), s("Климов"), s("Филатов"), s("Пономарёв"), s("Голубев"),
            s("Кудрявцев"), s("Прохоров"), s("Наумов"), s("Потапов"), s("Журавлёв"), s("Овчинников"),
            s("Трофимов"), s("Леонов"), s("Соболев"), s("Ермаков"), s("Колесников"), s("Гончаров"), s("Емельянов"),
            s("Никифоров"), s("Грачёв"), s("Котов"), s("Гришин"), s("Ефремов"), s("Архипов"), s("Громов"),
            s("Кириллов"), s("Малышев"), s("Панов"), s("Моисеев"), s("Румянцев"), s("Акимов"), s("Кондратьев"),
            s("Бирюков"), s("Горбунов"), s("Анисимов"), s("Ерёмин"), s("Тихомиров"), s("Галкин"), s("Лукьянов"),
            s("Михеев"), s("Скворцов"), s("Юдин"), s("Белоусов"), s("Нестеров"), s("Симонов"), s("Прокофьев"),
            s("Харитонов"), s("Князев"), s("Цветков"), s("Левин"), s("Митрофанов"), s("Воронцов"), s("Шубин"),
            s("Островский"), s("Покровский"), s("Вишневский"), s("Соколовский"), s("Успенский"), s("Троицкий"),
            new Surname("Шевченко", "Шевченко"), new Surname("Коваленко", "Коваленко"), new Surname("Ким", "Ким"),
            new Surname("Черных", "Черных"), new Surname("Седых", "Седых"), new Surname("Долгих", "Долгих"),
            new Surname("Толстой", "Толстая"), new Surname("Гладкий", "Гладкая"));

    private RussianNames() {
    }

    /** Masculine surname with its regular feminine form (-ов/-ев/-ин → +а, -ский → -ская). */
    private static Surname s(String masculine) {
        if (masculine.endsWith("ский")) {
            return new Surname(masculine, masculine.substring(0, masculine.length() - 4) + "ская");
        }
        return new Surname(masculine, masculine + "а");
    }

    static Surname surname(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size()));
    }

    static MaleName male(Random random) {
        return MALE.get(random.nextInt(MALE.size()));
    }

    static String female(Random random) {
        return FEMALE.get(random.nextInt(FEMALE.size()));
    }

    /** Latin transliteration for logins (simplified ICAO/passport style, lower case). */
    static String transliterate(String cyrillic) {
        StringBuilder latin = new StringBuilder();
        for (char c : cyrillic.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            latin.append(switch (c) {
                case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "g"; case 'д' -> "d";
                case 'е' -> "e"; case 'ё' -> "e"; case 'ж' -> "zh"; case 'з' -> "z"; case 'и' -> "i";
                case 'й' -> "i"; case 'к' -> "k"; case 'л' -> "l"; case 'м' -> "m"; case 'н' -> "n";
                case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s"; case 'т' -> "t";
                case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "kh"; case 'ц' -> "ts"; case 'ч' -> "ch";
                case 'ш' -> "sh"; case 'щ' -> "shch"; case 'ъ' -> "ie"; case 'ы' -> "y"; case 'ь' -> "";
                case 'э' -> "e"; case 'ю' -> "iu"; case 'я' -> "ia";
                default -> Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : "";
            });
        }
        return latin.toString();
    }
}
