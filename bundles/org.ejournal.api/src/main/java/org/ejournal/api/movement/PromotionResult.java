package org.ejournal.api.movement;

/**
 * What a promotion did.
 *
 * @param toYearId            the new academic year
 * @param toYearName          "2027/2028"
 * @param classesCreated      classes created in the new year
 * @param periodsCreated      study periods created in the new year
 * @param holidaysCreated     holidays and vacations created in the new year
 * @param promoted            students moved up a grade
 * @param graduated           graduates
 * @param repeaters           students kept in the same grade
 * @param left                students who left
 * @param assignmentsCopied   teaching assignments copied
 */
public record PromotionResult(long toYearId, String toYearName, int classesCreated, int periodsCreated,
                              int holidaysCreated, int promoted,
                              int graduated, int repeaters, int left, int assignmentsCopied) {
}
