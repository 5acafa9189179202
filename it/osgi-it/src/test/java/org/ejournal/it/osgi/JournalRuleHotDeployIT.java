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
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.ejournal.api.Actor;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.ejournal.api.gradebook.JournalColumn;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.journal.JournalRule;
import org.ejournal.api.journal.JournalRuleException;
import org.ejournal.api.journal.JournalWriteService;
import org.ejournal.api.journal.WorkInfo;
import org.ejournal.api.security.AccountCredentials;
import org.ejournal.api.security.AccountService;
import org.ejournal.database.DatabaseSettings;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A journal rule dropped into the running system changes behaviour at once, and removing it undoes that —
 * no restart: the real bundle set with the default rules in Felix on MariaDB (small demo school); the example
 * add-on {@code org.ejournal.example.onetestperday} is installed and uninstalled while the framework runs, as
 * FileInstall does for {@code deploy/}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JournalRuleHotDeployIT {

    private static final String ADDRESS = "127.0.0.1";

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

    @Test
    public void theExampleRuleRefusesASecondTestOfTheDayOnlyWhileItsBundleIsInstalled() throws Exception {
        ServiceTracker<JournalWriteService, JournalWriteService> writes = track(JournalWriteService.class);
        ServiceTracker<GradebookService, GradebookService> grades = track(GradebookService.class);
        JournalWriteService journal = writes.waitForService(30_000);
        GradebookService gradebook = grades.waitForService(30_000);
        assertNotNull("JournalWriteService in Felix", journal);
        assertNotNull("GradebookService in Felix", gradebook);
        assertTrue("the default rules are active", ruleIds().containsAll(List.of("locked-period", "first-grade",
                "enrollment", "cyrillic-text")));
        assertFalse(ruleIds().contains("one-test-per-day"));

        Actor teacher = actor("teacher");
        AssignmentSummary math5a = gradebook.myAssignments(teacher).stream()
                .filter(a -> a.title().equals("5А · Математика")).findFirst().orElseThrow();
        // Without the add-on: a test, and a second one on the same day, are both accepted (in the first period
        // whose lessons are not locked by the administration).
        JournalColumn lesson = null;
        WorkInfo test = null;
        for (StudyPeriodSummary period : gradebook.periods(teacher, math5a.id())) {
            JournalGrid grid = gradebook.journal(teacher, math5a.id(), period.id());
            if (grid.columns().isEmpty()) {
                continue;
            }
            lesson = grid.columns().get(grid.columns().size() / 2);
            try {
                test = journal.addWork(teacher, ADDRESS, lesson.lessonId(), "TEST", "Контрольная работа № 1").state();
                break;
            } catch (JournalRuleException e) {
                assertEquals("only a locked period may refuse a first test", "locked-period", e.verdict().ruleId());
            }
        }
        assertNotNull("a lesson of 5А mathematics outside locked periods", test);
        assertEquals(3, test.weight());
        journal.addWork(teacher, ADDRESS, lesson.lessonId(), "TEST", "Контрольная работа № 2");

        // Dropped in: the next test of that day is refused, with the rule's message.
        Bundle addOn = context.installBundle(OsgiSupport.bundleFile("org.ejournal.example.onetestperday").toURI()
                .toString());
        long installed = System.nanoTime();
        addOn.start();
        JournalRuleException refused = null;
        for (int i = 0; i < 100 && refused == null; i++) {
            if (ruleIds().contains("one-test-per-day")) {
                try {
                    journal.addWork(teacher, ADDRESS, lesson.lessonId(), "TEST", "Контрольная работа № 3");
                    fail("the one-test-per-day rule is registered but a third test of the day was accepted");
                } catch (JournalRuleException e) {
                    refused = e;
                }
            } else {
                Thread.sleep(100);
            }
        }
        assertNotNull("the add-on's rule became active within 10 s; rules: " + ruleIds(), refused);
        assertEquals("one-test-per-day", refused.verdict().ruleId());
        assertTrue(refused.verdict().text(), refused.verdict().text().contains("уже есть контрольная работа"));
        System.out.printf("[osgi-it] one-test-per-day active %d ms after install%n",
                (System.nanoTime() - installed) / 1_000_000);
        // Other work types are not its business.
        journal.addWork(teacher, ADDRESS, lesson.lessonId(), "ANSWER", "");

        // Removed: accepted again, still the same framework and service.
        addOn.uninstall();
        assertFalse(ruleIds().contains("one-test-per-day"));
        assertEquals("TEST", journal.addWork(teacher, ADDRESS, lesson.lessonId(), "TEST", "Контрольная работа № 3")
                .state().workType());
        assertTrue("the same service instance throughout", journal == writes.getService());
    }

    private List<String> ruleIds() throws Exception {
        ServiceReference<?>[] refs = context.getServiceReferences(JournalRule.class.getName(), null);
        if (refs == null) {
            return List.of();
        }
        return java.util.Arrays.stream(refs).map(r -> {
            JournalRule rule = (JournalRule) context.getService(r);
            try {
                return rule.id();
            } finally {
                context.ungetService(r);
            }
        }).collect(Collectors.toList());
    }

    private Actor actor(String login) throws InterruptedException {
        ServiceTracker<AccountService, AccountService> tracker = track(AccountService.class);
        AccountService accounts = tracker.waitForService(30_000);
        AccountCredentials credentials = accounts.findCredentials(login).orElseThrow();
        return accounts.actor(credentials.accountId());
    }

    private <T> ServiceTracker<T, T> track(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        return tracker;
    }
}
