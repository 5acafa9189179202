package org.ejournal.ui.reports.internal;

import org.ejournal.api.EJournalException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/** Shows a service's user error in the words of the message bundles. */
final class UiErrors {

    private UiErrors() {
    }

    static String text(Component context, EJournalException e) {
        Object[] arguments = e.arguments();
        // Parameter errors name the parameter by its key ("classId"); the user knows it as «Класс».
        if (e.messageKey().startsWith("error.report.parameter") && arguments.length > 0) {
            String labelKey = "reports.parameter." + arguments[0];
            String label = context.getTranslation(labelKey);
            if (label != null && !label.contains(labelKey)) {
                arguments[0] = label;
            }
        }
        return context.getTranslation(e.messageKey(), arguments);
    }

    static Paragraph message(Component context, EJournalException e) {
        Paragraph message = new Paragraph(text(context, e));
        message.setId("reports-error");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        return message;
    }
}
