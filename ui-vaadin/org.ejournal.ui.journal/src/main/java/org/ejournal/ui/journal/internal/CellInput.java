package org.ejournal.ui.journal.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the teacher typed into a journal cell: a mark part ("5", "4/5", "зач") and an attendance code ("Н",
 * "ОП"), in any order and case ("н", "5 оп", "5оп"). The mark part is left for the grading scale to judge;
 * the code is matched against the school's codes. A cell's text is replaced as a whole: "Н" in a cell with
 * "5" leaves "Н" (the mark is cleared), as in a spreadsheet.
 *
 * @param mark the mark part as typed ("" when none)
 * @param code the school's attendance code ("" when none)
 */
record CellInput(String mark, String code) {

    /** The input, or empty when it holds two attendance codes. */
    static Optional<CellInput> parse(String text, List<String> codes) {
        List<String> longestFirst = codes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        StringBuilder mark = new StringBuilder();
        String code = "";
        for (String token : (text == null ? "" : text.strip()).split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String found = matchCode(token, longestFirst);
            String markPart = "";
            if (found == null) {
                // "5оп": a mark with a code glued on
                for (String c : longestFirst) {
                    String upper = token.toUpperCase(Locale.ROOT);
                    String prefix = token.substring(0, Math.max(0, token.length() - c.length()));
                    if (upper.endsWith(c.toUpperCase(Locale.ROOT)) && prefix.matches("[0-9/\\\\,]+")) {
                        found = c;
                        markPart = prefix;
                        break;
                    }
                }
                if (found == null) {
                    mark.append(token);
                    continue;
                }
            }
            if (!code.isEmpty()) {
                return Optional.empty();
            }
            code = found;
            mark.append(markPart);
        }
        return Optional.of(new CellInput(mark.toString(), code));
    }

    private static String matchCode(String token, List<String> codes) {
        for (String c : codes) {
            if (c.equalsIgnoreCase(token)) {
                return c;
            }
        }
        return null;
    }

    /** The cell's text as the journal shows it: "5", "Н", "5 ОП", "4/5". */
    static String display(String mark, String code) {
        String m = mark == null ? "" : mark;
        String c = code == null ? "" : code;
        if (c.isEmpty()) {
            return m;
        }
        return m.isEmpty() ? c : m + " " + c;
    }
}
