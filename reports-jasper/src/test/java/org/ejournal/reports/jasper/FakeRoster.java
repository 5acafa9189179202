package org.ejournal.reports.jasper;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.roster.StudentSummary;

/** A roster of one school with class 5А, and a policy that lets staff of school 1 run reports. */
final class FakeRoster implements RosterService {

    static final long SCHOOL_ID = 1;
    static final long CLASS_5A = 51;

    static final Actor DEPUTY = new Actor(10, SCHOOL_ID, "zavuch", "Петрова Анна Сергеевна",
            Set.of(Role.DEPUTY_DIRECTOR), 100L, null, null, Set.of());
    static final Actor PARENT = new Actor(11, SCHOOL_ID, "parent", "Абрамов Олег Ильич",
            Set.of(Role.PARENT), null, null, 7L, Set.of(1L));

    static final List<StudentSummary> STUDENTS = List.of(
            new StudentSummary(1, new PersonName("Абрамова", "Софья", "Олеговна")),
            new StudentSummary(2, new PersonName("Белов", "Артём", "Игоревич")),
            new StudentSummary(3, new PersonName("Ёлкина", "Дарья", "")),
            new StudentSummary(4, new PersonName("Щукин", "Юрий", "Эдуардович")));

    static final AccessPolicy STAFF_ONLY = (actor, operation, objectId) ->
            operation == Operation.REPORT_RUN && objectId == SCHOOL_ID
                    && actor.roles().stream().anyMatch(Role::isStaff);

    @Override
    public SchoolSummary school(Actor actor) {
        return new SchoolSummary(SCHOOL_ID, "МБОУ «Средняя общеобразовательная школа № 7»", "СОШ № 7", "Тверь");
    }

    @Override
    public List<SchoolClassSummary> classes(Actor actor) {
        return List.of(schoolClass(actor, CLASS_5A));
    }

    @Override
    public SchoolClassSummary schoolClass(Actor actor, long classId) {
        if (classId != CLASS_5A) {
            throw new NotFoundException("class", classId);
        }
        return new SchoolClassSummary(CLASS_5A, 1, 5, "А", 100L, "Кузнецова Мария Ивановна", STUDENTS.size());
    }

    @Override
    public List<StudentSummary> classList(Actor actor, long classId, LocalDate onDate) {
        schoolClass(actor, classId);
        return STUDENTS;
    }
}
