package org.ejournal.api.movement;

import java.time.LocalDate;
import java.util.List;

import org.ejournal.api.roster.PersonName;

/**
 * What a promotion will do, shown before it is run.
 *
 * @param fromYearId   the year promoted
 * @param fromYearName "2026/2027"
 * @param toYearName   "2027/2028"
 * @param toYearStart  first day of the new year: the new stays start on it
 * @param toYearEnd    last day of the new year
 * @param toYearExists whether that year already exists (it is then used, with its classes of the same name)
 * @param periods      study periods the new year gets (shifted by a year), empty when it has its own
 * @param holidays     holidays and vacations the new year gets (shifted by a year), empty when it has its own
 * @param classes      one entry per class of the year promoted, by grade and letter
 */
public record PromotionPlan(long fromYearId, String fromYearName, String toYearName, LocalDate toYearStart,
                            LocalDate toYearEnd, boolean toYearExists, List<PeriodPlan> periods,
                            List<HolidayPlan> holidays, List<ClassPlan> classes) {
    public PromotionPlan {
        periods = List.copyOf(periods);
        holidays = List.copyOf(holidays);
        classes = List.copyOf(classes);
    }

    /** Students with the given outcome over all classes. */
    public long count(Outcome outcome) {
        return classes.stream().flatMap(c -> c.students().stream()).filter(s -> s.outcome() == outcome).count();
    }

    /** A study period of the new year. */
    public record PeriodPlan(String scheme, int ordinal, String name, LocalDate start, LocalDate end,
                             LocalDate finalMarkDeadline) {
    }

    /** A holiday or vacation of the new year. */
    public record HolidayPlan(String kind, String name, LocalDate start, LocalDate end) {
    }

    /**
     * A class of the year promoted and what becomes of it.
     *
     * @param classId        the class
     * @param name           "5А"
     * @param grade          its grade
     * @param toName         "6А", or {@code null} for grade 11 (graduates)
     * @param toExists       whether that class already exists in the new year
     * @param assignments    its whole-class teaching assignments (the ones that can be copied)
     * @param copyAssignments whether they will be copied to the new class
     * @param students       its students at the year's end, in Russian order
     */
    public record ClassPlan(long classId, String name, int grade, String toName, boolean toExists, int assignments,
                            boolean copyAssignments, List<StudentPlan> students) {
        public ClassPlan {
            students = List.copyOf(students);
        }
    }

    /**
     * A student and the outcome.
     *
     * @param studentId the student
     * @param name      the name
     * @param outcome   what happens
     * @param toClass   the class of the new year ("6А", or "5А" for a repeater), {@code null} when leaving
     */
    public record StudentPlan(long studentId, PersonName name, Outcome outcome, String toClass) {
    }

    /** What becomes of a student. */
    public enum Outcome {
        /** переведён в следующий класс */
        PROMOTED,
        /** выпускник (11 класс, или 9 класс, отмеченный как уходящий) */
        GRADUATED,
        /** оставлен на повторное обучение */
        REPEATS,
        /** выбывает */
        LEAVES
    }
}
