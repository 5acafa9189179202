package org.ejournal.ui.journal.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.journal.HistoryEntry;
import org.ejournal.api.journal.JournalWriteService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The history of one journal cell, from the audit trail: when, who, from which address, what, old → new.
 * Opened by a right click on a cell or the «История ячейки» button.
 */
public class CellHistoryDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final transient Supplier<Actor> actor;
    private final transient Supplier<JournalWriteService> writer;
    private final Grid<HistoryEntry> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private transient List<HistoryEntry> shown = List.of();

    CellHistoryDialog(Supplier<Actor> actor, Supplier<JournalWriteService> writer) {
        this.actor = actor;
        this.writer = writer;
        setId("journal-history-dialog");
        setWidth("56rem");
        setDraggable(true);
        setResizable(true);
        grid.setId("journal-history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        empty.setId("journal-history-empty");
    }

    /** Reads the cell's history and shows it. */
    void open(long lessonId, Long workId, long studentId, String title) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("journal.history.title"));
        add(new Paragraph(title));
        JournalWriteService w = writer.get();
        try {
            shown = w == null ? List.of() : w.cellHistory(actor.get(), lessonId, workId, studentId);
        } catch (EJournalException e) {
            shown = List.of();
            add(JournalView.errorMessage(this, e));
        }
        if (grid.getColumns().isEmpty()) {
            ZoneId zone = ZoneId.systemDefault();
            grid.addColumn(e -> e.occurredAt() == null ? "" : WHEN.format(e.occurredAt().atZone(zone)))
                    .setKey("when").setHeader(getTranslation("journal.history.when")).setAutoWidth(true);
            grid.addColumn(HistoryEntry::who).setKey("who").setHeader(getTranslation("journal.history.who"))
                    .setAutoWidth(true);
            grid.addColumn(HistoryEntry::address).setKey("address")
                    .setHeader(getTranslation("journal.history.address")).setAutoWidth(true);
            grid.addColumn(this::what).setKey("what").setHeader(getTranslation("journal.history.what"))
                    .setAutoWidth(true);
            grid.addColumn(e -> change(e)).setKey("change").setHeader(getTranslation("journal.history.change"))
                    .setAutoWidth(true).setFlexGrow(1);
        }
        if (shown.isEmpty()) {
            empty.setText(getTranslation("journal.history.empty"));
            add(empty);
        } else {
            grid.setItems(shown);
            add(grid);
        }
        Button close = new Button(getTranslation("journal.close"), e -> close());
        close.setId("journal-history-close");
        getFooter().add(close);
        open();
    }

    String what(HistoryEntry e) {
        String key = "journal.history.entity." + e.entity();
        String text = getTranslation(key);
        return text == null || text.contains(key) ? e.entity() : text;
    }

    static String change(HistoryEntry e) {
        String oldValue = e.oldValue() == null || e.oldValue().isEmpty() ? "—" : e.oldValue();
        String newValue = e.newValue() == null || e.newValue().isEmpty() ? "—" : e.newValue();
        return oldValue + " → " + newValue;
    }

    List<HistoryEntry> shown() {
        return shown;
    }
}
