package org.ejournal.api.movement;

import java.util.List;

import org.ejournal.api.Actor;
import org.ejournal.api.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The year-end promotion: a preview, then one transaction that creates the next academic year (its
 * study periods shifted by a year with their final-mark deadlines, and its holidays), moves each class up a grade with its
 * letter and class teacher, graduates grade 11, keeps repeaters in the same grade, lets leavers go,
 * and copies whole-class teaching assignments where asked (subgroups are not copied: they are formed anew). History is kept: old stays end (PROMOTED, GRADUATED,
 * LEFT) on the last day of the year, new ones start (PROMOTED) on the first day of the next.
 *
 * <p>A year is promoted once: a second run is refused with {@value #ALREADY_PROMOTED}; two runs at the
 * same moment cannot both succeed (a unique key), and the loser writes nothing.
 *
 * <p>Access: {@link org.ejournal.api.Operation#YEAR_PROMOTE} on the actor's school (deputy director,
 * director).
 */
@ProviderType
public interface PromotionService {

    /** Message key: the year was already promoted ({0} its name). */
    String ALREADY_PROMOTED = "error.promotion.alreadyPromoted";
    /** Message key: a repeater or leaver is not a student of the year's classes at its end ({0} student id). */
    String NOT_IN_YEAR = "error.promotion.notInYear";
    /** Message key: a student is marked both as repeater and as leaver ({0} student id). */
    String REPEATER_AND_LEAVER = "error.promotion.repeaterAndLeaver";
    /** Message key: a class to copy assignments of is not a class of the year ({0} class id). */
    String CLASS_NOT_IN_YEAR = "error.promotion.classNotInYear";
    /** Message key: the year has no classes. */
    String NO_CLASSES = "error.promotion.noClasses";

    /** The school's academic years, newest first, each with whether it was promoted. */
    List<AcademicYearInfo> years(Actor actor);

    /**
     * What {@link #promote} would do with these options; writes nothing.
     *
     * @throws ValidationException {@value #ALREADY_PROMOTED} and the option errors, as {@link #promote}
     */
    PromotionPlan preview(Actor actor, long fromYearId, PromotionOptions options);

    /** Runs the promotion in one transaction. */
    PromotionResult promote(Actor actor, long fromYearId, PromotionOptions options);
}
