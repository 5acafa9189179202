package org.ejournal.finalmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.ejournal.api.finalmark.EntryWindow.State;
import org.junit.jupiter.api.Test;

/** Final marks from the last lesson to the deadline, inclusive; locked periods closed. */
class EntryWindowsTest {

    static final LocalDate LAST_LESSON = LocalDate.of(2026, 10, 23);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 10, 26);
    static final LocalDate DEADLINE = LocalDate.of(2026, 10, 29);

    State on(LocalDate today) {
        return EntryWindows.of(LAST_LESSON, PERIOD_END, DEADLINE, false, today).state();
    }

    @Test
    void opensOnTheDayOfTheLastLessonAndClosesAfterTheDeadline() {
        assertEquals(State.NOT_YET_OPEN, on(LAST_LESSON.minusDays(1)));
        assertEquals(State.OPEN, on(LAST_LESSON));
        assertEquals(State.OPEN, on(DEADLINE));
        assertEquals(State.CLOSED, on(DEADLINE.plusDays(1)));
    }

    @Test
    void withoutLessonsItOpensOnThePeriodsLastDay() {
        assertEquals(PERIOD_END, EntryWindows.of(null, PERIOD_END, DEADLINE, false, PERIOD_END).opensOn());
        assertEquals(State.NOT_YET_OPEN, EntryWindows.of(null, PERIOD_END, DEADLINE, false, LAST_LESSON).state());
    }

    @Test
    void aLockedPeriodIsClosedEvenBeforeTheDeadline() {
        assertEquals(State.CLOSED, EntryWindows.of(LAST_LESSON, PERIOD_END, DEADLINE, true, LAST_LESSON).state());
    }
}
