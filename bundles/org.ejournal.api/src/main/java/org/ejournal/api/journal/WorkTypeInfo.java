package org.ejournal.api.journal;

/**
 * A work type of a school with its weight.
 *
 * @param code   "ANSWER", "TEST", "DICTATION"…
 * @param name   "Ответ на уроке", "Контрольная работа"…
 * @param weight weight copied into each new work of this type (1..10)
 */
public record WorkTypeInfo(String code, String name, int weight) {
}
