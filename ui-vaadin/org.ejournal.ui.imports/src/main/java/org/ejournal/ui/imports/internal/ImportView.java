package org.ejournal.ui.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.imports.ImportCount;
import org.ejournal.api.imports.ImportFile;
import org.ejournal.api.imports.ImportProblem;
import org.ejournal.api.imports.ImportProgress;
import org.ejournal.api.imports.ImportReport;
import org.ejournal.api.imports.ImportService;
import org.ejournal.api.ui.ViewSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * «Импорт»: upload one workbook or several CSV files, a dry run that lists every bad row (file, sheet,
 * row, column, reason), «Применить» enabled only after a clean dry run of exactly these files. Both
 * run in the background with a progress bar; the page polls while they run (the host has no push).
 * All rules are the {@link ImportService}'s.
 */
public class ImportView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    /** Sample files shipped in this bundle (copied from docs/samples at build time). */
    static final List<String> CSV_SAMPLES = List.of("import-sample-staff.csv", "import-sample-classes.csv",
            "import-sample-students-cp1251.csv", "import-sample-assignments.csv");
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    private static final int POLL_MS = 300;

    /** One background thread for all import views: imports are rare, and 2 cores are shared. */
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ejournal-import");
        t.setDaemon(true);
        return t;
    });

    private final transient Supplier<Actor> actor;
    private final transient Supplier<ImportService> service;
    private final transient Executor executor;

    final List<ImportFile> files = new ArrayList<>();
    final Upload upload = new Upload();
    final Paragraph fileList = new Paragraph();
    final Button check = new Button();
    final Button apply = new Button();
    final Button clear = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph summary = new Paragraph();
    final Paragraph plan = new Paragraph();
    final Paragraph result = new Paragraph();
    final Paragraph error = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    /** The files of the last clean dry run; apply is allowed only for exactly these. */
    private transient List<ImportFile> checkedClean;
    boolean running;

    /** Used by the router: the actor and the service come from the session and the OSGi registry. */
    public ImportView() {
        this(ViewSupport::actor, () -> ViewSupport.service(ImportView.class, ImportService.class), BACKGROUND);
    }

    /** For tests: explicit actor and service, and where the work runs (e.g. {@code Runnable::run}). */
    ImportView(Supplier<Actor> actor, Supplier<ImportService> service, Executor executor) {
        this.actor = actor;
        this.service = service;
        this.executor = executor;
        setId("import-view");
        add(new H2(getTranslation("import.heading")), new Paragraph(getTranslation("import.intro")), samples());

        upload.setId("import-upload");
        upload.setMaxFiles(10);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv", ".txt");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.button"))
                        .setMany(getTranslation("import.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop"))
                        .setMany(getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("import.upload.tooBig"))
                        .setIncorrectFileType(getTranslation("import.upload.wrongType")))
                .setUnits(List.of("Б", "КБ", "МБ", "ГБ", "ТБ")));
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> onUi(() -> added(meta.fileName(), bytes))));
        upload.addAllFinishedListener(e -> {
            if (!files.isEmpty()) {
                runCheck();
            }
        });
        fileList.setId("import-files");

        check.setText(getTranslation("import.check"));
        check.setId("import-check");
        check.addClickListener(e -> runCheck());
        apply.setText(getTranslation("import.apply"));
        apply.setId("import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> runApply());
        clear.setText(getTranslation("import.clear"));
        clear.setId("import-clear");
        clear.addClickListener(e -> clearAll());

        progress.setId("import-progress");
        progress.setWidth("30em");
        progressText.setId("import-progress-text");
        summary.setId("import-summary");
        plan.setId("import-plan");
        result.setId("import-result");
        result.getStyle().set("color", "var(--lumo-success-text-color)");
        error.setId("import-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(ImportProblem::file).setHeader(getTranslation("import.col.file")).setWidth("12em")
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::sheet).setHeader(getTranslation("import.col.sheet")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> p.row() == 0 ? getTranslation("import.file.wholeFile") : String.valueOf(p.row()))
                .setHeader(getTranslation("import.col.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader(getTranslation("import.col.column")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(this::message).setKey("message").setHeader(getTranslation("import.col.message"))
                .setFlexGrow(1);
        problems.setAllRowsVisible(true);

        HorizontalLayout buttons = new HorizontalLayout(check, apply, clear);
        HorizontalLayout bar = new HorizontalLayout(progress, progressText);
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(upload, fileList, buttons, bar, error, summary, plan, result, problems);
        setWidthFull();
        showState();
    }

    private HorizontalLayout samples() {
        HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("import.samples")),
                sample("import-sample.xlsx", getTranslation("import.sample.xlsx"), "import-sample"),
                sample("import-sample-errors.xlsx", getTranslation("import.sample.errors"), "import-sample-errors"));
        for (String csv : CSV_SAMPLES) {
            row.add(sample(csv, csv, null));
        }
        row.setId("import-samples");
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private static Anchor sample(String file, String text, String id) {
        Anchor a = new Anchor(DownloadHandler.forClassResource(ImportView.class, "/samples/" + file, file),
                AttachmentType.DOWNLOAD, text);
        if (id != null) {
            a.setId(id);
        }
        return a;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        detachEvent.getUI().setPollInterval(-1);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        showState();
    }

    /** A file arrived: a file of the same name replaces the earlier one. */
    void added(String name, byte[] bytes) {
        files.removeIf(f -> f.name().equals(name));
        files.add(new ImportFile(name, bytes));
        checkedClean = null;
        result.setText("");
        showState();
    }

    void clearAll() {
        files.clear();
        checkedClean = null;
        upload.clearFileList();
        problems.setItems(List.of());
        summary.setText("");
        plan.setText("");
        result.setText("");
        error.setText("");
        showState();
    }

    void runCheck() {
        if (running || files.isEmpty()) {
            return;
        }
        List<ImportFile> snapshot = List.copyOf(files);
        Actor me = actor.get();
        start();
        executor.execute(() -> {
            try {
                ImportReport report = service.get().dryRun(me, snapshot, listener());
                onUi(() -> checked(snapshot, report));
            } catch (RuntimeException e) {
                onUi(() -> failed(e));
            }
        });
    }

    void runApply() {
        if (running || checkedClean == null) {
            return;
        }
        List<ImportFile> snapshot = checkedClean;
        Actor me = actor.get();
        start();
        executor.execute(() -> {
            try {
                ImportReport report = service.get().apply(me, snapshot, listener());
                onUi(() -> applied(report));
            } catch (RuntimeException e) {
                onUi(() -> failed(e));
            }
        });
    }

    private void start() {
        running = true;
        error.setText("");
        result.setText("");
        progress.setIndeterminate(true);
        progressText.setText(getTranslation("import.progress.reading"));
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MS));
        showState();
    }

    /** Progress reported from the background thread, forwarded to the UI at most once per percent. */
    private ImportProgress listener() {
        int[] shown = {-1};
        return (done, total) -> {
            int percent = total == 0 ? 100 : done * 100 / total;
            if (percent != shown[0]) {
                shown[0] = percent;
                onUi(() -> {
                    progress.setIndeterminate(false);
                    progress.setValue(total == 0 ? 1 : (double) done / total);
                    progressText.setText(getTranslation("import.progress", done, total));
                });
            }
        };
    }

    private void stop() {
        running = false;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    void checked(List<ImportFile> checkedFiles, ImportReport report) {
        stop();
        problems.setItems(report.problems());
        if (report.clean()) {
            checkedClean = checkedFiles;
            summary.setText(getTranslation("import.checked.clean", report.rows()));
            plan.setText(getTranslation("import.plan", counts(report)));
        } else {
            checkedClean = null;
            summary.setText(getTranslation("import.checked.problems", report.rows(), report.problems().size()));
            plan.setText("");
        }
        showState();
    }

    void applied(ImportReport report) {
        stop();
        checkedClean = null;
        files.clear();
        upload.clearFileList();
        problems.setItems(List.of());
        summary.setText("");
        plan.setText("");
        result.setText(getTranslation("import.result", counts(report)));
        showState();
    }

    void failed(RuntimeException e) {
        stop();
        checkedClean = null;
        if (e instanceof AccessDeniedException) {
            error.setText(getTranslation("import.accessDenied"));
        } else if (e instanceof EJournalException ej) {
            error.setText(getTranslation(ej.messageKey(), ej.arguments()));
        } else {
            LOG.error("Import failed", e);
            error.setText(getTranslation("import.failed", e.getClass().getSimpleName()));
        }
        showState();
    }

    private String counts(ImportReport report) {
        List<String> parts = new ArrayList<>();
        for (ImportCount c : report.counts()) {
            parts.add(getTranslation("import.count", getTranslation("import.kind." + c.kind()), c.created(), c.updated(),
                    c.unchanged()));
        }
        parts.add(getTranslation("import.count.parents", report.parentsCreated()));
        parts.add(getTranslation("import.count.subjects", report.subjectsCreated()));
        return String.join("; ", parts);
    }

    String message(ImportProblem p) {
        return getTranslation(p.key(), p.arguments().toArray());
    }

    private void showState() {
        fileList.setText(files.isEmpty() ? getTranslation("import.files.none")
                : getTranslation("import.files", String.join(", ", files.stream().map(ImportFile::name).toList())));
        check.setEnabled(!running && !files.isEmpty());
        apply.setEnabled(!running && checkedClean != null);
        clear.setEnabled(!running);
        upload.setVisible(true);
        progress.setVisible(running);
        progressText.setVisible(running);
        error.setVisible(!error.getText().isEmpty());
        summary.setVisible(!summary.getText().isEmpty());
        plan.setVisible(!plan.getText().isEmpty());
        result.setVisible(!result.getText().isEmpty());
        problems.setVisible(!running && checkedClean == null && !summary.getText().isEmpty());
    }

    /**
     * Runs UI work: directly when this thread holds the session (a click, a test without a session),
     * else through {@link UI#access} (the background thread).
     */
    private void onUi(Command command) {
        UI ui = getUI().orElse(null);
        VaadinSession session = ui == null ? null : ui.getSession();
        if (session == null || session.hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
