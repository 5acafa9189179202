package org.ejournal.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ejournal.api.imports.ImportFile;
import org.ejournal.api.imports.ImportKind;
import org.ejournal.api.imports.ImportProblem;
import org.junit.jupiter.api.Test;

/** The CSV and XLSX readers, header recognition and cell parsing, without a database. */
class ReadersTest {

    @Test
    void utf8WithBomAndCommas() throws Exception {
        byte[] bytes = SampleFiles.csv(List.of(List.of("Фамилия", "Имя"), List.of("Ёлкин", "Иван")), ',',
                StandardCharsets.UTF_8, true);
        Sheet sheet = CsvReader.read("a.csv", bytes);
        assertEquals(List.of("Фамилия", "Имя"), sheet.rows().get(0).cells(), "BOM dropped, not part of the first title");
        assertEquals(List.of("Ёлкин", "Иван"), sheet.rows().get(1).cells());
    }

    @Test
    void windows1251WithSemicolons() throws Exception {
        byte[] bytes = "Фамилия;Имя;Класс\r\nЖуков;Семён;5А\r\n".getBytes(CsvReader.WINDOWS_1251);
        Sheet sheet = CsvReader.read("a.csv", bytes);
        assertEquals(List.of("Жуков", "Семён", "5А"), sheet.rows().get(1).cells());
        assertEquals(2, sheet.rows().get(1).number());
    }

    @Test
    void quotedFieldsWithSeparatorQuotesAndLineBreaks() throws Exception {
        String text = "Класс;Предмет;Учитель;Часов в неделю\n5А;\"Русский язык; литература\";\"Иванова \"\"Мария\"\"\";\"1,5\"\n"
                + "\n5Б;\"Многострочный\nпредмет\";Петров Пётр;2\n";
        Sheet sheet = CsvReader.read("a.csv", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("5А", "Русский язык; литература", "Иванова \"Мария\"", "1,5"), sheet.rows().get(1).cells());
        assertEquals("Многострочный\nпредмет", sheet.rows().get(2).cell(1));
        assertEquals(4, sheet.rows().get(2).number(), "the blank line is skipped, numbering follows the file's lines");
        assertEquals(3, sheet.rows().size());
    }

    @Test
    void separatorIsTheOneOfTheHeaderLine() {
        assertEquals(',', CsvReader.separator("Класс,Предмет,Учитель;x\n1;2;3;4;5"));
        assertEquals(';', CsvReader.separator("\"a,b,c\";d;e\n"));
    }

    @Test
    void anUnclosedQuoteIsAFileProblem() {
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> CsvReader.read("a.csv", "Класс;Предмет\n\"5А;x\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.error.csvQuote", e.key());
        assertEquals(List.of("2"), e.arguments());
    }

    @Test
    void xlsxSheetsCellsNumbersAndDates() throws Exception {
        byte[] xlsx = new XlsxWriter().sheet("Ученики", List.of(
                        List.of("Фамилия", "Имя", "Дата рождения", "Класс", "Родитель 1 телефон"),
                        List.of("Абрамова", "Софья", "=date:42067", "5А", "=num:79001234567"),
                        List.of(),
                        List.of("Белов", "", "", "=num:5", "=num:2.50")))
                .sheet("Пустой", List.of()).toBytes();
        List<Sheet> sheets = XlsxReader.read("a.xlsx", xlsx);
        assertEquals(1, sheets.size() - (sheets.get(1).rows().isEmpty() ? 1 : 0));
        Sheet s = sheets.get(0);
        assertEquals("Ученики", s.name());
        assertEquals(List.of("Абрамова", "Софья", "04.03.2015", "5А", "79001234567"), s.rows().get(1).cells());
        assertEquals(4, s.rows().get(2).number(), "empty row 3 skipped, numbers as Excel shows them");
        assertEquals(List.of("Белов", "", "", "5", "2.5"), s.rows().get(2).cells());
    }

    @Test
    void notAWorkbookIsAFileProblem() {
        List<ImportProblem> problems = new ArrayList<>();
        Reading.read(List.of(new ImportFile("x.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}),
                new ImportFile("old.xls", new byte[] {1, 2}), new ImportFile("e.csv", new byte[0]),
                new ImportFile("w.csv", "Кличка;Порода\nШарик;дворняга\n".getBytes(StandardCharsets.UTF_8))), problems);
        assertEquals(List.of("import.error.notXlsx", "import.error.oldXls", "import.error.emptyFile",
                "import.error.unknownHeader"), problems.stream().map(ImportProblem::key).toList());
    }

    @Test
    void kindsAreRecognisedFromHeadersAndMissingColumnsNamed() {
        List<ImportProblem> problems = new ArrayList<>();
        List<Reading.Table> tables = Reading.read(List.of(
                new ImportFile("1.csv", "ФАМИЛИЯ*;Имя;Отчество;Должность\n".getBytes(StandardCharsets.UTF_8)),
                new ImportFile("2.csv", "Класс;Кл. руководитель\n5А;\n".getBytes(StandardCharsets.UTF_8)),
                new ImportFile("3.csv", "Класс;Предмет;Учитель\n5А;Математика;Иванова Мария\n".getBytes(StandardCharsets.UTF_8)),
                new ImportFile("4.csv", "Фамилия,Имя,Пол,Дата рождения,Класс\n".getBytes(StandardCharsets.UTF_8))),
                problems);
        assertEquals(List.of(ImportKind.STAFF, ImportKind.CLASSES, ImportKind.STUDENTS),
                tables.stream().map(Reading.Table::kind).toList());
        assertEquals(1, problems.size());
        assertEquals("import.error.missingColumn", problems.get(0).key());
        assertEquals("Часов в неделю", problems.get(0).column());
        assertEquals("Нагрузка", problems.get(0).sheet());
    }

    @Test
    void titleRowsAboveTheHeaderAreSkipped() {
        List<ImportProblem> problems = new ArrayList<>();
        byte[] xlsx = new XlsxWriter().sheet("Лист1", List.of(
                List.of("Список обучающихся МБОУ СОШ № 7"),
                List.of("на 01.09.2026"),
                List.of("Фамилия", "Имя", "Пол", "Класс"),
                List.of("Белов", "Артём", "М", "5А"))).toBytes();
        List<Reading.Table> tables = Reading.read(List.of(new ImportFile("export.xlsx", xlsx)), problems);
        assertEquals(List.of(), problems);
        assertEquals(ImportKind.STUDENTS, tables.get(0).kind());
        assertEquals(1, tables.get(0).data().size());
        assertEquals(4, tables.get(0).data().get(0).number());
        assertEquals("5А", tables.get(0).get(tables.get(0).data().get(0), Layout.Col.CLASS));
    }

    @Test
    void cellValues() {
        assertEquals(LocalDate.of(2015, 3, 4), StoreImportService.parseDate("04.03.2015"));
        assertEquals(LocalDate.of(2015, 3, 4), StoreImportService.parseDate("4.3.2015"));
        assertNull(StoreImportService.parseDate("31.02.2015"));
        assertNull(StoreImportService.parseDate("2015/03/04"));
        assertEquals(List.of(5, "А"), List.of(StoreImportService.parseClass("5 а")));
        assertEquals(List.of(11, "Б"), List.of(StoreImportService.parseClass("11-Б")));
        assertNull(StoreImportService.parseClass("пятый"));
        assertEquals("F", StoreImportService.parseGender("жен."));
        assertEquals("M", StoreImportService.parseGender("М"));
        assertNull(StoreImportService.parseGender("X"));
        assertEquals("F", StoreImportService.genderOfPatronymic("Ильинична"));
        assertEquals("M", StoreImportService.genderOfPatronymic("Ильич"));
        assertEquals(new BigDecimal("1.5"), StoreImportService.parseHours("1,5"));
        assertNull(StoreImportService.parseHours("-2"));
        assertNull(StoreImportService.parseHours("1.25"));
        assertNull(StoreImportService.parseHours("много"));
        assertEquals("GUARDIAN", StoreImportService.parseRelation("Опекун"));
    }
}
