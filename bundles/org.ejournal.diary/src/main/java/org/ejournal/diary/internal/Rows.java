package org.ejournal.diary.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.cayenne.DataRow;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.SQLSelect;
import org.ejournal.api.roster.PersonName;

/** Small helpers for plain-SQL reads through Cayenne. */
final class Rows {

    private Rows() {
    }

    static List<DataRow> select(ObjectContext context, String sql, Map<String, ?> params) {
        SQLSelect<DataRow> query = SQLSelect.dataRowQuery(sql).lowerColumnNames();
        params.forEach((k, v) -> query.param(k, v instanceof LocalDate d ? Date.valueOf(d) : v));
        return query.select(context);
    }

    static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static int asInt(Object value, int otherwise) {
        return value == null ? otherwise : ((Number) value).intValue();
    }

    static String asString(Object value) {
        return value == null ? "" : value.toString();
    }

    static LocalDate asDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    static LocalDateTime asDateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof java.util.Date d) {
            return new Timestamp(d.getTime()).toLocalDateTime();
        }
        return LocalDateTime.parse(value.toString().replace(' ', 'T'));
    }

    static PersonName name(DataRow row, String prefix) {
        return new PersonName(asString(row.get(prefix + "last_name")), asString(row.get(prefix + "first_name")),
                asString(row.get(prefix + "middle_name")));
    }

    /** Russian collation of names (Ё with Е, case ignored); a new instance per use (not thread-safe). */
    static Collator russian() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
