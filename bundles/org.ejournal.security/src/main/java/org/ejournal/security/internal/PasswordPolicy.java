package org.ejournal.security.internal;

import java.util.Locale;

import org.ejournal.api.ValidationException;
import org.ejournal.api.security.AuthenticationService;

/**
 * The password policy, in one place: at least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH}
 * characters, at least one letter and one digit, not the login. "Not the current password" needs the
 * stored hash and is checked by the account service. Each violation has its own Russian message
 * ({@code error.password.*}, this bundle's l10n).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 100;

    private PasswordPolicy() {
    }

    /** @throws ValidationException with the first rule the password breaks */
    static void check(String login, char[] password) {
        String p = password == null ? "" : new String(password);
        if (p.length() < MIN_LENGTH) {
            throw new ValidationException(AuthenticationService.PASSWORD_TOO_SHORT, MIN_LENGTH);
        }
        if (p.length() > MAX_LENGTH) {
            throw new ValidationException(AuthenticationService.PASSWORD_TOO_LONG, MAX_LENGTH);
        }
        boolean letter = p.codePoints().anyMatch(Character::isLetter);
        boolean digit = p.codePoints().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new ValidationException(AuthenticationService.PASSWORD_LETTERS_AND_DIGITS);
        }
        if (login != null && p.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            throw new ValidationException(AuthenticationService.PASSWORD_EQUALS_LOGIN);
        }
    }
}
