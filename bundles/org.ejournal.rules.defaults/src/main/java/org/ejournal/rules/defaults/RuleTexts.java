package org.ejournal.rules.defaults;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * The rules' Russian texts from {@code org/ejournal/rules/defaults/messages.properties} (UTF-8), next to this
 * class — not {@code l10n/}: the verdict carries the resolved text, and a package-relative name cannot be
 * shadowed by another bundle's (or, in tests, another jar's) {@code l10n/messages.properties}.
 */
final class RuleTexts {

    private static final Properties RUSSIAN = load("messages.properties");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RuleTexts() {
    }

    static String text(String key, Object... args) {
        String pattern = RUSSIAN.getProperty(key, key);
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = args[i] instanceof LocalDate d ? DATE.format(d) : args[i];
        }
        return new MessageFormat(pattern, Locale.forLanguageTag("ru")).format(formatted);
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = RuleTexts.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
