package org.ejournal.api.imports;

import java.util.List;
import java.util.Objects;

/**
 * One bad row (or a bad file) found by a dry run. The text is the message {@code key} with its
 * {@code arguments} (MessageFormat), Russian first; the position is given separately so a view can
 * show it in columns.
 *
 * @param file      the file name
 * @param sheet     the sheet name (XLSX) or the kind's sheet name for a CSV file
 * @param row       the row number as a spreadsheet shows it (header = 1), or 0 for the whole file
 * @param column    the column title as in the header row, or "" when the whole row or file is meant
 * @param key       message key, e.g. {@code import.error.unknownClass}
 * @param arguments the message's arguments, already as text
 */
public record ImportProblem(String file, String sheet, int row, String column, String key, List<String> arguments) {
    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        arguments = List.copyOf(arguments);
    }
}
