package org.ejournal.example.onetestperday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.journal.JournalChange;
import org.ejournal.api.journal.JournalChange.Kind;
import org.ejournal.api.journal.JournalRuleContext;
import org.ejournal.api.journal.RuleVerdict;
import org.ejournal.api.journal.WorkInfo;
import org.junit.jupiter.api.Test;

class OneTestPerDayRuleTest {

    static final Actor TEACHER = new Actor(4, 1, "teacher", "Иванова Мария Петровна", Set.of(Role.SUBJECT_TEACHER),
            104L, null, null, null);
    static final LocalDate DAY = LocalDate.of(2026, 10, 5);

    static JournalRuleContext withWorks(List<WorkInfo> works) {
        return new JournalRuleContext() {
            @Override
            public boolean enrolled(long studentId, long classId, LocalDate date) {
                return true;
            }

            @Override
            public boolean periodLocked(long classId, LocalDate date) {
                return false;
            }

            @Override
            public List<WorkInfo> worksOfClass(long classId, LocalDate date) {
                return works;
            }
        };
    }

    static JournalChange addWork(String type) {
        return new JournalChange(Kind.WORK_ADD, TEACHER, 1, 21, 5, 52, 608L, DAY, null, type, null, "", "");
    }

    @Test
    void secondTestOfTheDayIsRefusedNamingTheFirstSubject() {
        RuleVerdict v = new OneTestPerDayRule().check(addWork("TEST"), withWorks(List.of(
                new WorkInfo(702, 603, "TEST", "Контрольная работа", "", 3, "Математика"))));
        assertTrue(v.isRefusal());
        assertEquals("one-test-per-day", v.ruleId());
        assertTrue(v.text().contains("Математика"), v.text());
        assertTrue(v.text().contains("05.10.2026"), v.text());
    }

    @Test
    void firstTestAndOtherWorksPass() {
        OneTestPerDayRule rule = new OneTestPerDayRule();
        List<WorkInfo> answers = List.of(new WorkInfo(703, 603, "ANSWER", "Ответ", "", 1, "Математика"));
        assertEquals(RuleVerdict.OK, rule.check(addWork("TEST"), withWorks(answers)));
        assertEquals(RuleVerdict.OK, rule.check(addWork("ANSWER"), withWorks(List.of(
                new WorkInfo(702, 603, "TEST", "Контрольная работа", "", 3, "Математика")))));
    }
}
