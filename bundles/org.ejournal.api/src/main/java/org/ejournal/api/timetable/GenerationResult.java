package org.ejournal.api.timetable;

import java.time.LocalDate;
import java.util.List;

/**
 * What generating lessons did.
 *
 * @param from      first date considered (dates before it were not touched)
 * @param to        last date considered
 * @param created   lessons created
 * @param moved     empty lessons moved to another date or lesson number of the same week
 * @param removed   empty lessons removed because no slot asks for them any more (each audited)
 * @param unchanged lessons that already matched the timetable
 * @param kept      lessons holding data that do not match the timetable: left as they are
 */
public record GenerationResult(LocalDate from, LocalDate to, int created, int moved, int removed, int unchanged,
                               List<LessonView> kept) {

    public GenerationResult {
        kept = List.copyOf(kept);
    }
}
