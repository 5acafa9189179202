package org.ejournal.ui.reports.internal;

import org.ejournal.api.EJournalException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/** Shows a service's user error in the words of the message bundles. */
final class UiErrors {

    private UiErrors() {
    }

    static String text(Component context, EJournalException e) {
        return context.getTranslation(e.messageKey(), e.arguments());
    }

    static Paragraph message(Component context, EJournalException e) {
        Paragraph message = new Paragraph(text(context, e));
        message.setId("reports-error");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        return message;
    }
}
