package org.ejournal.ui.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.ejournal.api.imports.ImportCount;
import org.ejournal.api.imports.ImportFile;
import org.ejournal.api.imports.ImportKind;
import org.ejournal.api.imports.ImportProblem;
import org.ejournal.api.imports.ImportProgress;
import org.ejournal.api.imports.ImportReport;
import org.ejournal.api.imports.ImportService;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.data.provider.Query;

/** Browserless: the view with a fake service run synchronously, texts from this bundle's messages. */
class ImportViewTest {

    static final Actor ZAVUCH = new Actor(3, 1, "zavuch", "Сидорова Елена Викторовна", Set.of(Role.DEPUTY_DIRECTOR),
            102L, null, null, null);
    static final ImportProblem UNKNOWN_CLASS = new ImportProblem("a.xlsx", "Ученики", 14, "Класс",
            "import.error.unknownClass", List.of("7В", "2026/2027"));

    final FakeImport service = new FakeImport();
    ImportView view;

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
        view = new ImportView(() -> ZAVUCH, () -> service, Runnable::run);
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    @Test
    void applyIsOffUntilACleanCheckOfTheseFiles() {
        assertFalse(view.check.isEnabled());
        assertFalse(view.apply.isEnabled());
        assertEquals("Файлы не выбраны.", view.fileList.getText());

        service.problems = List.of(UNKNOWN_CLASS);
        view.added("a.xlsx", new byte[] {1});
        assertEquals("Файлы: a.xlsx", view.fileList.getText());
        view.runCheck();
        assertFalse(view.apply.isEnabled(), "problems: no apply");
        assertTrue(view.problems.isVisible());
        List<ImportProblem> shown = view.problems.getDataProvider().fetch(new Query<>()).toList();
        assertEquals(List.of(UNKNOWN_CLASS), shown);
        assertEquals("Неизвестный класс «7В»: его нет в 2026/2027 учебном году и на листе «Классы».",
                view.message(shown.get(0)));
        assertTrue(view.summary.getText().startsWith("Найдено ошибок: 1"), view.summary.getText());

        service.problems = List.of();
        view.added("a.xlsx", new byte[] {2});
        assertEquals(1, view.files.size(), "the corrected file replaces the broken one");
        assertFalse(view.apply.isEnabled(), "a new file needs a new check");
        view.runCheck();
        assertTrue(view.apply.isEnabled());
        assertFalse(view.problems.isVisible());
        assertTrue(view.summary.getText().startsWith("Проверка пройдена"), view.summary.getText());
        assertTrue(view.plan.getText().contains("ученики — новых 12"), view.plan.getText());
        assertEquals(List.of("Обработано строк: 3 из 5"), service.progressSeen, "progress shown while it runs");
        assertFalse(view.progress.isVisible(), "and hidden when done");

        view.runApply();
        assertEquals(1, service.applied.size());
        assertEquals(2, service.applied.get(0).get(0).content()[0], "applies exactly the checked file");
        assertTrue(view.result.getText().startsWith("Импорт выполнен: "), view.result.getText());
        assertFalse(view.apply.isEnabled(), "not twice");
        assertEquals("Файлы не выбраны.", view.fileList.getText());
    }

    @Test
    void refusalsAreShownInRussian() {
        view.added("a.xlsx", new byte[] {1});
        service.refuse = new AccessDeniedException(Operation.SCHOOL_IMPORT, 1);
        view.runCheck();
        assertEquals("Импорт доступен заместителю директора и директору.", view.error.getText());
        assertTrue(view.error.isVisible());

        service.refuse = null;
        view.runCheck();
        service.refuse = new ValidationException(ImportService.NOT_CLEAN, 3);
        view.runApply();
        assertTrue(view.error.getText().startsWith("Импорт не выполнен: в файлах есть ошибки (3)"), view.error.getText());
        assertFalse(view.apply.isEnabled());
    }

    @Test
    void everyProblemKeyOfTheServiceHasARussianText() {
        for (String key : List.of("notClean", "noFiles", "noYear", "emptyFile", "noSheets", "notXlsx", "oldXls",
                "unknownFormat", "tooLarge", "csvQuote", "unknownHeader", "missingColumn", "repeatedColumn", "required",
                "tooLong", "badEmail", "badPhone", "badClass", "badGrade", "unknownClass", "fullName", "unknownTeacher",
                "ambiguousTeacher", "ambiguousStaff", "duplicate", "genderRequired", "badGender", "badDate",
                "birthDateRange", "consentInFuture", "consentWithoutParent", "noConsent", "ambiguousStudent",
                "ambiguousStudentNoDate", "relationRequired", "badRelation", "parentGender", "badHours")) {
            String text = view.getTranslation("import.error." + key, "x", "y");
            assertFalse(text.startsWith("!"), key);
        }
        assertEquals("Импорт", new ImportViewContribution().title(TranslatingVaadinService.RUSSIAN));
        assertEquals(Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR), new ImportViewContribution().roles());
        assertTrue(ImportView.class.getResource("/samples/import-sample.xlsx") != null, "sample shipped in the bundle");
        assertTrue(ImportView.class.getResource("/samples/import-sample-errors.xlsx") != null);
        for (String csv : ImportView.CSV_SAMPLES) {
            assertTrue(ImportView.class.getResource("/samples/" + csv) != null, csv);
        }
    }

    final class FakeImport implements ImportService {
        List<ImportProblem> problems = List.of();
        RuntimeException refuse;
        final List<List<ImportFile>> applied = new ArrayList<>();
        final List<String> progressSeen = new ArrayList<>();

        private ImportReport report(boolean applied) {
            return new ImportReport(List.of(new ImportCount(ImportKind.STUDENTS, 12, 12, 0, 0)), 10, 0, problems, applied);
        }

        @Override
        public ImportReport dryRun(Actor actor, List<ImportFile> files, ImportProgress progress) {
            if (refuse != null) {
                throw refuse;
            }
            progressSeen.clear();
            progress.rowsDone(3, 5);
            if (view.progress.isVisible()) {
                progressSeen.add(view.progressText.getText());
            }
            return report(false);
        }

        @Override
        public ImportReport apply(Actor actor, List<ImportFile> files, ImportProgress progress) {
            if (refuse != null) {
                throw refuse;
            }
            applied.add(files);
            return report(true);
        }
    }
}
