package org.ejournal.api.security;

import java.util.List;

/**
 * The letters of one class, issued in one transaction, ready to print.
 *
 * @param schoolName the school's full name
 * @param className  the class, e.g. «5А»
 * @param letters    one per person, students first then parents, each in Russian order
 */
public record CredentialLetters(String schoolName, String className, List<CredentialLetter> letters) {
    public CredentialLetters {
        letters = List.copyOf(letters);
    }
}
