package org.ejournal.api.movement;

/**
 * A class a student may be moved into.
 *
 * @param id        the class
 * @param name      "5А"
 * @param grade     1..11
 * @param yearId    its academic year
 * @param yearName  "2026/2027"
 */
public record ClassChoice(long id, String name, int grade, long yearId, String yearName) {
}
