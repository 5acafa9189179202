package org.ejournal.rules.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The default rules as pure functions of a change and a context (the database side: JournalWriteOnMariaDbTest). */
class DefaultRulesTest {

    static final Actor TEACHER = new Actor(4, 1, "teacher", "Иванова Мария Петровна", Set.of(Role.SUBJECT_TEACHER),
            104L, null, null, null);
    static final LocalDate DAY = LocalDate.of(2026, 10, 5);

    static JournalRuleContext context(boolean enrolled, boolean locked) {
        return new JournalRuleContext() {
            @Override
            public boolean enrolled(long studentId, long classId, LocalDate date) {
                return enrolled;
            }

            @Override
            public boolean periodLocked(long classId, LocalDate date) {
                return locked;
            }

            @Override
            public List<WorkInfo> worksOfClass(long classId, LocalDate date) {
                return List.of();
            }
        };
    }

    static JournalChange change(Kind kind, int grade, String oldValue, String newValue) {
        return new JournalChange(kind, TEACHER, 1, 21, grade, 51, 603L, DAY, 702L, "TEST", 301L, oldValue, newValue);
    }

    static final JournalRuleContext OPEN = context(true, false);

    @Test
    void firstGradeRefusesMarksAndHomeworkButNotTopicsOrClearing() {
        FirstGradeRule rule = new FirstGradeRule();
        RuleVerdict mark = rule.check(change(Kind.MARK_SET, 1, "", "5"), OPEN);
        assertTrue(mark.isRefusal());
        assertEquals("В 1-м классе отметки не ставятся (безотметочное обучение).", mark.text());
        assertTrue(rule.check(change(Kind.FINAL_MARK, 1, "", "5"), OPEN).isRefusal());
        assertTrue(rule.check(change(Kind.HOMEWORK, 1, "", "прочитать сказку"), OPEN).isRefusal());
        assertTrue(rule.check(change(Kind.ATTACHMENT_ADD, 1, "", "сказка.pdf"), OPEN).isRefusal());
        assertEquals(RuleVerdict.OK, rule.check(change(Kind.HOMEWORK, 1, "прочитать", ""), OPEN));
        assertEquals(RuleVerdict.OK, rule.check(change(Kind.MARK_CLEAR, 1, "5", ""), OPEN));
        assertEquals(RuleVerdict.OK, rule.check(change(Kind.TOPIC, 1, "", "Буква А"), OPEN));
        assertEquals(RuleVerdict.OK, rule.check(change(Kind.ATTENDANCE_SET, 1, "", "Н"), OPEN));
        assertEquals(RuleVerdict.OK, rule.check(change(Kind.MARK_SET, 2, "", "5"), OPEN));
    }

    @Test
    void enrollmentRefusesMarksAndAbsencesOfStudentsNotInTheClassThatDay() {
        EnrollmentRule rule = new EnrollmentRule();
        JournalRuleContext absent = context(false, false);
        RuleVerdict v = rule.check(change(Kind.MARK_SET, 5, "", "4"), absent);
        assertTrue(v.isRefusal());
        assertTrue(v.text().contains("05.10.2026"), v.text());
        assertTrue(rule.check(change(Kind.ATTENDANCE_SET, 5, "", "Н"), absent).isRefusal());
        assertEquals(RuleVerdict.OK, rule.check(change(Kind.MARK_CLEAR, 5, "4", ""), absent));
        assertEquals(RuleVerdict.OK, rule.check(change(Kind.MARK_SET, 5, "", "4"), OPEN));
    }

    @Test
    void lockedPeriodRefusesEverything() {
        LockedPeriodRule rule = new LockedPeriodRule();
        JournalRuleContext locked = context(true, true);
        for (Kind kind : Kind.values()) {
            assertTrue(rule.check(change(kind, 5, "", "x"), locked).isRefusal(), kind.name());
            assertEquals(RuleVerdict.OK, rule.check(change(kind, 5, "", "x"), OPEN), kind.name());
        }
    }

    @Test
    void cyrillicRuleWarnsOnLatinOnlyTopicsAndHomework() {
        CyrillicTextRule rule = new CyrillicTextRule();
        RuleVerdict v = rule.check(change(Kind.TOPIC, 5, "", "Fractions"), OPEN);
        assertTrue(v.isWarning());
        assertEquals("В теме урока нет русского текста. Журнал ведётся на русском языке.", v.text());
        assertTrue(rule.check(change(Kind.HOMEWORK, 5, "", "ex. 5, p. 12"), OPEN).isWarning());
        assertEquals(RuleVerdict.OK, rule.check(change(Kind.HOMEWORK, 5, "", "№ 245, 247"), OPEN));
        assertEquals(RuleVerdict.OK, rule.check(change(Kind.TOPIC, 5, "", "Present Simple: повторение"), OPEN));
        assertEquals(RuleVerdict.OK, rule.check(change(Kind.TOPIC, 5, "x", ""), OPEN));
        assertFalse(CyrillicTextRule.lacksCyrillic("Ёлка"));
    }
}
