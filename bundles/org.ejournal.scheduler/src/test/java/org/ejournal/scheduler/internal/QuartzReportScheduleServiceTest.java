package org.ejournal.scheduler.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.ejournal.api.report.ArchivedReport;
import org.ejournal.api.report.NewReportSchedule;
import org.ejournal.api.report.RenderedReport;
import org.ejournal.api.report.ReportFormat;
import org.ejournal.api.report.ReportInfo;
import org.ejournal.api.report.ReportParameter;
import org.ejournal.api.report.ReportSchedule;
import org.ejournal.api.report.ReportService;
import org.ejournal.api.security.AccountService;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schedule service with its real Quartz (clustered JDBC store) on real MariaDB, migrated with
 * V1 + V2; the report engine and accounts are stubs.
 */
@EJournalDatabase
class QuartzReportScheduleServiceTest {

    private static final Map<String, String> CLASS_5A = Map.of("classId", "51");
    private static final String EVERY_TWO_SECONDS = "0/2 * * * * ?";

    private static DataSource dataSource;
    private static QuartzReportScheduleService service;
    private static Actor director;
    private static Actor otherSchoolDirector;
    private static Actor parent;
    private static final List<Actor> renderedFor = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start(DataSource ds) throws SQLException {
        dataSource = ds;
        long school = insert("INSERT INTO school (name, short_name, city) VALUES ('МБОУ СОШ № 7', 'СОШ № 7', 'Тверь')");
        long otherSchool = insert("INSERT INTO school (name, short_name, city) VALUES ('МБОУ СОШ № 9', 'СОШ № 9', 'Тверь')");
        long directorAccount = insert("INSERT INTO user_account (school_id, login, password_hash) VALUES ("
                + school + ", 'director', 'x')");
        long otherAccount = insert("INSERT INTO user_account (school_id, login, password_hash) VALUES ("
                + otherSchool + ", 'director9', 'x')");
        director = new Actor(directorAccount, school, "director", "Иванов Иван Иванович", Set.of(Role.DIRECTOR),
                null, null, null, Set.of());
        otherSchoolDirector = new Actor(otherAccount, otherSchool, "director9", "Сидоров Пётр Петрович",
                Set.of(Role.DIRECTOR), null, null, null, Set.of());
        parent = new Actor(directorAccount + 100, school, "parent", "Абрамов Олег Ильич", Set.of(Role.PARENT),
                null, null, 7L, Set.of());

        AccountService accounts = new AccountService() {
            @Override
            public java.util.Optional<org.ejournal.api.security.AccountCredentials> findCredentials(String login) {
                return java.util.Optional.empty();
            }

            @Override
            public Actor actor(long accountId) {
                return accountId == director.accountId() ? director : otherSchoolDirector;
            }
        };
        service = new QuartzReportScheduleService(dataSource, MANAGERS_OF_OWN_SCHOOL, new StubReports(), accounts,
                new SchedulerSettings("test-node", 2, 7_500, TimeZone.getDefault()), Clock.systemUTC());
        long started = System.nanoTime();
        service.start();
        System.out.printf(Locale.ROOT, "Quartz (clustered JDBC store) started in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void cronScheduleFillsTheArchiveAndStopKeepsTheRow() throws Exception {
        ReportSchedule schedule = service.create(director,
                new NewReportSchedule("class-list", CLASS_5A, ReportFormat.PDF, EVERY_TWO_SECONDS));
        assertTrue(schedule.active());
        assertNotNull(schedule.nextRun(), "an active schedule shows its next run");
        assertEquals(director.accountId(), schedule.ownerAccountId());

        long started = System.nanoTime();
        waitUntil(Duration.ofSeconds(20), () -> entriesOf(schedule.id()) >= 1);
        System.out.printf(Locale.ROOT, "first archive entry after %d ms%n", (System.nanoTime() - started) / 1_000_000);

        ArchivedReport entry = service.archive(director).stream()
                .filter(a -> a.scheduleId() != null && a.scheduleId() == schedule.id()).findFirst().orElseThrow();
        assertEquals("Список класса", entry.title());
        assertEquals(ReportFormat.PDF, entry.format());
        assertTrue(entry.fileName().endsWith(".pdf"));
        RenderedReport file = service.download(director, entry.id());
        assertEquals("%PDF-stub Абрамова Софья", new String(file.content(), StandardCharsets.UTF_8));
        assertEquals(file.content().length, entry.size());
        assertTrue(renderedFor.contains(director), "the run acts as the schedule's owner");

        service.stop(director, schedule.id());
        ReportSchedule stopped = service.schedules(director).stream()
                .filter(s -> s.id() == schedule.id()).findFirst().orElseThrow();
        assertFalse(stopped.active());
        assertNull(stopped.nextRun());
        assertEquals(1, count("SELECT COUNT(*) FROM report_schedule WHERE id = " + schedule.id()), "never deleted");
        assertEquals(0, count("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'schedule-" + schedule.id()
                + "'"), "its trigger is gone");

        Thread.sleep(500); // a run that had already started may still finish
        int afterStop = entriesOf(schedule.id());
        Thread.sleep(4_500);
        assertEquals(afterStop, entriesOf(schedule.id()), "no more runs after stop");
    }

    @Test
    void runNowWorksOnAStoppedScheduleToo() throws Exception {
        ReportSchedule schedule = service.create(director,
                new NewReportSchedule("class-list", CLASS_5A, ReportFormat.XLSX, "0 0 7 ? * MON-FRI"));
        service.stop(director, schedule.id());
        service.runNow(director, schedule.id());
        waitUntil(Duration.ofSeconds(15), () -> entriesOf(schedule.id()) == 1);
        assertEquals(ReportFormat.XLSX, service.archive(director).stream()
                .filter(a -> a.scheduleId() != null && a.scheduleId() == schedule.id()).findFirst().orElseThrow()
                .format());
    }

    @Test
    void badInputIsRejectedWithTranslatableKeys() {
        assertKey("error.cron.invalid", new NewReportSchedule("class-list", CLASS_5A, ReportFormat.PDF, "каждый день"));
        assertKey("error.cron.invalid", new NewReportSchedule("class-list", CLASS_5A, ReportFormat.PDF, "0 0 25 * * ?"));
        assertKey("error.cron.neverFires", new NewReportSchedule("class-list", CLASS_5A, ReportFormat.PDF,
                "0 0 7 1 1 ? 2001"));
        assertKey("error.report.unknown", new NewReportSchedule("no-such-report", CLASS_5A, ReportFormat.PDF,
                EVERY_TWO_SECONDS));
        assertKey("error.report.parameterMissing", new NewReportSchedule("class-list", Map.of(), ReportFormat.PDF,
                EVERY_TWO_SECONDS));
        assertTrue(service.schedules(director).stream().noneMatch(s -> s.cron().equals("каждый день")));
    }

    @Test
    void othersAreRefusedOrSeeNothing() throws Exception {
        ReportSchedule schedule = service.create(director,
                new NewReportSchedule("class-list", CLASS_5A, ReportFormat.PDF, "0 0 7 * * ?"));
        long archiveId = service.runInline(schedule.id()).orElseThrow();

        assertThrows(AccessDeniedException.class, () -> service.schedules(parent));
        assertThrows(AccessDeniedException.class, () -> service.archive(parent));
        assertThrows(AccessDeniedException.class, () -> service.create(parent,
                new NewReportSchedule("class-list", CLASS_5A, ReportFormat.PDF, EVERY_TWO_SECONDS)));

        assertTrue(service.schedules(otherSchoolDirector).isEmpty());
        assertTrue(service.archive(otherSchoolDirector).isEmpty());
        assertThrows(NotFoundException.class, () -> service.download(otherSchoolDirector, archiveId));
        assertThrows(NotFoundException.class, () -> service.stop(otherSchoolDirector, schedule.id()));
        assertThrows(NotFoundException.class, () -> service.runNow(otherSchoolDirector, schedule.id()));
        service.stop(director, schedule.id());
    }

    private static void assertKey(String key, NewReportSchedule request) {
        ValidationException e = assertThrows(ValidationException.class, () -> service.create(director, request));
        assertEquals(key, e.messageKey());
    }

    private static final AccessPolicy MANAGERS_OF_OWN_SCHOOL = (actor, operation, objectId) ->
            objectId == actor.schoolId()
                    && (operation == Operation.REPORT_RUN || operation == Operation.REPORT_SCHEDULE_MANAGE)
                    && actor.hasAny(Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.TECH_ADMIN);

    /** Knows one report, "class-list"; renders a few recognisable bytes. */
    private static final class StubReports implements ReportService {
        @Override
        public List<ReportInfo> reports(Actor actor, Locale locale) {
            return List.of(new ReportInfo("class-list", "Список класса",
                    List.of(new ReportParameter("classId", ReportParameter.Kind.SCHOOL_CLASS))));
        }

        @Override
        public RenderedReport render(Actor actor, String reportId, Map<String, String> parameters,
                                     ReportFormat format, Locale locale) {
            MANAGERS_OF_OWN_SCHOOL.check(actor, Operation.REPORT_RUN, actor.schoolId());
            renderedFor.add(actor);
            return new RenderedReport("Список класса 5А." + format.extension(), format,
                    "%PDF-stub Абрамова Софья".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static int entriesOf(long scheduleId) {
        return count("SELECT COUNT(*) FROM report_archive WHERE schedule_id = " + scheduleId);
    }

    private static void waitUntil(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    private static int count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
