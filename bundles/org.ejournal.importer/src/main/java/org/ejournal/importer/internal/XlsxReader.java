package org.ejournal.importer.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small XLSX (Office Open XML workbook) reader on the JDK alone: the zip, the workbook's sheet list,
 * shared strings, cell styles (to tell dates from numbers) and the cell values of every worksheet. No
 * formulas are evaluated (their cached value is read), no DTDs or external entities are resolved, and
 * the unpacked size is capped so a crafted file cannot exhaust memory.
 *
 * <p>Numbers are given as plain text («5», «2.5», «79001234567»); a number in a date format becomes
 * «dd.MM.yyyy».
 */
final class XlsxReader {

    /** Unpacked bytes read at most (all parts together). */
    static final long MAX_UNPACKED = 100L * 1024 * 1024;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxReader() {
    }

    /** Whether the bytes start like a zip file (an XLSX is one). */
    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static List<Sheet> read(String fileName, byte[] bytes) throws FileFormatException {
        Map<String, byte[]> parts = unzip(bytes);
        byte[] workbook = parts.get("xl/workbook.xml");
        if (workbook == null) {
            throw new FileFormatException("import.error.notXlsx");
        }
        try {
            Map<String, String> targets = relationships(parts.get("xl/_rels/workbook.xml.rels"));
            List<String> shared = sharedStrings(parts.get("xl/sharedStrings.xml"));
            List<Boolean> dateStyles = dateStyles(parts.get("xl/styles.xml"));
            List<Sheet> sheets = new ArrayList<>();
            for (Map.Entry<String, String> sheet : sheetIds(workbook).entrySet()) {
                String target = targets.get(sheet.getValue());
                if (target == null) {
                    continue;
                }
                String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                byte[] xml = parts.get(path);
                if (xml != null) {
                    sheets.add(new Sheet(fileName, sheet.getKey(), rows(xml, shared, dateStyles)));
                }
            }
            return sheets;
        } catch (XMLStreamException | RuntimeException e) {
            throw new FileFormatException("import.error.notXlsx");
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws FileFormatException {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                boolean wanted = name.equals("xl/workbook.xml") || name.equals("xl/_rels/workbook.xml.rels")
                        || name.equals("xl/sharedStrings.xml") || name.equals("xl/styles.xml")
                        || name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                if (!wanted) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNPACKED) {
                        throw new FileFormatException("import.error.tooLarge");
                    }
                    out.write(buffer, 0, n);
                }
                parts.put(name, out.toByteArray());
            }
        } catch (IOException e) {
            throw new FileFormatException("import.error.notXlsx");
        }
        return parts;
    }

    private static XMLStreamReader xml(byte[] bytes) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        InputStream in = new ByteArrayInputStream(bytes);
        return factory.createXMLStreamReader(in);
    }

    /** Sheet name → relationship id, in workbook order. */
    private static Map<String, String> sheetIds(byte[] workbook) throws XMLStreamException {
        Map<String, String> sheets = new LinkedHashMap<>();
        XMLStreamReader r = xml(workbook);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                sheets.put(r.getAttributeValue(null, "name"), r.getAttributeValue(REL_NS, "id"));
            }
        }
        return sheets;
    }

    private static Map<String, String> relationships(byte[] rels) throws XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        if (rels == null) {
            return targets;
        }
        XMLStreamReader r = xml(rels);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                targets.put(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Target"));
            }
        }
        return targets;
    }

    private static List<String> sharedStrings(byte[] bytes) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        if (bytes == null) {
            return strings;
        }
        XMLStreamReader r = xml(bytes);
        StringBuilder current = null;
        int phonetic = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> current = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String text = r.getElementText();
                        if (current != null && phonetic == 0) {
                            current.append(text);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("si") && current != null) {
                    strings.add(current.toString());
                    current = null;
                } else if (r.getLocalName().equals("rPh")) {
                    phonetic--;
                }
            }
        }
        return strings;
    }

    /** For each cell style index (cellXfs): whether its number format shows a date. */
    private static List<Boolean> dateStyles(byte[] bytes) throws XMLStreamException {
        List<Boolean> styles = new ArrayList<>();
        if (bytes == null) {
            return styles;
        }
        Map<Integer, String> custom = new HashMap<>();
        XMLStreamReader r = xml(bytes);
        boolean inCellXfs = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "numFmt" -> custom.put(Integer.parseInt(r.getAttributeValue(null, "numFmtId")),
                            r.getAttributeValue(null, "formatCode"));
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            String id = r.getAttributeValue(null, "numFmtId");
                            styles.add(isDateFormat(id == null ? 0 : Integer.parseInt(id), custom));
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                inCellXfs = false;
            }
        }
        return styles;
    }

    static boolean isDateFormat(int id, Map<Integer, String> custom) {
        if (id >= 14 && id <= 22 || id >= 45 && id <= 47) {
            return true;
        }
        String code = custom.get(id);
        if (code == null) {
            return false;
        }
        // Drop quoted text and [colour]/[locale] sections, then look for day, month or year letters.
        String plain = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
        return plain.contains("d") || plain.contains("y") || plain.contains("m") && !plain.contains("h");
    }

    private static List<Sheet.Row> rows(byte[] bytes, List<String> shared, List<Boolean> dateStyles)
            throws XMLStreamException {
        List<Sheet.Row> rows = new ArrayList<>();
        XMLStreamReader r = xml(bytes);
        TreeMap<Integer, String> cells = null;
        int rowNumber = 0;
        int nextColumn = 0;
        String type = null;
        int style = 0;
        int column = 0;
        String value = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        String n = r.getAttributeValue(null, "r");
                        rowNumber = n == null ? rowNumber + 1 : Integer.parseInt(n);
                        cells = new TreeMap<>();
                        nextColumn = 0;
                    }
                    case "c" -> {
                        String ref = r.getAttributeValue(null, "r");
                        column = ref == null ? nextColumn : columnIndex(ref);
                        nextColumn = column + 1;
                        type = r.getAttributeValue(null, "t");
                        String s = r.getAttributeValue(null, "s");
                        style = s == null ? 0 : Integer.parseInt(s);
                        value = null;
                    }
                    case "v" -> value = r.getElementText();
                    case "t" -> value = (value == null ? "" : value) + r.getElementText();
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "c" -> {
                        if (cells != null && value != null) {
                            cells.put(column, cellText(type, value, style, shared, dateStyles));
                        }
                    }
                    case "row" -> {
                        if (cells != null && !cells.isEmpty()) {
                            List<String> list = new ArrayList<>();
                            for (int i = 0; i <= cells.lastKey(); i++) {
                                list.add(cells.getOrDefault(i, "").strip());
                            }
                            Sheet.Row row = new Sheet.Row(rowNumber, List.copyOf(list));
                            if (!row.blank()) {
                                rows.add(row);
                            }
                        }
                        cells = null;
                    }
                    default -> { }
                }
            }
        }
        return rows;
    }

    private static String cellText(String type, String value, int style, List<String> shared, List<Boolean> dateStyles) {
        if ("s".equals(type)) {
            return shared.get(Integer.parseInt(value.strip()));
        }
        if (type == null || "n".equals(type)) {
            if (value.isBlank()) {
                return "";
            }
            BigDecimal number = new BigDecimal(value.strip());
            if (style < dateStyles.size() && dateStyles.get(style)) {
                return EXCEL_EPOCH.plusDays(number.longValue()).format(DATE);
            }
            number = number.stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        }
        if ("b".equals(type)) {
            return "1".equals(value.strip()) ? "ИСТИНА" : "ЛОЖЬ";
        }
        return value; // str, inlineStr, e (error text)
    }

    /** "B12" → 1 */
    static int columnIndex(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}
