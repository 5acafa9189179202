package org.ejournal.scheduler.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Report parameters as a JSON object of strings ({@code {"classId":"12"}}), the form kept in
 * {@code report_schedule.parameters}. Only this flat shape is written and read, so a few lines
 * replace a JSON library in the bundle.
 */
final class FlatJson {

    private FlatJson() {
    }

    /** Writes the map with sorted keys, so equal maps give equal text. */
    static String write(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(entry.getKey(), out);
            out.append(':');
            quote(entry.getValue(), out);
        }
        return out.append('}').toString();
    }

    /** Reads what {@link #write} wrote (any JSON object whose values are all strings). */
    static Map<String, String> read(String json) {
        Parser parser = new Parser(json);
        Map<String, String> values = new LinkedHashMap<>();
        parser.skipSpace();
        parser.expect('{');
        parser.skipSpace();
        if (parser.peek() == '}') {
            parser.next();
            return values;
        }
        while (true) {
            parser.skipSpace();
            String key = parser.string();
            parser.skipSpace();
            parser.expect(':');
            parser.skipSpace();
            values.put(key, parser.string());
            parser.skipSpace();
            char c = parser.next();
            if (c == '}') {
                return values;
            }
            if (c != ',') {
                throw new IllegalArgumentException("Expected , or } at " + parser.position + " in " + json);
            }
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        char peek() {
            if (position >= text.length()) {
                throw new IllegalArgumentException("Unexpected end of " + text);
            }
            return text.charAt(position);
        }

        char next() {
            char c = peek();
            position++;
            return c;
        }

        void expect(char wanted) {
            if (next() != wanted) {
                throw new IllegalArgumentException("Expected " + wanted + " at " + (position - 1) + " in " + text);
            }
        }

        void skipSpace() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return value.toString();
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escaped = next();
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> value.append(escaped);
                }
            }
        }
    }
}
