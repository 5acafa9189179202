package org.ejournal.api.movement;

import java.util.Set;

/**
 * Choices of the deputy director for one promotion.
 *
 * @param repeaters           students who stay in the same grade (оставлены на повторное обучение)
 * @param leavers             students who leave at year end: in grade 9 they complete basic education
 *                            (GRADUATED), in other grades they leave the school (LEFT)
 * @param copyAssignmentClasses classes (of the year promoted) whose teaching assignments are copied to the
 *                            class they become
 */
public record PromotionOptions(Set<Long> repeaters, Set<Long> leavers, Set<Long> copyAssignmentClasses) {
    public PromotionOptions {
        repeaters = repeaters == null ? Set.of() : Set.copyOf(repeaters);
        leavers = leavers == null ? Set.of() : Set.copyOf(leavers);
        copyAssignmentClasses = copyAssignmentClasses == null ? Set.of() : Set.copyOf(copyAssignmentClasses);
    }

    /** Nobody repeats or leaves early, no assignments copied. */
    public static PromotionOptions none() {
        return new PromotionOptions(Set.of(), Set.of(), Set.of());
    }
}
