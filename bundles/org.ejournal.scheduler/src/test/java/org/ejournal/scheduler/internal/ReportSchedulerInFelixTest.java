package org.ejournal.scheduler.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.cayenne.configuration.server.ServerRuntime;
import org.apache.cayenne.di.Injector;
import org.apache.felix.framework.Felix;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.report.NewReportSchedule;
import org.ejournal.api.report.RenderedReport;
import org.ejournal.api.report.ReportFormat;
import org.ejournal.api.report.ReportSchedule;
import org.ejournal.api.report.ReportScheduleService;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.api.security.AccountCredentials;
import org.ejournal.api.security.AccountService;
import org.ejournal.database.DatabaseSettings;
import org.ejournal.reports.jasper.ReportsActivator;
import org.ejournal.store.StoreRuntime;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The deployment as the product runs it: Felix 7 + SCR, Cayenne, the MariaDB driver, the real store
 * bundle and this bundle (Quartz inside) installed as bundles; the API exported by the system bundle
 * and the JasperReports engine started as a system-bundle activator, as the host does; the access
 * policy, roster and accounts are stubs registered there. A schedule firing every two seconds must put
 * a PDF with the Cyrillic class list into the archive: that proves Quartz loads our job class through
 * the bundle's class loader, talks to MariaDB through the store's pool, and that Jasper renders from a
 * Quartz thread whose context class loader is the bundle's.
 */
@EJournalDatabase
class ReportSchedulerInFelixTest {

    @TempDir
    Path felixCache;

    @Test
    void scheduleRunsInsideFelix(DatabaseSettings settings) throws Exception {
        long schoolId;
        long accountId;
        try (Connection c = settings.openConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO school (name, short_name, city) VALUES ('Лицей № 1', 'Лицей № 1', 'Псков')");
            schoolId = single(s, "SELECT MAX(id) FROM school");
            s.executeUpdate("INSERT INTO user_account (school_id, login, password_hash) VALUES (" + schoolId
                    + ", 'director', 'x')");
            accountId = single(s, "SELECT MAX(id) FROM user_account");
        }
        Actor director = new Actor(accountId, schoolId, "director", "Иванов Иван Иванович", Set.of(Role.DIRECTOR),
                null, null, null, Set.of());

        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, felixCache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // What the host exports: the API and logging (Cayenne 4.2 wants org.slf4j [1.7,2), Quartz [2,3)).
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",",
                "org.ejournal.api;version=1.3.0", "org.ejournal.api.report;version=1.0.0",
                "org.ejournal.api.security;version=1.2.0", "org.ejournal.api.roster;version=1.0.0",
                "org.slf4j;version=2.0.17", "org.slf4j;version=1.7.36", "org.slf4j.event;version=2.0.17",
                "org.slf4j.helpers;version=2.0.17", "org.slf4j.spi;version=2.0.17"));
        config.put("ejournal.db.url", settings.url());
        config.put("ejournal.db.user", settings.user());
        config.put("ejournal.db.password", settings.password());
        config.put(SchedulerSettings.NODE_ID_PROPERTY, "felix-node-1");
        config.put("felix.systembundle.activators", List.of(new ReportsActivator()));

        Felix felix = new Felix(config);
        felix.start();
        try {
            BundleContext context = felix.getBundleContext();
            context.registerService(AccessPolicy.class, (actor, operation, objectId) -> objectId == actor.schoolId()
                    && (operation == Operation.REPORT_RUN || operation == Operation.REPORT_SCHEDULE_MANAGE)
                    && actor.has(Role.DIRECTOR), null);
            context.registerService(RosterService.class, new StubRoster(schoolId), null);
            context.registerService(AccountService.class, new AccountService() {
                @Override
                public Optional<AccountCredentials> findCredentials(String login) {
                    return Optional.empty();
                }

                @Override
                public Actor actor(long id) {
                    return director;
                }
            }, null);

            List<Bundle> bundles = new ArrayList<>();
            for (String jar : List.of(jarOf(org.osgi.util.function.Function.class),
                    jarOf(org.osgi.util.promise.Promise.class), jarOf(org.osgi.service.component.ComponentContext.class),
                    jarOf(Class.forName("org.apache.felix.scr.impl.Activator")), jarOf(Injector.class),
                    jarOf(ServerRuntime.class), jarOf(org.mariadb.jdbc.Driver.class), jarOf(StoreRuntime.class))) {
                bundles.add(context.installBundle("file:" + jar));
            }
            bundles.add(context.installBundle("reference:file:"
                    + System.getProperty("scheduler.bundle.dir", "target/classes")));
            long started = System.nanoTime();
            for (Bundle bundle : bundles) {
                bundle.start();
            }
            for (Bundle bundle : bundles) {
                assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName() + " active");
            }

            ServiceTracker<ReportScheduleService, ReportScheduleService> tracker =
                    new ServiceTracker<>(context, ReportScheduleService.class, null);
            tracker.open();
            ReportScheduleService service = tracker.waitForService(60_000);
            assertNotNull(service, "ReportScheduleService registered by the scheduler bundle");
            System.out.printf(Locale.ROOT, "scheduler bundle up in Felix after %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);

            ReportSchedule schedule = service.create(director,
                    new NewReportSchedule("class-list", Map.of("classId", "51"), ReportFormat.PDF, "0/2 * * * * ?"));
            long deadline = System.currentTimeMillis() + 20_000;
            while (service.archive(director).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            System.out.printf(Locale.ROOT, "first archive entry %d ms after creating the schedule%n",
                    System.currentTimeMillis() - (deadline - 20_000));
            assertEquals(1, service.archive(director).stream().limit(1).count(), "a run stored its file");
            assertEquals("Список класса", service.archive(director).get(0).title());
            RenderedReport file = service.download(director, service.archive(director).get(0).id());
            assertTrue(file.fileName().startsWith("Список класса 5А "), file.fileName());
            try (PDDocument pdf = Loader.loadPDF(file.content())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Абрамова Софья Олеговна") && text.contains("Ёлкин Борис"), text);
                assertTrue(text.contains("Лицей № 1"), text);
            }

            service.stop(director, schedule.id());
            assertTrue(service.schedules(director).stream().noneMatch(ReportSchedule::active));
            try (Connection c = settings.openConnection(); Statement s = c.createStatement()) {
                assertEquals(1, single(s, "SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE INSTANCE_NAME = 'felix-node-1'"),
                        "clustered store knows this node by ejournal.node.id");
                assertTrue(single(s, "SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_CLASS_NAME = '"
                        + ReportJob.class.getName() + "'") >= 1);
            }
            tracker.close();
        } finally {
            felix.stop();
            felix.waitForStop(30_000);
        }
    }

    /** One class, 5А, of two students. */
    private record StubRoster(long schoolId) implements RosterService {
        @Override
        public SchoolSummary school(Actor actor) {
            return new SchoolSummary(schoolId, "Лицей № 1", "Лицей № 1", "Псков");
        }

        @Override
        public List<SchoolClassSummary> classes(Actor actor) {
            return List.of(schoolClass(actor, 51));
        }

        @Override
        public SchoolClassSummary schoolClass(Actor actor, long classId) {
            return new SchoolClassSummary(51, 1, 5, "А", null, "", 2);
        }

        @Override
        public List<StudentSummary> classList(Actor actor, long classId, LocalDate onDate) {
            return List.of(new StudentSummary(1, new PersonName("Абрамова", "Софья", "Олеговна")),
                    new StudentSummary(2, new PersonName("Ёлкин", "Борис", "")));
        }
    }

    private static long single(Statement statement, String sql) throws java.sql.SQLException {
        try (ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
