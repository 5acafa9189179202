package org.ejournal.gradebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalColumn;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.gradebook.internal.JournalAssembler.AttendanceFacts;
import org.ejournal.gradebook.internal.JournalAssembler.EnrollmentSpan;
import org.ejournal.gradebook.internal.JournalAssembler.LessonFacts;
import org.ejournal.gradebook.internal.JournalAssembler.MarkFacts;
import org.ejournal.gradebook.internal.JournalAssembler.WorkFacts;
import org.junit.jupiter.api.Test;

class JournalAssemblerTest {

    static final AssignmentSummary A = new AssignmentSummary(1, 2, "5А", 3, "Математика", 4, "Иванова М. П.");
    static final StudyPeriodSummary Q1 = new StudyPeriodSummary(11, "I четверть", d(9, 1), d(10, 26), d(10, 29));

    static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static StudentSummary s(long id, String last, String first) {
        return new StudentSummary(id, new PersonName(last, first, ""));
    }

    @Test
    void columnsFollowDateAndLessonNumberWithOneColumnPerWork() {
        List<JournalColumn> columns = JournalAssembler.columns(List.of(
                new LessonFacts(3, d(10, 5), 4, "", "", List.of()),
                new LessonFacts(2, d(10, 5), 1, "Дроби", "п. 12",
                        List.of(new WorkFacts(9, "ANSWER", 1), new WorkFacts(8, "TEST", 2))),
                new LessonFacts(1, d(9, 2), 2, "", "", List.of())));

        assertEquals(List.of(1L, 2L, 2L, 3L), columns.stream().map(JournalColumn::lessonId).collect(Collectors.toList()));
        assertNull(columns.get(0).workId());
        assertEquals(8L, columns.get(1).workId());
        assertEquals("TEST", columns.get(1).workType());
        assertEquals(2, columns.get(1).weight());
        assertEquals(9L, columns.get(2).workId());
        assertEquals(1, columns.get(3).weight());
        assertEquals("п. 12", columns.get(2).homework());
    }

    @Test
    void rowsAreStudentsOfThePeriodInRussianOrderWithGreyedDays() {
        StudentSummary yolkin = s(1, "Ёлкин", "Иван");
        StudentSummary abramova = s(2, "Абрамова", "Софья");
        StudentSummary zhukov = s(3, "Жуков", "Семён");
        StudentSummary egorov = s(4, "Егоров", "Максим");
        StudentSummary leftLastYear = s(5, "Бывший", "Ученик");
        JournalGrid grid = JournalAssembler.assemble(A, Q1,
                List.of(new LessonFacts(10, d(9, 2), 1, "", "", List.of()),
                        new LessonFacts(11, d(9, 16), 1, "", "", List.of(new WorkFacts(20, "TEST", 2)))),
                List.of(new EnrollmentSpan(yolkin, d(9, 1), null),
                        new EnrollmentSpan(abramova, d(9, 1), d(9, 2)),
                        new EnrollmentSpan(abramova, d(10, 1), null),
                        new EnrollmentSpan(zhukov, d(9, 15), null),
                        new EnrollmentSpan(egorov, d(9, 1), d(9, 16)),
                        new EnrollmentSpan(leftLastYear, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31))),
                List.of(new MarkFacts(31, 20, 4, "5"), new MarkFacts(30, 20, 4, "4"),
                        new MarkFacts(32, 20, 3, "3")),
                List.of(new AttendanceFacts(10, 1, "Н"), new AttendanceFacts(11, 3, "ОП")));

        assertEquals(List.of("Абрамова", "Егоров", "Ёлкин", "Жуков"), grid.rows().stream()
                .map(r -> r.student().name().lastName()).collect(Collectors.toList()));
        // Абрамова: in on 02.09, away on 16.09 (came back 01.10).
        assertEquals(List.of(JournalCell.EMPTY, JournalCell.NOT_ENROLLED), grid.rows().get(0).cells());
        // Егоров: the last day of a stay counts; a double mark keeps entry order.
        assertEquals(new JournalCell(List.of("4", "5"), "", true), grid.rows().get(1).cells().get(1));
        assertEquals("4/5", grid.rows().get(1).cells().get(1).display());
        assertEquals("Н", grid.rows().get(2).cells().get(0).display());
        // Жуков arrived on 15.09.
        assertFalse(grid.rows().get(3).cells().get(0).enrolled());
        assertTrue(grid.rows().get(3).cells().get(1).enrolled());
        assertEquals("3 ОП", grid.rows().get(3).cells().get(1).display());
    }
}
