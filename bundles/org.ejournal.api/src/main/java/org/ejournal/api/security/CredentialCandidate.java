package org.ejournal.api.security;

import org.ejournal.api.people.PersonKind;
import org.ejournal.api.roster.PersonName;

/**
 * One student or parent of a class in the preview of the credential letters.
 *
 * @param kind      student or parent
 * @param personId  the student or parent id
 * @param name      the person's name
 * @param childName for a parent: the child (children, comma-separated) in this class; for a student: empty
 * @param login     the existing login, or {@code null}
 * @param status    what issuing will do
 */
public record CredentialCandidate(PersonKind kind, long personId, PersonName name, String childName, String login,
                                  CredentialStatus status) {
}
