package org.ejournal.importer.internal;

import java.util.List;

/**
 * A table read from a file: an XLSX worksheet or a whole CSV file. The first non-empty row is the
 * header.
 *
 * @param file the file name
 * @param name the sheet name (XLSX) or "" for CSV
 * @param rows non-empty rows in file order
 */
record Sheet(String file, String name, List<Row> rows) {

    /**
     * One row.
     *
     * @param number the row number as a spreadsheet shows it (for CSV: the line the record starts on)
     * @param cells  the cell texts, stripped; missing cells are ""
     */
    record Row(int number, List<String> cells) {
        String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index);
        }

        boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }
}
