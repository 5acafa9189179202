package org.ejournal.security.internal;

import java.util.Locale;
import java.util.function.Predicate;

import org.ejournal.api.roster.PersonName;

/**
 * Logins for new accounts: the surname transliterated (the passport style the demo uses) and the
 * initials, e.g. «Абрамова Софья Игоревна» → {@code abramova.si}; a number is added while the login
 * is taken ({@code abramova.si2}, …). Logins are unique in the whole installation.
 */
final class LoginNames {

    private LoginNames() {
    }

    static String unique(PersonName name, Predicate<String> taken) {
        String base = transliterate(name.lastName());
        if (base.isEmpty()) {
            base = "user";
        }
        String initials = initial(name.firstName()) + initial(name.middleName());
        String candidate = initials.isEmpty() ? base : base + "." + initials;
        if (candidate.length() > 90) {
            candidate = candidate.substring(0, 90);
        }
        if (!taken.test(candidate)) {
            return candidate;
        }
        for (int n = 2; ; n++) {
            if (!taken.test(candidate + n)) {
                return candidate + n;
            }
        }
    }

    private static String initial(String part) {
        if (part == null || part.isBlank()) {
            return "";
        }
        String t = transliterate(part.strip().substring(0, 1));
        return t.isEmpty() ? "" : t.substring(0, 1);
    }

    static String transliterate(String cyrillic) {
        StringBuilder latin = new StringBuilder();
        for (char c : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
            latin.append(switch (c) {
                case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "g"; case 'д' -> "d";
                case 'е', 'ё', 'э' -> "e"; case 'ж' -> "zh"; case 'з' -> "z"; case 'и', 'й' -> "i";
                case 'к' -> "k"; case 'л' -> "l"; case 'м' -> "m"; case 'н' -> "n";
                case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s"; case 'т' -> "t";
                case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "kh"; case 'ц' -> "ts"; case 'ч' -> "ch";
                case 'ш' -> "sh"; case 'щ' -> "shch"; case 'ъ' -> "ie"; case 'ы' -> "y"; case 'ь' -> "";
                case 'ю' -> "iu"; case 'я' -> "ia"; case '-' -> "-";
                default -> c < 128 && Character.isLetterOrDigit(c) ? String.valueOf(c) : "";
            });
        }
        return latin.toString();
    }
}
