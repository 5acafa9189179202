package org.ejournal.importer.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as spreadsheets and 1С save it in Russia: the encoding is UTF-8 when the bytes are
 * valid UTF-8 (a BOM is dropped), otherwise Windows-1251; the separator is «;» or «,», whichever
 * occurs more often in the first line outside quotes; fields may be quoted with {@code "}, a quote
 * inside doubled, line breaks inside quotes kept.
 */
final class CsvReader {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private CsvReader() {
    }

    /** The text of the bytes in the detected encoding. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1251);
        }
    }

    /** The separator of the text: «;» or «,» by count in the first line outside quotes («;» on a tie). */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    static Sheet read(String fileName, byte[] bytes) throws FileFormatException {
        String text = decode(bytes);
        char sep = separator(text);
        List<Sheet.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == sep) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                cell.setLength(0);
                addRow(rows, rowStart, cells);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new FileFormatException("import.error.csvQuote", String.valueOf(rowStart));
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString().strip());
            addRow(rows, rowStart, cells);
        }
        return new Sheet(fileName, "", rows);
    }

    private static void addRow(List<Sheet.Row> rows, int number, List<String> cells) {
        Sheet.Row row = new Sheet.Row(number, List.copyOf(cells));
        if (!row.blank()) {
            rows.add(row);
        }
    }
}
