package org.ejournal.api.school;

/**
 * What a user enters for a class.
 *
 * @param grade          1..11
 * @param letter         one to three letters, e.g. "А" (stored in upper case)
 * @param classTeacherId staff id of the class teacher (an active staff member of the school), or {@code null}
 * @param scheme         period scheme; {@code null} means quarters
 */
public record ClassEdit(int grade, String letter, Long classTeacherId, PeriodScheme scheme) {
}
