package org.ejournal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.access.OptimisticLockException;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.store.model.AcademicYear;
import org.ejournal.store.model.Enrollment;
import org.ejournal.store.model.Lesson;
import org.ejournal.store.model.Mark;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Staff;
import org.ejournal.store.model.Student;
import org.ejournal.store.model.Subject;
import org.ejournal.store.model.TeachingAssignment;
import org.ejournal.store.model.Work;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@EJournalDatabase
class StoreRuntimeTest {

    static StandaloneStore store;

    @BeforeAll
    static void start(DataSource dataSource) {
        store = StoreRuntimes.create(dataSource);
        writeSmallSchool(store.newContext());
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    /** One school, one class 5А with two students, one maths lesson with a test and a mark. */
    static void writeSmallSchool(ObjectContext context) {
        School school = context.newObject(School.class);
        school.setName("МБОУ «Средняя общеобразовательная школа № 7»");
        school.setShortName("СОШ № 7");
        AcademicYear year = context.newObject(AcademicYear.class);
        year.setSchool(school);
        year.setName("2026/2027");
        year.setStartDate(LocalDate.of(2026, 9, 1));
        year.setEndDate(LocalDate.of(2027, 5, 31));
        Staff teacher = context.newObject(Staff.class);
        teacher.setSchool(school);
        teacher.setLastName("Смирнова");
        teacher.setFirstName("Ольга");
        teacher.setMiddleName("Петровна");
        teacher.setGender("F");
        teacher.setPosition("учитель математики");
        SchoolClass fiveA = context.newObject(SchoolClass.class);
        fiveA.setSchool(school);
        fiveA.setAcademicYear(year);
        fiveA.setGrade(5);
        fiveA.setLetter("А");
        fiveA.setClassTeacher(teacher);
        for (String[] name : new String[][] {{"Иванов", "Пётр", "M"}, {"Алексеева", "Мария", "F"}}) {
            Student student = context.newObject(Student.class);
            student.setSchool(school);
            student.setLastName(name[0]);
            student.setFirstName(name[1]);
            student.setGender(name[2]);
            Enrollment enrollment = context.newObject(Enrollment.class);
            enrollment.setSchool(school);
            enrollment.setStudent(student);
            enrollment.setSchoolClass(fiveA);
            enrollment.setStartDate(year.getStartDate());
        }
        Subject maths = context.newObject(Subject.class);
        maths.setSchool(school);
        maths.setName("Математика");
        maths.setShortName("Матем.");
        TeachingAssignment assignment = context.newObject(TeachingAssignment.class);
        assignment.setSchool(school);
        assignment.setAcademicYear(year);
        assignment.setSchoolClass(fiveA);
        assignment.setSubject(maths);
        assignment.setTeacher(teacher);
        Lesson lesson = context.newObject(Lesson.class);
        lesson.setSchool(school);
        lesson.setAssignment(assignment);
        lesson.setTeacher(teacher);
        lesson.setLessonDate(LocalDate.of(2026, 9, 2));
        lesson.setLessonNumber(2);
        lesson.setTopic("Натуральные числа и шкалы");
        Work work = context.newObject(Work.class);
        work.setSchool(school);
        work.setLesson(lesson);
        work.setWorkType("TEST");
        work.setWeight(2);
        Mark mark = context.newObject(Mark.class);
        mark.setSchool(school);
        mark.setWork(work);
        mark.setStudent(fiveA.getEnrollments().get(0).getStudent());
        mark.setValue("5");
        context.commitChanges();
    }

    @Test
    void readsEntitiesAndRelationshipsInAFreshContext() {
        ObjectContext context = store.newContext();
        SchoolClass fiveA = ObjectSelect.query(SchoolClass.class)
                .where(SchoolClass.GRADE.eq(5).andExp(SchoolClass.LETTER.eq("А")))
                .prefetch(SchoolClass.ENROLLMENTS.joint())
                .selectOne(context);
        assertNotNull(fiveA);
        assertEquals("Смирнова", fiveA.getClassTeacher().getLastName());
        assertEquals(2, fiveA.getEnrollments().size());
        assertEquals("СОШ № 7", fiveA.getSchool().getShortName());
        assertTrue(fiveA.getId() > 0);

        List<Mark> marks = ObjectSelect.query(Mark.class)
                .where(Mark.VALUE.eq("5"))
                .and(Mark.WORK.dot(Work.LESSON).dot(Lesson.ASSIGNMENT).dot(TeachingAssignment.SCHOOL_CLASS)
                        .eq(fiveA))
                .select(context);
        assertEquals(1, marks.size());
        assertEquals("5", marks.get(0).getValue());
        assertEquals(2, marks.get(0).getWork().getWeight());
        assertNotNull(marks.get(0).getCreatedAt(), "creation time defaulted on add");
        assertEquals("", marks.get(0).getComment(), "SQL default mirrored on add");
    }

    @Test
    void marksAreOptimisticallyLocked() {
        ObjectContext setup = store.newContext();
        Mark original = ObjectSelect.query(Mark.class).selectFirst(setup);
        Work anotherWork = setup.newObject(Work.class);  // a cell holds one mark row ("5/4" is one value)
        anotherWork.setSchool(original.getSchool());
        anotherWork.setLesson(original.getWork().getLesson());
        anotherWork.setWorkType("ANSWER");
        Mark second = setup.newObject(Mark.class);
        second.setSchool(original.getSchool());
        second.setWork(anotherWork);
        second.setStudent(original.getStudent());
        second.setValue("4");
        setup.commitChanges();
        long id = second.getId();

        ObjectContext firstUser = store.newContext();
        ObjectContext secondUser = store.newContext();
        Mark mine = ObjectSelect.query(Mark.class).where(Mark.ID_PK_PROPERTY.eq(id)).selectOne(firstUser);
        Mark theirs = ObjectSelect.query(Mark.class).where(Mark.ID_PK_PROPERTY.eq(id)).selectOne(secondUser);
        int version = mine.getVersion();

        mine.setValue("3");
        firstUser.commitChanges();
        assertEquals(version + 1, mine.getVersion());
        assertNotNull(mine.getUpdatedAt());

        theirs.setValue("2");
        assertThrows(OptimisticLockException.class, secondUser::commitChanges,
                "a concurrent change of the same mark must not be lost silently");
    }
}
