package org.ejournal.host.osgi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader of the OSGi {@code Export-Package} header: package names and their {@code version}
 * attribute. Directives such as {@code uses:="a,b"} are skipped (commas inside quotes do not split).
 */
final class ExportPackageHeader {

    private ExportPackageHeader() {
    }

    /**
     * Package name to its versions, in header order; a clause without a version contributes
     * {@code null}. A package may be exported at several versions (slf4j 2 also exports its 1.7 API).
     */
    static Map<String, List<String>> parse(String header) {
        Map<String, List<String>> packages = new LinkedHashMap<>();
        if (header == null) {
            return packages;
        }
        for (String clause : splitOutsideQuotes(header, ',')) {
            List<String> names = new ArrayList<>();
            String version = null;
            for (String part : splitOutsideQuotes(clause, ';')) {
                String p = part.trim();
                int eq = p.indexOf('=');
                if (eq < 0) {
                    if (!p.isEmpty()) {
                        names.add(p);
                    }
                } else if (p.charAt(eq - 1) != ':' && "version".equals(p.substring(0, eq).trim())) {
                    version = unquote(p.substring(eq + 1).trim());
                }
            }
            for (String name : names) {
                List<String> versions = packages.computeIfAbsent(name, n -> new ArrayList<>());
                if (!versions.contains(version)) {
                    versions.add(version);
                }
            }
        }
        return packages;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
