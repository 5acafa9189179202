package org.ejournal.importer.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejournal.api.imports.ImportKind;

/**
 * The columns of each kind of table, their titles as a user writes them (with accepted variants), and
 * the recognition of a table's kind from its sheet name or its header row.
 */
final class Layout {

    /** A column: its title as shown in messages and the sample file, variants, and whether it is required. */
    enum Col {
        LAST_NAME("Фамилия", true),
        FIRST_NAME("Имя", true),
        MIDDLE_NAME("Отчество", false),
        GENDER("Пол", false, "пол (м/ж)"),
        POSITION("Должность", true),
        EMAIL("Email", false, "e-mail", "электронная почта", "эл. почта", "почта"),
        PHONE("Телефон", false, "тел", "телефон (мобильный)"),
        CLASS("Класс", true),
        CLASS_TEACHER("Классный руководитель", false, "кл. руководитель", "классный руководитель (фио)"),
        BIRTH_DATE("Дата рождения", false),
        CONSENT_DATE("Согласие на обработку ПДн", false, "дата согласия", "согласие на обработку пдн (дата)",
                "согласие на обработку персональных данных", "согласие"),
        PARENT1_NAME("Родитель 1 ФИО", false, "родитель 1"),
        PARENT1_RELATION("Родитель 1 кем приходится", false, "родитель 1 степень родства", "родитель 1 родство"),
        PARENT1_PHONE("Родитель 1 телефон", false),
        PARENT1_EMAIL("Родитель 1 email", false, "родитель 1 e-mail", "родитель 1 почта"),
        PARENT2_NAME("Родитель 2 ФИО", false, "родитель 2"),
        PARENT2_RELATION("Родитель 2 кем приходится", false, "родитель 2 степень родства", "родитель 2 родство"),
        PARENT2_PHONE("Родитель 2 телефон", false),
        PARENT2_EMAIL("Родитель 2 email", false, "родитель 2 e-mail", "родитель 2 почта"),
        SUBJECT("Предмет", true),
        TEACHER("Учитель", true, "учитель (фио)", "педагог"),
        HOURS("Часов в неделю", true, "часы", "часов", "часы в неделю", "нагрузка");

        final String title;
        final boolean required;
        final String[] variants;

        Col(String title, boolean required, String... variants) {
            this.title = title;
            this.required = required;
            this.variants = variants;
        }
    }

    static final Map<ImportKind, List<Col>> COLUMNS = new EnumMap<>(Map.of(
            ImportKind.STAFF, List.of(Col.LAST_NAME, Col.FIRST_NAME, Col.MIDDLE_NAME, Col.GENDER, Col.POSITION,
                    Col.EMAIL, Col.PHONE),
            ImportKind.CLASSES, List.of(Col.CLASS, Col.CLASS_TEACHER),
            ImportKind.STUDENTS, List.of(Col.LAST_NAME, Col.FIRST_NAME, Col.MIDDLE_NAME, Col.GENDER, Col.BIRTH_DATE,
                    Col.CLASS, Col.CONSENT_DATE, Col.PARENT1_NAME, Col.PARENT1_RELATION, Col.PARENT1_PHONE,
                    Col.PARENT1_EMAIL, Col.PARENT2_NAME, Col.PARENT2_RELATION, Col.PARENT2_PHONE, Col.PARENT2_EMAIL),
            ImportKind.ASSIGNMENTS, List.of(Col.CLASS, Col.SUBJECT, Col.TEACHER, Col.HOURS)));

    /** Sheet names of the workbook (and of the sample file), Russian. */
    static final Map<ImportKind, String> SHEET_NAMES = new EnumMap<>(Map.of(
            ImportKind.STAFF, "Сотрудники",
            ImportKind.CLASSES, "Классы",
            ImportKind.STUDENTS, "Ученики",
            ImportKind.ASSIGNMENTS, "Нагрузка"));

    private static final Map<String, ImportKind> SHEET_VARIANTS = new HashMap<>();

    static {
        SHEET_NAMES.forEach((kind, name) -> SHEET_VARIANTS.put(normalize(name), kind));
        SHEET_VARIANTS.put("персонал", ImportKind.STAFF);
        SHEET_VARIANTS.put("педагоги", ImportKind.STAFF);
        SHEET_VARIANTS.put("обучающиеся", ImportKind.STUDENTS);
        SHEET_VARIANTS.put("учащиеся", ImportKind.STUDENTS);
        SHEET_VARIANTS.put("контингент", ImportKind.STUDENTS);
        SHEET_VARIANTS.put("нагрузка учителей", ImportKind.ASSIGNMENTS);
        SHEET_VARIANTS.put("учебная нагрузка", ImportKind.ASSIGNMENTS);
        SHEET_VARIANTS.put("распределение нагрузки", ImportKind.ASSIGNMENTS);
    }

    private Layout() {
    }

    /** Lower case, ё→е, punctuation (":", "*", "()", "-", ".") to spaces, single spaces, trimmed. */
    static String normalize(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\u00a0', ' ');
        t = t.replaceAll("[*:;,_()\\[\\]\"«»]", " ").replaceAll("\\s+", " ").strip();
        return t;
    }

    /** The column a header cell names, if any. */
    static Col column(String header) {
        String h = normalize(header);
        if (h.isEmpty()) {
            return null;
        }
        for (Col c : Col.values()) {
            if (normalize(c.title).equals(h)) {
                return c;
            }
            for (String v : c.variants) {
                if (normalize(v).equals(h)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The kind named by a sheet name, or {@code null}. */
    static ImportKind kindOfSheet(String sheetName) {
        return sheetName == null ? null : SHEET_VARIANTS.get(normalize(sheetName));
    }

    /**
     * The kind a header row describes: the columns only that kind has decide (Предмет → нагрузка,
     * Должность → сотрудники, Фамилия with Класс → ученики, Класс alone → классы); {@code null} if none.
     */
    static ImportKind kindOfHeader(Map<Col, Integer> columns) {
        if (columns.containsKey(Col.SUBJECT) || columns.containsKey(Col.HOURS)) {
            return ImportKind.ASSIGNMENTS;
        }
        if (columns.containsKey(Col.POSITION)) {
            return ImportKind.STAFF;
        }
        if (columns.containsKey(Col.LAST_NAME) && columns.containsKey(Col.CLASS)) {
            return ImportKind.STUDENTS;
        }
        if (columns.containsKey(Col.CLASS) && !columns.containsKey(Col.LAST_NAME)) {
            return ImportKind.CLASSES;
        }
        return null;
    }
}
