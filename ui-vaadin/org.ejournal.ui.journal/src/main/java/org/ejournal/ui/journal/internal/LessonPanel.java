package org.ejournal.ui.journal.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.journal.AttachmentInfo;
import org.ejournal.api.journal.JournalConflictException;
import org.ejournal.api.journal.JournalRuleException;
import org.ejournal.api.journal.JournalWriteService;
import org.ejournal.api.journal.LessonState;
import org.ejournal.api.journal.RuleVerdict;
import org.ejournal.api.journal.WorkInfo;
import org.ejournal.api.journal.WorkTypeInfo;
import org.ejournal.api.journal.WriteResult;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The lesson panel, opened from a column header: topic, homework text and files, works with their type
 * (the school's work types) and weight. Every change goes through {@link JournalWriteService}; refusals and
 * conflicts show in the panel, and the journal's headers and columns are read again after a change.
 */
public class LessonPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Actor> actor;
    private final transient Supplier<JournalWriteService> writer;
    private final transient Supplier<String> address;
    private final transient Consumer<Long> changed;

    private final H3 title = new H3();
    private final TextField topic = new TextField();
    private final TextArea homework = new TextArea();
    private final Button save = new Button();
    private final Paragraph message = new Paragraph();
    private final VerticalLayout works = new VerticalLayout();
    private final Select<WorkTypeInfo> workType = new Select<>();
    private final TextField workTitle = new TextField();
    private final Button addWork = new Button();
    private final VerticalLayout files = new VerticalLayout();
    private final Div uploadHolder = new Div();
    private transient LessonState lesson;

    LessonPanel(Supplier<Actor> actor, Supplier<JournalWriteService> writer, Supplier<String> address,
                Consumer<Long> changed) {
        this.actor = actor;
        this.writer = writer;
        this.address = address;
        this.changed = changed;
        setId("lesson-panel");
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("max-width", "60rem");
        title.setId("lesson-title");
        topic.setId("lesson-topic");
        topic.setWidthFull();
        topic.setMaxLength(500);
        homework.setId("lesson-homework");
        homework.setWidthFull();
        homework.setMaxLength(2000);
        save.setId("lesson-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveTopicAndHomework());
        message.setId("lesson-message");
        works.setId("lesson-works");
        works.setPadding(false);
        works.setSpacing(false);
        workType.setId("lesson-work-type");
        workType.setItemLabelGenerator(w -> w.name() + " (" + w.weight() + ")");
        workTitle.setId("lesson-work-title");
        addWork.setId("lesson-work-add");
        addWork.addClickListener(e -> addWork());
        files.setId("lesson-files");
        files.setPadding(false);
        files.setSpacing(false);
    }

    /** Reads the lesson and shows it. */
    void open(long lessonId) {
        removeAll();
        JournalWriteService w = writer.get();
        if (w == null) {
            add(new Paragraph(getTranslation("error.serviceUnavailable", "JournalWriteService")));
            return;
        }
        try {
            lesson = w.lesson(actor.get(), lessonId);
        } catch (EJournalException e) {
            add(JournalView.errorMessage(this, e));
            return;
        }
        title.setText(getTranslation("journal.lesson.heading", lesson.date().format(JournalView.FULL_DATE),
                lesson.lessonNumber()));
        Button close = new Button(getTranslation("journal.close"), e -> setVisible(false));
        close.setId("lesson-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout top = new HorizontalLayout(title, close);
        top.setWidthFull();
        top.expand(title);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        topic.setLabel(getTranslation("journal.lesson.topicLabel"));
        topic.setValue(lesson.topic());
        homework.setLabel(getTranslation("journal.lesson.homeworkLabel"));
        homework.setValue(lesson.homework());
        save.setText(getTranslation("journal.lesson.save"));
        showMessage("", false);

        boolean writable = lesson.writable();
        topic.setReadOnly(!writable);
        homework.setReadOnly(!writable);
        save.setVisible(writable);
        add(top, topic, homework, save, message);

        add(new H4(getTranslation("journal.lesson.works")));
        fillWorks(writable);
        add(works);
        if (writable) {
            List<WorkTypeInfo> types;
            try {
                types = w.workTypes(actor.get());
            } catch (EJournalException e) {
                types = List.of();
            }
            workType.setLabel(getTranslation("journal.lesson.workType"));
            workType.setItems(types);
            if (!types.isEmpty()) {
                workType.setValue(types.get(0));
            }
            workTitle.setLabel(getTranslation("journal.lesson.workTitle"));
            workTitle.setValue("");
            addWork.setText(getTranslation("journal.lesson.addWork"));
            HorizontalLayout add = new HorizontalLayout(workType, workTitle, addWork);
            add.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(add);
        }

        add(new H4(getTranslation("journal.lesson.files")));
        fillFiles(writable);
        add(files);
        if (writable) {
            uploadHolder.removeAll();
            uploadHolder.add(upload());
            add(uploadHolder);
        }
    }

    private void fillWorks(boolean writable) {
        works.removeAll();
        if (lesson.works().isEmpty()) {
            works.add(new Span(getTranslation("journal.lesson.noWorks")));
        }
        for (WorkInfo work : lesson.works()) {
            Span text = new Span(getTranslation("journal.lesson.workLine", work.typeName(), work.weight(),
                    work.title().isBlank() ? "" : "«" + work.title() + "»"));
            text.addClassName("lesson-work");
            HorizontalLayout line = new HorizontalLayout(text);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            if (writable) {
                Button remove = new Button(getTranslation("journal.lesson.removeWork"), e -> removeWork(work));
                remove.setId("lesson-work-remove-" + work.workId());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                line.add(remove);
            }
            works.add(line);
        }
    }

    private void fillFiles(boolean writable) {
        files.removeAll();
        if (lesson.attachments().isEmpty()) {
            files.add(new Span(getTranslation("journal.lesson.noFiles")));
        }
        for (AttachmentInfo file : lesson.attachments()) {
            Anchor link = new Anchor(download(file), file.fileName() + " (" + size(file.sizeBytes()) + ")");
            link.setId("lesson-file-" + file.attachmentId());
            link.addClassName("lesson-file");
            link.getElement().setAttribute("download", true);
            HorizontalLayout line = new HorizontalLayout(link);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            if (writable) {
                Button remove = new Button(getTranslation("journal.lesson.removeFile"), e -> removeFile(file));
                remove.setId("lesson-file-remove-" + file.attachmentId());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                line.add(remove);
            }
            files.add(line);
        }
    }

    private DownloadHandler download(AttachmentInfo file) {
        Actor who = actor.get();
        JournalWriteService w = writer.get();
        return DownloadHandler.fromInputStream(event -> {
            byte[] content = w.attachmentContent(who, file.attachmentId());
            return new DownloadResponse(new ByteArrayInputStream(content), file.fileName(), file.contentType(),
                    content.length);
        });
    }

    private Upload upload() {
        Actor who = actor.get();
        String from = address.get();
        long lessonId = lesson.lessonId();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            Runnable store = () -> {
                try {
                    writer.get().addAttachment(who, from, lessonId, metadata.fileName(),
                            metadata.contentType() == null ? "application/octet-stream" : metadata.contentType(), data);
                    open(lessonId);
                    showMessage(getTranslation("journal.lesson.fileAdded", metadata.fileName()), false);
                } catch (EJournalException e) {
                    showMessage(text(e), true);
                }
            };
            if (ui != null) {
                ui.access(store::run);
            } else {
                store.run();
            }
        }));
        upload.setId("lesson-upload");
        upload.setMaxFileSize((int) JournalWriteService.MAX_ATTACHMENT_BYTES);
        String megabytes = String.valueOf(JournalWriteService.MAX_ATTACHMENT_BYTES / 1024 / 1024);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("journal.lesson.upload.button"))
                        .setMany(getTranslation("journal.lesson.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("journal.lesson.upload.drop"))
                        .setMany(getTranslation("journal.lesson.upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("journal.lesson.upload.tooBig",
                        megabytes)))
                .setUnits(List.of("Б", "КБ", "МБ", "ГБ", "ТБ")));
        return upload;
    }

    void saveTopicAndHomework() {
        try {
            WriteResult<LessonState> result = writer.get().updateLesson(actor.get(), address.get(),
                    lesson.lessonId(), topic.getValue(), homework.getValue(), lesson.version());
            lesson = result.state();
            List<String> warnings = result.warnings().stream().map(RuleVerdict::text).filter(s -> !s.isBlank())
                    .toList();
            changed.accept(lesson.lessonId());
            showMessage(warnings.isEmpty() ? getTranslation("journal.lesson.saved") : String.join(" ", warnings),
                    false);
        } catch (JournalConflictException e) {
            String by = e.changedBy().isBlank() ? getTranslation("journal.cell.someoneElse") : e.changedBy();
            if (e.current() instanceof LessonState now) {
                lesson = now;
            }
            showMessage(getTranslation("journal.lesson.conflict", by, lesson.topic(), lesson.homework()), true);
        } catch (EJournalException e) {
            showMessage(text(e), true);
        }
    }

    void addWork() {
        WorkTypeInfo type = workType.getValue();
        if (type == null) {
            return;
        }
        try {
            writer.get().addWork(actor.get(), address.get(), lesson.lessonId(), type.code(), workTitle.getValue());
            long id = lesson.lessonId();
            changed.accept(id);
            open(id);
            showMessage(getTranslation("journal.lesson.workAdded", type.name()), false);
        } catch (EJournalException e) {
            showMessage(text(e), true);
        }
    }

    private void removeWork(WorkInfo work) {
        try {
            writer.get().removeWork(actor.get(), address.get(), work.workId());
            long id = lesson.lessonId();
            changed.accept(id);
            open(id);
        } catch (EJournalException e) {
            showMessage(text(e), true);
        }
    }

    private void removeFile(AttachmentInfo file) {
        try {
            writer.get().removeAttachment(actor.get(), address.get(), file.attachmentId());
            open(lesson.lessonId());
        } catch (EJournalException e) {
            showMessage(text(e), true);
        }
    }

    private String text(EJournalException e) {
        if (e instanceof JournalRuleException rule && !rule.verdict().text().isBlank()) {
            return rule.verdict().text();
        }
        return getTranslation(e.messageKey(), e.arguments());
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " Б";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " КБ";
        }
        return String.format("%.1f МБ", bytes / 1024.0 / 1024.0);
    }

    // For tests.
    TextField topic() {
        return topic;
    }

    TextArea homework() {
        return homework;
    }

    Paragraph message() {
        return message;
    }

    Select<WorkTypeInfo> workType() {
        return workType;
    }

    LessonState lesson() {
        return lesson;
    }
}
