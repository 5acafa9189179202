package org.ejournal.api.imports;

/** What a sheet or a CSV file holds; applied in this order (staff first: classes name class teachers). */
public enum ImportKind {
    /** «Сотрудники»: ФИО, пол, должность, email, телефон. */
    STAFF,
    /** «Классы»: параллель 1–11, буква, классный руководитель. */
    CLASSES,
    /** «Ученики»: ФИО, пол, дата рождения, класс, согласие, родители. */
    STUDENTS,
    /** «Нагрузка»: класс, предмет, учитель, часов в неделю. */
    ASSIGNMENTS
}
