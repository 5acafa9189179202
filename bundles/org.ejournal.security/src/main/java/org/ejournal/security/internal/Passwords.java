package org.ejournal.security.internal;

import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Password hashes and one-time passwords. Hashes are bcrypt ("2y", cost 10) in Shiro 2's crypt format
 * ({@code $shiro2$2y$10$…}), the format the demo data and earlier versions wrote; bare bcrypt strings
 * ({@code $2a$}, {@code $2b$}, {@code $2y$}) written by other tools verify too. BouncyCastle's
 * {@link OpenBSDBCrypt} does the work (the same code Shiro's bcrypt uses).
 */
final class Passwords {

    static final String SHIRO_PREFIX = "$shiro2";
    private static final int COST = 10;
    /** No 0/O, 1/l/I: one-time passwords are typed from paper. */
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final int ONE_TIME_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();
    /** A hash of a random password: checked against for unknown logins, so they take as long as known ones. */
    private final String decoy;

    Passwords() {
        decoy = hash(oneTimePassword().toCharArray());
    }

    String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return SHIRO_PREFIX + OpenBSDBCrypt.generate("2y", password, salt, COST);
    }

    /** Whether the password matches; false (never an exception) for a hash of an unknown format. */
    boolean matches(String storedHash, char[] password) {
        if (storedHash == null || password == null) {
            return false;
        }
        String bcrypt = storedHash.startsWith(SHIRO_PREFIX + "$2") ? storedHash.substring(SHIRO_PREFIX.length())
                : storedHash;
        if (!bcrypt.matches("^\\$2[aby]\\$\\d\\d\\$.{53}$")) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(bcrypt, password);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the time of one check, for an unknown login. */
    void spendTimeOfOneCheck(char[] password) {
        matches(decoy, password == null ? new char[0] : password);
    }

    /** Ten characters from lower-case letters and digits (at least two of each), easy to read on paper. */
    String oneTimePassword() {
        while (true) {
            StringBuilder b = new StringBuilder(ONE_TIME_LENGTH);
            int digits = 0;
            for (int i = 0; i < ONE_TIME_LENGTH; i++) {
                boolean digit = random.nextInt(10) < 3;
                String from = digit ? DIGITS : LETTERS;
                b.append(from.charAt(random.nextInt(from.length())));
                digits += digit ? 1 : 0;
            }
            if (digits >= 2 && digits <= ONE_TIME_LENGTH - 2) {
                return b.toString();
            }
        }
    }
}
