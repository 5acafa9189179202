package org.ejournal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The demo fills lessons up to "today", so the running period of the journal is never empty. */
class WeeksUntilTodayTest {

    @Test
    void firstSeptemberIsTheFirstWeek() {
        assertEquals(1, DemoSize.weeksUntil(LocalDate.of(2026, 9, 1)));
        assertEquals(1, DemoSize.weeksUntil(LocalDate.of(2026, 9, 13)));
        assertEquals(2, DemoSize.weeksUntil(LocalDate.of(2026, 9, 14)));
    }

    @Test
    void lateNovemberReachesIntoTheSecondQuarter() {
        // 1 Sep .. 29 Nov = 90 days: 12 whole weeks, up to 23 Nov, past the II quarter's start on 5 Nov.
        assertEquals(12, DemoSize.weeksUntil(LocalDate.of(2026, 11, 29)));
    }

    @Test
    void springCountsFromTheSeptemberOfThePreviousCalendarYear() {
        assertEquals(27, DemoSize.weeksUntil(LocalDate.of(2027, 3, 10)));
    }

    @Test
    void summerGivesTheFirstQuarterOfTheComingYear() {
        assertEquals(8, DemoSize.weeksUntil(LocalDate.of(2027, 7, 15)));
    }
}
