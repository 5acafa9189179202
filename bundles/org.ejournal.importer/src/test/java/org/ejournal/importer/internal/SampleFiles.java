package org.ejournal.importer.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample import files that ship in {@code docs/samples} (and in the «Импорт» view for download):
 * a small school — 7 staff, classes 1А, 5А, 5Б, 12 students with parents (siblings share a mother;
 * some with a consent and a birth date), teaching assignments. {@code import-sample-errors.xlsx} is the
 * same workbook with 9 deliberately broken rows for the demo. The CSV files carry the same data, one
 * kind per file, in the encodings and separators schools meet: UTF-8 with BOM, UTF-8, Windows-1251.
 *
 * <p>Regenerate after a change: {@code SampleFilesTest} with {@code -Dimport.samples.write=true}.
 */
final class SampleFiles {

    static final String XLSX = "import-sample.xlsx";
    static final String XLSX_ERRORS = "import-sample-errors.xlsx";

    static final List<String> STAFF_HEADER = List.of("Фамилия", "Имя", "Отчество", "Пол", "Должность", "Email", "Телефон");
    static final List<String> CLASSES_HEADER = List.of("Класс", "Классный руководитель");
    static final List<String> STUDENTS_HEADER = List.of("Фамилия", "Имя", "Отчество", "Пол", "Дата рождения", "Класс",
            "Согласие на обработку ПДн", "Родитель 1 ФИО", "Родитель 1 кем приходится", "Родитель 1 телефон",
            "Родитель 1 email", "Родитель 2 ФИО", "Родитель 2 кем приходится", "Родитель 2 телефон", "Родитель 2 email");
    static final List<String> ASSIGNMENTS_HEADER = List.of("Класс", "Предмет", "Учитель", "Часов в неделю");

    static List<List<String>> staff() {
        return List.of(
                List.of("Петрова", "Галина", "Сергеевна", "Ж", "директор", "petrova@school7.ru", "+7 900 100-00-01"),
                List.of("Сидорова", "Елена", "Викторовна", "Ж", "заместитель директора по УВР", "sidorova@school7.ru", ""),
                List.of("Иванова", "Мария", "Петровна", "Ж", "учитель математики", "ivanova@school7.ru", ""),
                List.of("Смирнова", "Ольга", "Ивановна", "Ж", "учитель русского языка и литературы", "", ""),
                List.of("Орлов", "Дмитрий", "Андреевич", "М", "учитель физической культуры", "", ""),
                List.of("Кузнецова", "Анна", "Сергеевна", "Ж", "учитель начальных классов", "", ""),
                List.of("Волков", "Игорь", "Николаевич", "", "учитель английского языка", "", "+7 900 100-00-07"));
    }

    static List<List<String>> classes() {
        return List.of(
                List.of("1А", "Кузнецова Анна Сергеевна"),
                List.of("5А", "Смирнова Ольга Ивановна"),
                List.of("5Б", "Орлов Дмитрий Андреевич"));
    }

    static List<List<String>> students() {
        return List.of(
                row("Абрамова", "Софья", "Игоревна", "Ж", "04.03.2015", "5А", "28.08.2026",
                        "Абрамова Наталья Викторовна", "мать", "+7 900 200-00-01", "abramova@mail.ru", "", "", "", ""),
                row("Абрамов", "Пётр", "Игоревич", "М", "", "1А", "",
                        "Абрамова Наталья Викторовна", "мать", "+7 900 200-00-01", "", "", "", "", ""),
                row("Белов", "Артём", "", "М", "", "5А", "",
                        "Белов Сергей Петрович", "отец", "+7 900 200-00-02", "", "", "", "", ""),
                row("Ёлкин", "Иван", "Петрович", "М", "17.11.2014", "5А", "30.08.2026",
                        "Ёлкина Вера Павловна", "мать", "+7 900 200-00-03", "", "Ёлкин Пётр Иванович", "отец", "", ""),
                row("Егоров", "Максим", "Олегович", "М", "", "5А", "",
                        "Егорова Ирина Юрьевна", "", "", "", "", "", "", ""),
                row("Жукова", "Дарья", "Семёновна", "Ж", "", "5А", "", "", "", "", "", "", "", "", ""),
                row("Яковлев", "Роман", "Ильич", "М", "", "5Б", "",
                        "Яковлева Ольга Николаевна", "мать", "", "", "", "", "", ""),
                row("Громов", "Кирилл", "Денисович", "М", "", "5Б", "",
                        "Громова Елена Сергеевна", "опекун", "+7 900 200-00-07", "", "", "", "", ""),
                row("Васильева", "Полина", "Андреевна", "Ж", "09.06.2015", "5Б", "01.09.2026",
                        "Васильев Андрей Михайлович", "отец", "+7 900 200-00-08", "vasiliev@mail.ru", "", "", "", ""),
                row("Морозов", "Тимофей", "", "М", "", "1А", "",
                        "Морозова Анастасия Игоревна", "мать", "", "", "", "", "", ""),
                row("Николаева", "Ева", "Максимовна", "Ж", "", "1А", "", "", "", "", "", "", "", "", ""),
                row("Орлова", "Алиса", "Дмитриевна", "Ж", "", "1А", "",
                        "Орлова Марина Олеговна", "мать", "+7 900 200-00-11", "", "", "", "", ""));
    }

    static List<List<String>> assignments() {
        return List.of(
                List.of("1А", "Математика", "Кузнецова Анна Сергеевна", "4"),
                List.of("1А", "Русский язык", "Кузнецова Анна Сергеевна", "5"),
                List.of("1А", "Литературное чтение", "Кузнецова Анна Сергеевна", "4"),
                List.of("5А", "Математика", "Иванова Мария Петровна", "5"),
                List.of("5А", "Русский язык", "Смирнова Ольга Ивановна", "5"),
                List.of("5А", "Литература", "Смирнова Ольга Ивановна", "3"),
                List.of("5А", "Английский язык", "Волков Игорь Николаевич", "3"),
                List.of("5Б", "Математика", "Иванова Мария Петровна", "5"),
                List.of("5Б", "Русский язык", "Смирнова Ольга Ивановна", "5"),
                List.of("5Б", "Физическая культура", "Орлов Дмитрий Андреевич", "2,5"));
    }

    /** The broken rows of the demo file, appended to the sheets, and what the dry run must say of each. */
    static final List<List<String>> BROKEN_STUDENTS = List.of(
            row("Новиков", "Илья", "Сергеевич", "М", "", "7В", "", "", "", "", "", "", "", "", ""),
            row("Белов", "Артём", "", "М", "", "5А", "", "", "", "", "", "", "", "", ""),
            row("Павлова", "Анна", "Олеговна", "Ж", "31.02.2015", "5Б", "01.09.2026",
                    "Павлова Ирина Петровна", "мать", "", "", "", "", "", ""),
            row("Сергеев", "", "Павлович", "М", "", "5Б", "", "", "", "", "", "", "", "", ""),
            row("Титова", "Вера", "", "X", "", "1А", "", "", "", "", "", "", "", "", ""),
            row("Фролов", "Глеб", "Ильич", "М", "12.12.2014", "5А", "", "", "", "", "", "", "", "", ""));
    static final List<List<String>> BROKEN_ASSIGNMENTS = List.of(
            List.of("5Б", "Английский язык", "Сергеев Пётр Ильич", "3"),
            List.of("5А", "Информатика", "Иванова Мария Петровна", "-2"));
    static final List<List<String>> BROKEN_STAFF = List.of(
            List.of("Зайцева", "Ирина", "Олеговна", "Ж", "", "", ""));

    /** (sheet, row, column, key) of each broken row in {@link #XLSX_ERRORS}, in the order the dry run lists them. */
    static List<List<String>> expectedErrors() {
        int staffRow = staff().size() + 2;
        int studentRow = students().size() + 2;
        int assignmentRow = assignments().size() + 2;
        return List.of(
                List.of("Сотрудники", String.valueOf(staffRow), "Должность", "import.error.required"),
                List.of("Ученики", String.valueOf(studentRow), "Класс", "import.error.unknownClass"),
                List.of("Ученики", String.valueOf(studentRow + 1), "Фамилия", "import.error.duplicate"),
                List.of("Ученики", String.valueOf(studentRow + 2), "Дата рождения", "import.error.badDate"),
                List.of("Ученики", String.valueOf(studentRow + 3), "Имя", "import.error.required"),
                List.of("Ученики", String.valueOf(studentRow + 4), "Пол", "import.error.badGender"),
                List.of("Ученики", String.valueOf(studentRow + 5), "Дата рождения", "import.error.noConsent"),
                List.of("Нагрузка", String.valueOf(assignmentRow), "Учитель", "import.error.unknownTeacher"),
                List.of("Нагрузка", String.valueOf(assignmentRow + 1), "Часов в неделю", "import.error.badHours"));
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    private static List<List<String>> table(List<String> header, List<List<String>> rows, List<List<String>> extra) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        all.addAll(extra);
        return all;
    }

    static byte[] workbook(boolean broken) {
        return new XlsxWriter()
                .sheet("Сотрудники", table(STAFF_HEADER, staff(), broken ? BROKEN_STAFF : List.of()))
                .sheet("Классы", table(CLASSES_HEADER, classes(), List.of()))
                .sheet("Ученики", table(STUDENTS_HEADER, students(), broken ? BROKEN_STUDENTS : List.of()))
                .sheet("Нагрузка", table(ASSIGNMENTS_HEADER, assignments(), broken ? BROKEN_ASSIGNMENTS : List.of()))
                .toBytes();
    }

    /** File name → bytes of every sample file. */
    static Map<String, byte[]> all() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(XLSX, workbook(false));
        files.put(XLSX_ERRORS, workbook(true));
        files.put("import-sample-staff.csv", csv(table(STAFF_HEADER, staff(), List.of()), ',', StandardCharsets.UTF_8, true));
        files.put("import-sample-classes.csv", csv(table(CLASSES_HEADER, classes(), List.of()), ';', StandardCharsets.UTF_8, false));
        files.put("import-sample-students-cp1251.csv",
                csv(table(STUDENTS_HEADER, students(), List.of()), ';', CsvReader.WINDOWS_1251, false));
        files.put("import-sample-assignments.csv",
                csv(table(ASSIGNMENTS_HEADER, assignments(), List.of()), ',', StandardCharsets.UTF_8, false));
        return files;
    }

    /** CSV with CRLF line ends; fields with the separator, quotes or line breaks quoted. */
    static byte[] csv(List<List<String>> rows, char separator, Charset charset, boolean bom) {
        StringBuilder s = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                if (i > 0) {
                    s.append(separator);
                }
                if (v.indexOf(separator) >= 0 || v.contains("\"") || v.contains("\n")) {
                    s.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    s.append(v);
                }
            }
            s.append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(s.toString().getBytes(charset));
        return out.toByteArray();
    }
}
