package org.ejournal.api;

/**
 * Roles of DOMAIN.md. An account may hold several (a subject teacher who is also a class teacher).
 * The Russian names live in message bundles under {@code role.<NAME>}.
 */
public enum Role {
    /** ответственный за техническое сопровождение: accounts and system, never marks. */
    TECH_ADMIN,
    /** директор / администрация: reads everything of its school. */
    DIRECTOR,
    /** заместитель директора по УВР: controls and prints the journal of its school. */
    DEPUTY_DIRECTOR,
    /** классный руководитель: own class. */
    CLASS_TEACHER,
    /** учитель-предметник: own teaching assignments and active substitutions. */
    SUBJECT_TEACHER,
    /** тьютор: assigned students. */
    TUTOR,
    /** родитель (законный представитель): own children only. */
    PARENT,
    /** обучающийся: self only. */
    STUDENT,
    /**
     * специалист органа управления образованием: reads the journals and reports of every school of the
     * installation, never writes. The account belongs to one school of the installation (its home); the
     * session's actor carries the school currently viewed (chosen through
     * {@link org.ejournal.api.security.MunicipalService}). Not a school employee ({@link #isStaff()} is false).
     */
    MUNICIPAL;

    /** Staff roles, i.e. roles held by school employees (not the municipal specialist, who works for no school). */
    public boolean isStaff() {
        return this != PARENT && this != STUDENT && this != MUNICIPAL;
    }
}
