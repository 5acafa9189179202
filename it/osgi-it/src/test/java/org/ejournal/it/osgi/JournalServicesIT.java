package org.ejournal.it.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.JournalRow;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.people.ClassStudentConsent;
import org.ejournal.api.people.PeopleService;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.security.AccountCredentials;
import org.ejournal.api.security.AccountService;
import org.ejournal.database.DatabaseSettings;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The real bundle set (store with Cayenne and the MariaDB driver, security, roster, gradebook) in Felix,
 * on a real MariaDB with the small demo school, called through the services as the UI calls them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JournalServicesIT {

    private static final Pattern RUSSIAN_NAME = Pattern.compile("[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?");
    private static final Pattern MARK = Pattern.compile("[1-5]|зач|н/а|осв");

    /** Probe side: open for the whole run (the framework closes them when it stops). */
    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();
    private static final AtomicBoolean BOOT_REPORTED = new AtomicBoolean();

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        DatabaseSettings db = DemoDatabase.settings();
        return options(
                OsgiSupport.hostSystemPackages(),
                junitBundles(),
                OsgiSupport.declarativeServices(),
                OsgiSupport.productBundles(),
                frameworkProperty(DatabaseSettings.URL_PROPERTY).value(db.url()),
                frameworkProperty(DatabaseSettings.USER_PROPERTY).value(db.user()),
                frameworkProperty(DatabaseSettings.PASSWORD_PROPERTY).value(db.password()));
    }

    /** The services the tests use, all up (DS activates them asynchronously); the first time, the boot time. */
    @Before
    public void servicesUp() {
        service(AccountService.class);
        service(GradebookService.class);
        if (BOOT_REPORTED.compareAndSet(false, true)) {
            System.out.printf("[osgi-it] bundle set booted: AccountService and GradebookService available %d ms after"
                    + " the first bundle was installed (%d bundles)%n", FrameworkProvisioningIT.msSinceFirstInstall(context),
                    context.getBundles().length);
        }
    }

    @Test
    public void theDemoTeacherSeesOwnMathematicsAssignments() {
        Actor teacher = actor("teacher");
        List<AssignmentSummary> mine = gradebook().myAssignments(teacher);

        assertFalse("the demo teacher keeps journals", mine.isEmpty());
        for (AssignmentSummary a : mine) {
            assertEquals("only own assignments: " + a, teacher.staffId().longValue(), a.teacherId());
        }
        List<String> titles = mine.stream().map(AssignmentSummary::title).collect(Collectors.toList());
        for (String expected : List.of("5А · Математика", "5Б · Математика", "6А · Математика")) {
            assertTrue(expected + " among " + titles, titles.contains(expected));
        }
    }

    @Test
    public void theJournalOf5AMathematicsListsStudentsByCyrillicNameWithMarks() {
        Actor teacher = actor("teacher");
        AssignmentSummary math5a = assignment(teacher, "5А · Математика");
        List<StudyPeriodSummary> periods = gradebook().periods(teacher, math5a.id());
        assertFalse("5А has study periods", periods.isEmpty());

        JournalGrid grid = gradebook().journal(teacher, math5a.id(), periods.get(0).id());

        assertFalse("the class has students", grid.rows().isEmpty());
        assertFalse("the first quarter has lessons", grid.columns().isEmpty());
        int marks = 0;
        for (JournalRow row : grid.rows()) {
            String last = row.student().name().lastName();
            assertTrue("a Russian surname: " + row.student().name().full(), RUSSIAN_NAME.matcher(last).matches());
            assertTrue("a Russian given name: " + row.student().name().full(),
                    RUSSIAN_NAME.matcher(row.student().name().firstName()).matches());
            assertEquals("one cell per column", grid.columns().size(), row.cells().size());
            for (JournalCell cell : row.cells()) {
                for (String mark : cell.marks()) {
                    assertTrue("a mark of the five-point scale: «" + mark + "»", MARK.matcher(mark).matches());
                    marks++;
                }
            }
        }
        assertTrue("the demo school has marks in the first quarter, found " + marks, marks > grid.rows().size());
        System.out.printf("[osgi-it] 5А · Математика, %s: %d students × %d columns, %d marks; first row: %s%n",
                periods.get(0).name(), grid.rows().size(), grid.columns().size(), marks,
                grid.rows().get(0).student().name().full());
    }

    @Test
    public void anotherTeachersJournalIsRefused() {
        Actor teacher = actor("teacher");
        Actor klassruk = actor("klassruk");
        AssignmentSummary russian5a = assignment(klassruk, "5А · Русский язык");
        // the class teacher does read it, so a refusal below is about access, not a missing row
        long periodId = gradebook().periods(klassruk, russian5a.id()).get(0).id();
        assertFalse(gradebook().journal(klassruk, russian5a.id(), periodId).rows().isEmpty());

        try {
            gradebook().journal(teacher, russian5a.id(), periodId);
            fail("the mathematics teacher must not read the Russian language journal of another teacher");
        } catch (AccessDeniedException expected) {
            assertEquals("error.accessDenied", expected.messageKey());
        }
        try {
            gradebook().assignment(teacher, russian5a.id());
            fail("the mathematics teacher must not open another teacher's assignment");
        } catch (AccessDeniedException expected) {
            // refused
        }
    }

    @Test
    public void theClassTeacherSeesWhichOfHerStudentsLackAConsent() {
        Actor klassruk = actor("klassruk");
        SchoolClassSummary fiveA = service(RosterService.class).classes(klassruk).stream()
                .filter(c -> klassruk.staffId().equals(c.classTeacherId())).findFirst().orElseThrow();
        List<ClassStudentConsent> students = service(PeopleService.class)
                .classStudents(klassruk, fiveA.id(), java.time.LocalDate.now());
        long lacking = students.stream().filter(s -> !s.hasConsent()).count();
        assertFalse("5А has students", students.isEmpty());
        assertTrue("the demo gives most students a consent: " + lacking + " of " + students.size() + " lack one",
                lacking < students.size());
        try {
            service(PeopleService.class).classStudents(actor("admin"), fiveA.id(), java.time.LocalDate.now());
            fail("the technical administrator does not see students' personal data");
        } catch (AccessDeniedException expected) {
            // refused by the one policy, inside Felix as well
        }
        System.out.printf("[osgi-it] %s: %d students, %d without consent%n", fiveA.name(), students.size(), lacking);
    }

    private Actor actor(String login) {
        AccountService accounts = service(AccountService.class);
        AccountCredentials credentials = accounts.findCredentials(login)
                .orElseThrow(() -> new AssertionError("demo account «" + login + "» is missing"));
        assertTrue(credentials.active());
        Actor actor = accounts.actor(credentials.accountId());
        assertNotNull(login + " is a staff member", actor.staffId());
        return actor;
    }

    private AssignmentSummary assignment(Actor actor, String title) {
        List<AssignmentSummary> mine = gradebook().myAssignments(actor);
        return mine.stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(actor.login() + " has no «" + title + "» among "
                        + mine.stream().map(AssignmentSummary::title).collect(Collectors.toList())));
    }

    private GradebookService gradebook() {
        return service(GradebookService.class);
    }

    /**
     * Waits for a service (DS components start asynchronously) and keeps it in use for the rest of the run,
     * so SCR does not deactivate and re-create delayed components between calls.
     */
    private <T> T service(Class<T> type) {
        ServiceTracker<?, ?> tracker = TRACKERS.computeIfAbsent(type, t -> {
            ServiceTracker<?, ?> tr = new ServiceTracker<>(context, t.getName(), null);
            tr.open();
            return tr;
        });
        try {
            Object service = tracker.waitForService(30_000);
            if (service == null) {
                fail("No " + type.getSimpleName() + " within 30 s. Bundles: " + FrameworkProvisioningIT.bundleStates(context));
            }
            return type.cast(service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
