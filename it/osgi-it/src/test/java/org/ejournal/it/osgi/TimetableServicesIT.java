package org.ejournal.it.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.List;

import javax.inject.Inject;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.security.AccountService;
import org.ejournal.api.timetable.ClassOption;
import org.ejournal.api.timetable.GenerationResult;
import org.ejournal.api.timetable.PeriodOption;
import org.ejournal.api.timetable.ReadinessReport;
import org.ejournal.api.timetable.ReadinessService;
import org.ejournal.api.timetable.SlotEdit;
import org.ejournal.api.timetable.SlotView;
import org.ejournal.api.timetable.TimetableService;
import org.ejournal.database.DatabaseSettings;
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
 * The timetable bundle in Felix with the real store and policy, on the small demo school: its DS components come
 * up, the deputy director reads 5А's timetable and previews lesson generation, a teacher is refused, the readiness
 * check answers. Nothing is written (the demo database is shared by the IT classes of the JVM).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TimetableServicesIT {

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
    public void theDeputyDirectorReadsTheTimetableAndPreviewsLessons() {
        TimetableService timetable = service(TimetableService.class);
        Actor zavuch = actor("zavuch");
        ClassOption fiveA = timetable.classes(zavuch).stream().filter(c -> c.name().equals("5А")).findFirst()
                .orElseThrow(() -> new AssertionError("no 5А"));
        List<SlotView> slots = timetable.slots(zavuch, fiveA.id(), null);
        assertFalse("the demo gives 5А a timetable", slots.isEmpty());
        List<PeriodOption> periods = timetable.periods(zavuch, fiveA.id());
        assertFalse(periods.isEmpty());
        PeriodOption last = periods.get(periods.size() - 1);
        GenerationResult preview = timetable.preview(zavuch, fiveA.id(), last.id(), last.startDate());
        assertTrue("a period of lessons is planned: " + preview, preview.created() + preview.unchanged() > 0);
        System.out.printf("[osgi-it] 5А: %d slots; preview of %s: %d to create, %d in place, %d kept%n", slots.size(),
                last.name(), preview.created(), preview.unchanged(), preview.kept().size());
        // The demo's own lessons of the first weeks were generated from the same slots: the first period's plan
        // keeps them (the demo's holidays are skipped as here).
        PeriodOption first = periods.get(0);
        GenerationResult firstPreview = timetable.preview(zavuch, fiveA.id(), first.id(), first.startDate());
        System.out.printf("[osgi-it] preview of %s: %d to create, %d moved, %d removed, %d in place, %d kept%n",
                first.name(), firstPreview.created(), firstPreview.moved(), firstPreview.removed(),
                firstPreview.unchanged(), firstPreview.kept().size());
        try {
            SlotView any = slots.get(0);
            timetable.addSlot(actor("teacher"), new SlotEdit(any.assignment().id(), any.weekday(), any.lessonNumber(),
                    "", any.validFrom(), null));
            fail("a teacher does not change the timetable");
        } catch (AccessDeniedException expected) {
            assertEquals("error.accessDenied", expected.messageKey());
        }
    }

    @Test
    public void theReadinessCheckAnswersForTheAdministration() {
        ReadinessReport report = service(ReadinessService.class).check(actor("director"));
        assertTrue(report.yearName().matches("\\d{4}/\\d{4}"));
        System.out.printf("[osgi-it] readiness of %s: %d findings%n", report.yearName(), report.findings().size());
        try {
            service(ReadinessService.class).check(actor("teacher"));
            fail("a teacher does not run the readiness check");
        } catch (AccessDeniedException expected) {
            // refused
        }
    }

    private Actor actor(String login) {
        AccountService accounts = service(AccountService.class);
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    private <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(30_000);
            if (service == null) {
                fail("No " + type.getSimpleName() + " within 30 s. Bundles: " + FrameworkProvisioningIT.bundleStates(context));
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
