package org.ejournal.importer.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ejournal.api.imports.ImportFile;
import org.ejournal.api.imports.ImportKind;
import org.ejournal.api.imports.ImportProblem;

/**
 * Turns uploaded files into typed tables: reads XLSX or CSV, recognises each table's kind (sheet name,
 * else header row), maps the header cells to columns. Files or sheets that cannot be used become
 * problems.
 */
final class Reading {

    /** A table of one kind with its header mapped: column → cell index. */
    record Table(ImportKind kind, Sheet sheet, Map<Layout.Col, Integer> columns, List<Sheet.Row> data) {
        String get(Sheet.Row row, Layout.Col col) {
            Integer index = columns.get(col);
            return index == null ? "" : row.cell(index);
        }

        String sheetName() {
            return sheet.name().isEmpty() ? Layout.SHEET_NAMES.get(kind) : sheet.name();
        }
    }

    /** How many top rows may precede the header (titles, dates, notes of an export). */
    static final int HEADER_SEARCH_ROWS = 10;

    private Reading() {
    }

    static List<Table> read(List<ImportFile> files, List<ImportProblem> problems) {
        List<Table> tables = new ArrayList<>();
        for (ImportFile file : files) {
            String lower = file.name().toLowerCase(Locale.ROOT);
            try {
                if (file.content().length == 0) {
                    throw new FileFormatException("import.error.emptyFile");
                }
                if (lower.endsWith(".xlsx") || XlsxReader.looksLikeZip(file.content())) {
                    boolean any = false;
                    for (Sheet sheet : XlsxReader.read(file.name(), file.content())) {
                        Table t = table(sheet, problems, true);
                        if (t != null) {
                            tables.add(t);
                            any = true;
                        }
                    }
                    if (!any) {
                        problems.add(new ImportProblem(file.name(), "", 0, "", "import.error.noSheets", List.of()));
                    }
                } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                    Table t = table(CsvReader.read(file.name(), file.content()), problems, false);
                    if (t != null) {
                        tables.add(t);
                    }
                } else if (lower.endsWith(".xls")) {
                    throw new FileFormatException("import.error.oldXls");
                } else {
                    throw new FileFormatException("import.error.unknownFormat");
                }
            } catch (FileFormatException e) {
                problems.add(new ImportProblem(file.name(), "", 0, "", e.key(), e.arguments()));
            }
        }
        return tables;
    }

    /** A table of a sheet, or {@code null} (with a problem, unless an XLSX sheet is simply empty or foreign). */
    private static Table table(Sheet sheet, List<ImportProblem> problems, boolean workbook) {
        ImportKind byName = Layout.kindOfSheet(sheet.name());
        if (sheet.rows().isEmpty()) {
            if (!workbook || byName != null) {
                problems.add(new ImportProblem(sheet.file(), sheet.name(), 0, "", "import.error.emptyFile", List.of()));
            }
            return null;
        }
        // The header is the first of the top rows naming at least two known columns (exports often start
        // with a title such as «Список обучающихся»); without one, the first row.
        int headerIndex = 0;
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.rows().size()); r++) {
            if (knownColumns(sheet.rows().get(r)) >= 2) {
                headerIndex = r;
                break;
            }
        }
        Sheet.Row header = sheet.rows().get(headerIndex);
        Map<Layout.Col, Integer> columns = new LinkedHashMap<>();
        Set<Layout.Col> repeated = new HashSet<>();
        for (int i = 0; i < header.cells().size(); i++) {
            Layout.Col col = Layout.column(header.cell(i));
            if (col != null && columns.putIfAbsent(col, i) != null) {
                repeated.add(col);
            }
        }
        ImportKind kind = byName != null ? byName : Layout.kindOfHeader(columns);
        if (kind == null) {
            if (!workbook || !sheet.name().isEmpty() && !columns.isEmpty()) {
                problems.add(new ImportProblem(sheet.file(), sheet.name(), header.number(), "",
                        "import.error.unknownHeader", List.of(String.join(", ", header.cells()))));
            }
            return null;
        }
        boolean ok = true;
        for (Layout.Col col : repeated) {
            problems.add(new ImportProblem(sheet.file(), sheetName(sheet, kind), header.number(), col.title,
                    "import.error.repeatedColumn", List.of(col.title)));
            ok = false;
        }
        Map<Layout.Col, Integer> ofKind = new EnumMap<>(Layout.Col.class);
        for (Layout.Col col : Layout.COLUMNS.get(kind)) {
            Integer index = columns.get(col);
            if (index != null) {
                ofKind.put(col, index);
            } else if (col.required) {
                problems.add(new ImportProblem(sheet.file(), sheetName(sheet, kind), header.number(), col.title,
                        "import.error.missingColumn", List.of(col.title)));
                ok = false;
            }
        }
        return ok ? new Table(kind, sheet, ofKind, sheet.rows().subList(headerIndex + 1, sheet.rows().size())) : null;
    }

    private static int knownColumns(Sheet.Row row) {
        int known = 0;
        for (String cell : row.cells()) {
            if (Layout.column(cell) != null) {
                known++;
            }
        }
        return known;
    }

    private static String sheetName(Sheet sheet, ImportKind kind) {
        return sheet.name().isEmpty() ? Layout.SHEET_NAMES.get(kind) : sheet.name();
    }
}
