package org.ejournal.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.ejournal.api.roster.PersonName;
import org.junit.jupiter.api.Test;

/** Hashes compatible with Shiro's (the demo's) both ways; one-time passwords; generated logins. */
class PasswordsTest {

    final Passwords passwords = new Passwords();

    static DefaultPasswordService shiro() {
        DefaultHashService bcrypt = new DefaultHashService();
        bcrypt.setDefaultAlgorithmName("2y");
        DefaultPasswordService service = new DefaultPasswordService();
        service.setHashService(bcrypt);
        return service;
    }

    @Test
    void shiroHashesVerifyHereAndOursInShiro() {
        String shiroHash = shiro().encryptPassword("demo");
        assertTrue(passwords.matches(shiroHash, "demo".toCharArray()));
        assertFalse(passwords.matches(shiroHash, "Demo".toCharArray()));
        assertTrue(passwords.matches(shiroHash.substring("$shiro2".length()), "demo".toCharArray()), "bare $2y$");

        String ours = passwords.hash("Secret123".toCharArray());
        assertTrue(ours.startsWith("$shiro2$2y$10$"));
        assertTrue(shiro().passwordsMatch("Secret123", ours));
        assertFalse(passwords.matches("$shiro2$test", "test".toCharArray()), "a placeholder never matches");
        assertFalse(passwords.matches(null, "x".toCharArray()));
    }

    @Test
    void oneTimePasswordsAreReadableAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = passwords.oneTimePassword();
            assertEquals(10, p.length());
            assertTrue(p.matches("[a-km-np-z2-9]+"), p);
            assertTrue(p.chars().anyMatch(Character::isDigit) && p.chars().anyMatch(Character::isLetter), p);
            PasswordPolicy.check("someone", p.toCharArray());
            seen.add(p);
        }
        assertEquals(200, seen.size());
    }

    @Test
    void loginsAreTransliteratedAndMadeUnique() {
        Set<String> taken = new HashSet<>(Set.of("ivanova.mp", "ivanova.mp2"));
        assertEquals("ivanova.mp3", LoginNames.unique(new PersonName("Иванова", "Мария", "Петровна"), taken::contains));
        assertEquals("shchukina.i", LoginNames.unique(new PersonName("Щукина", "Юлия", ""), taken::contains));
        assertEquals("elkin.ip", LoginNames.unique(new PersonName("Ёлкин", "Иван", "Петрович"), taken::contains));
        assertNotEquals("", LoginNames.unique(new PersonName("???", "Б", ""), taken::contains));
    }
}
