package org.ejournal.bench;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.ejournal.api.Actor;
import org.ejournal.api.diary.DiaryWeek;
import org.ejournal.api.diary.PeriodMarks;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.ui.ViewSupport;
import org.ejournal.diary.internal.StoreDiaryService;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.ejournal.ui.diary.internal.DiaryView;
import org.ejournal.ui.diary.internal.DiaryViewProbe;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/**
 * Benchmark of the electronic diary (issue 5 item 6):
 * <ol>
 * <li>{@code DiaryService.week()} — the real {@link StoreDiaryService} with the real access policy, wired
 * without OSGi — for the demo parent's child in a generated school of 2 000 students, on a week full of
 * lessons, marks and absences; min / median / p95 / max over many calls; goal median ≤ 5 ms (printed as
 * information, never failing the run);</li>
 * <li>the memory held by one logged-in diary session: a {@link VaadinSession} with the {@code Actor}
 * attribute and one UI showing the diary view (that week loaded), serialized; the api records (not
 * {@code Serializable}) are counted as arrays of their components. Also the heap growth per session over
 * 200 such sessions kept alive.</li>
 * </ol>
 * Run: {@code mvn -o -B -q -pl bench/diary -am package -DskipTests -Dbench.run} (see README.md).
 */
public final class DiaryBench {

    static final double GOAL_MS = 5.0;

    private DiaryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("bench.target", "bench/diary/target"));
        int warmup = Integer.getInteger("bench.warmup", 300);
        int calls = Integer.getInteger("bench.calls", 1000);
        int students = Integer.getInteger("bench.students", 2000);
        int weeks = Integer.getInteger("bench.weeks", 8);

        BenchSchool.header("DiaryService.week() and the diary session");
        try (BenchSchool school = BenchSchool.start(target, students, weeks)) {
            run(school.store(), school.dataSource(), warmup, calls);
        }
    }

    private static void run(StandaloneStore store, DataSource dataSource, int warmup, int calls) throws Exception {
        DefaultAccessPolicy policy = new DefaultAccessPolicy(store);
        StoreAccountService accounts = new StoreAccountService(store);
        StoreDiaryService diary = new StoreDiaryService(store, policy);
        Actor parent = accounts.actor(accounts.findCredentials("parent").orElseThrow().accountId());
        long child = parent.childStudentIds().stream().sorted().reduce((a, b) -> b).orElseThrow();
        LocalDate monday = busiestWeek(dataSource, child);

        DiaryWeek week = diary.week(parent, child, monday);
        long lessons = week.days().stream().mapToLong(d -> d.lessons().size()).sum();
        long marks = week.days().stream().flatMap(d -> d.lessons().stream()).mapToLong(l -> l.marks().size()).sum();
        long absences = week.days().stream().flatMap(d -> d.lessons().stream())
                .filter(l -> !l.absence().isEmpty()).count();
        long homework = week.days().stream().flatMap(d -> d.lessons().stream())
                .filter(l -> !l.homework().isEmpty()).count();
        System.out.printf(Locale.ROOT, "week     %s (%s), week of %s, read by the demo parent: %d lessons, %d marks,"
                + " %d absences, %d homework entries%n", week.student().name().full(), week.student().className(),
                monday, lessons, marks, absences, homework);
        if (lessons == 0) {
            throw new IllegalStateException("the chosen week has no lessons");
        }

        System.out.printf(Locale.ROOT, "timing   %d warm-up calls, then %d timed calls of week()%n", warmup, calls);
        for (int i = 0; i < warmup; i++) {
            diary.week(parent, child, monday);
        }
        double[] ms = new double[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            DiaryWeek w = diary.week(parent, child, monday);
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
            if (w.days().size() != 6) {
                throw new IllegalStateException("not a week");
            }
        }
        Stats s = Stats.of(ms);
        System.out.println();
        System.out.println("figure (ms)    week()");
        System.out.printf(Locale.ROOT, "min          %7.2f%nmedian       %7.2f%np95          %7.2f%nmax          %7.2f%n",
                s.min(), s.median(), s.p95(), s.max());
        System.out.printf(Locale.ROOT, "goal     issue 5: median of week() <= %.1f ms; measured %.2f ms -> %s"
                + " (information only)%n", GOAL_MS, s.median(), s.median() <= GOAL_MS ? "MET" : "NOT MET");

        // Period marks, for information.
        List<StudyPeriodSummary> periods = diary.periods(parent, child);
        StudyPeriodSummary first = periods.get(0);
        for (int i = 0; i < warmup / 3; i++) {
            diary.periodMarks(parent, child, first.id());
        }
        double[] pm = new double[calls / 5];
        PeriodMarks marksOfPeriod = null;
        for (int i = 0; i < pm.length; i++) {
            long start = System.nanoTime();
            marksOfPeriod = diary.periodMarks(parent, child, first.id());
            pm[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Stats p = Stats.of(pm);
        System.out.printf(Locale.ROOT, "info     periodMarks(%s): %d subjects, %d marks; median %.2f ms, p95 %.2f ms%n",
                first.name(), marksOfPeriod.subjects().size(),
                marksOfPeriod.subjects().stream().mapToLong(x -> x.marks().size()).sum(), p.median(), p.p95());

        sessionSize(parent, diary, child, monday);
    }

    /** The serialized size of a Vaadin session with the actor and one UI showing the diary week. */
    private static void sessionSize(Actor parent, StoreDiaryService diary, long child, LocalDate monday) throws Exception {
        TranslatingVaadinService.install();
        try {
            VaadinService service = VaadinService.getCurrent();
            BenchSession single = newSession(service, parent, diary, child, monday);
            // VaadinSession.writeObject itself needs a servlet context (ApplicationConfiguration); what a
            // session holds for the user is its UIs and its attributes: those are serialized.
            long bytes = serializedSize(new Object[] {new ArrayList<>(single.getUIs()),
                    single.getAttribute(ViewSupport.ACTOR_ATTRIBUTE)});
            long uiOnly = serializedSize(single.getUIs().iterator().next());
            System.out.println();
            System.out.printf(Locale.ROOT, "session  serialized session content (Actor attribute + 1 UI with the diary week):"
                    + " %,d bytes (%.1f KB); of it the UI with the view: %,d bytes%n", bytes, bytes / 1024.0, uiOnly);

            int n = Integer.getInteger("bench.sessions", 200);
            List<BenchSession> kept = new ArrayList<>(n);
            long before = usedHeapAfterGc();
            for (int i = 0; i < n; i++) {
                kept.add(newSession(service, parent, diary, child, monday));
            }
            long after = usedHeapAfterGc();
            System.out.printf(Locale.ROOT, "session  heap growth with %d such sessions kept: %,d bytes per session"
                    + " (%.1f KB)%n", kept.size(), (after - before) / n, (after - before) / n / 1024.0);
        } finally {
            TranslatingVaadinService.uninstall();
        }
    }

    private static BenchSession newSession(VaadinService service, Actor parent, StoreDiaryService diary, long child,
                                           LocalDate monday) {
        BenchSession session = new BenchSession(service);
        session.getLockInstance().lock();
        VaadinSession.setCurrent(session);
        UI ui = new UI();
        ui.setLocale(ViewSupport.RUSSIAN);
        ui.getInternals().setSession(session);
        // UI.doInit wants a deployment configuration; the id is all addUI needs.
        try {
            java.lang.reflect.Field uiId = UI.class.getDeclaredField("uiId");
            uiId.setAccessible(true);
            uiId.setInt(ui, session.getNextUIid());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        session.addUI(ui);
        UI.setCurrent(ui);
        session.setAttribute(ViewSupport.ACTOR_ATTRIBUTE, parent);
        DiaryView view = DiaryViewProbe.open(() -> parent, () -> diary, monday.plusDays(2), child);
        ui.add(view);
        return session;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** A session with a plain lock, as a servlet container's would be after login (no HTTP session behind it). */
    static final class BenchSession extends VaadinSession {
        private static final long serialVersionUID = 1L;
        private final ReentrantLock benchLock = new ReentrantLock();

        BenchSession(VaadinService service) {
            super(service);
        }

        @Override
        public Lock getLockInstance() {
            return benchLock;
        }

        @Override
        public boolean hasLock() {
            return benchLock.isHeldByCurrentThread();
        }
    }

    static long serializedSize(Object o) throws IOException {
        CountingStream count = new CountingStream();
        try (ObjectOutputStream out = new RecordsAsArrays(count)) {
            out.writeObject(o);
        }
        return count.count;
    }

    /** Writes records that are not {@code Serializable} (the api's) as arrays of their components. */
    static final class RecordsAsArrays extends ObjectOutputStream {
        RecordsAsArrays(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) throws IOException {
            if (obj instanceof VaadinSession) {
                // The UI points back to its session, whose writeObject needs a servlet context: the
                // session object's own bookkeeping is left out, its UIs and attributes are counted.
                return null;
            }
            if (obj instanceof Record && !(obj instanceof Serializable)) {
                RecordComponent[] components = obj.getClass().getRecordComponents();
                Object[] values = new Object[components.length];
                try {
                    for (int i = 0; i < components.length; i++) {
                        components[i].getAccessor().setAccessible(true);
                        values[i] = components[i].getAccessor().invoke(obj);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IOException(e);
                }
                return values;
            }
            return obj;
        }
    }

    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** The Monday of the week with the most lessons, marks and absences of the student (in the demo weeks). */
    static LocalDate busiestWeek(DataSource dataSource, long studentId) throws SQLException {
        String sql = "SELECT l.lesson_date, COUNT(*) FROM enrollment e"
                + " JOIN teaching_assignment a ON a.class_id = e.class_id"
                + " JOIN lesson l ON l.assignment_id = a.id"
                + " LEFT JOIN work w ON w.lesson_id = l.id LEFT JOIN mark m ON m.work_id = w.id AND m.student_id = e.student_id"
                + " WHERE e.student_id = ? GROUP BY l.lesson_date";
        List<LocalDate> dates = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, studentId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    dates.add(rs.getDate(1).toLocalDate());
                    counts.add(rs.getLong(2));
                }
            }
        }
        java.util.Map<LocalDate, Long> perWeek = new java.util.TreeMap<>();
        for (int i = 0; i < dates.size(); i++) {
            perWeek.merge(dates.get(i).with(DayOfWeek.MONDAY), counts.get(i), Long::sum);
        }
        return perWeek.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .orElseThrow(() -> new IllegalStateException("the student has no lessons")).getKey();
    }}
