package org.ejournal.api.security;

import org.ejournal.api.people.PersonKind;
import org.ejournal.api.roster.PersonName;

/**
 * One printable credential letter: the one-time password exists only here (in memory) and on paper.
 *
 * @param kind            student or parent
 * @param name            the person the letter is for
 * @param childName       for a parent: the child (children) in the class; for a student: empty
 * @param login           the login
 * @param oneTimePassword the one-time password in clear
 */
public record CredentialLetter(PersonKind kind, PersonName name, String childName, String login,
                               String oneTimePassword) {
    @Override
    public String toString() {
        return "CredentialLetter[" + kind + ", " + name.full() + ", " + login + ", ***]";
    }
}
