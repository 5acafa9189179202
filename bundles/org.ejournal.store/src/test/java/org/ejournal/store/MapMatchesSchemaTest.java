package org.ejournal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.Persistent;
import org.apache.cayenne.map.ObjAttribute;
import org.apache.cayenne.map.ObjEntity;
import org.apache.cayenne.map.ObjRelationship;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.demo.DemoSchoolGenerator;
import org.ejournal.demo.DemoSize;
import org.ejournal.store.model.Lesson;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.TeachingAssignment;
import org.ejournal.store.model.UserAccount;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads every entity of the map, every attribute and relationship, from a generated demo school: a
 * column the map names wrongly, or a type that does not convert, fails here.
 */
@EJournalDatabase
class MapMatchesSchemaTest {

    static StandaloneStore store;

    @BeforeAll
    static void demoSchool(DataSource dataSource) {
        DemoSchoolGenerator.generate(dataSource, DemoSize.small().withToday(LocalDate.of(2026, 11, 29)));
        store = StoreRuntimes.create(dataSource);
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void everyEntityReadsWithAllItsAttributesAndRelationships() {
        ObjectContext context = store.newContext();
        int entities = 0;
        for (ObjEntity entity : context.getEntityResolver().getObjEntities()) {
            List<?> rows = ObjectSelect.query(entity.getJavaClass()).limit(20).select(context);
            // The demo school has no audit trail, final marks, settings or homework files yet.
            // PromotionRun: the demo school is never promoted (its year is the running one).
            // LoginAttempt: the demo generator logs nobody in; rows appear with the first login.
            boolean demoFillsIt = !List.of("AuditEvent", "FinalMark", "SchoolSetting", "LessonAttachment", "LoginAttempt",
                    "PromotionRun").contains(entity.getName());
            if (demoFillsIt) {
                assertFalse(rows.isEmpty(), entity.getName() + " has demo rows");
            }
            for (Object row : rows) {
                Persistent object = (Persistent) row;
                for (ObjAttribute attribute : entity.getAttributes()) {
                    Object value = ((org.apache.cayenne.DataObject) object).readProperty(attribute.getName());
                    if (value != null) {
                        assertTrue(attribute.getJavaClass().isInstance(value),
                                entity.getName() + "." + attribute.getName() + " is " + value.getClass());
                    }
                }
                for (ObjRelationship relationship : entity.getRelationships()) {
                    ((org.apache.cayenne.DataObject) object).readProperty(relationship.getName());
                }
            }
            entities++;
        }
        assertEquals(objEntitiesInMapFile(), entities, "every obj-entity of ejournal.map.xml is known at run time");
    }

    private static int objEntitiesInMapFile() {
        try (var in = StoreRuntimes.class.getResourceAsStream("ejournal.map.xml")) {
            String map = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return map.split("<obj-entity ", -1).length - 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void teacherAccountReachesItsLessonsThroughRelationships() {
        ObjectContext context = store.newContext();
        UserAccount teacher = ObjectSelect.query(UserAccount.class).where(UserAccount.LOGIN.eq("teacher"))
                .selectOne(context);
        assertNotNull(teacher.getStaff());
        List<TeachingAssignment> assignments = teacher.getStaff().getAssignments();
        assertTrue(assignments.stream().map(TeachingAssignment::getSchoolClass).map(SchoolClass::getLetter)
                .anyMatch("А"::equals));
        TeachingAssignment fiveA = assignments.stream()
                .filter(a -> a.getSchoolClass().getGrade() == 5 && a.getSchoolClass().getLetter().equals("А"))
                .findFirst().orElseThrow();
        assertEquals("Математика", fiveA.getSubject().getName());
        List<Lesson> lessons = fiveA.getLessons();
        assertFalse(lessons.isEmpty());
        assertFalse(lessons.get(0).getTopic().isEmpty());
        assertTrue(teacher.getRoles().stream().anyMatch(r -> r.getRole().equals("SUBJECT_TEACHER")));
    }
}
