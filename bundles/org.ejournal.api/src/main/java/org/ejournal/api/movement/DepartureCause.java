package org.ejournal.api.movement;

/**
 * Why a student left the school (выбытие). The Russian names live in message bundles under
 * {@code movement.cause.<NAME>}.
 */
public enum DepartureCause {
    /** перевод в другую образовательную организацию */
    OTHER_SCHOOL,
    /** переезд (смена места жительства) */
    RELOCATION,
    /** переход на семейное образование */
    FAMILY_EDUCATION,
    /** поступление в организацию СПО */
    VOCATIONAL,
    /** отчисление */
    EXPELLED,
    /** иная причина */
    OTHER
}
