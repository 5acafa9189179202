package org.ejournal.host.ui;

import java.util.UUID;

import org.ejournal.api.EJournalException;
import org.ejournal.api.ui.ViewSupport;
import org.ejournal.host.i18n.MessageCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/**
 * Errors in event handlers: an {@link EJournalException} (anywhere in the cause chain) is a message
 * for the user, translated from its key; anything else is a fault of the system, logged with a short
 * id that the user sees in «Ошибка системы, код …» and can quote to the administrator.
 */
public final class HostErrorHandler implements ErrorHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HostErrorHandler.class);

    private final transient MessageCatalog messages;

    public HostErrorHandler(MessageCatalog messages) {
        this.messages = messages;
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        java.util.Locale locale = ui == null ? ViewSupport.RUSSIAN : ui.getLocale();
        EJournalException known = find(error);
        String text;
        if (known != null) {
            LOG.debug("User-facing error {}", known.getMessage());
            text = messageOf(known, locale);
        } else {
            String id = newErrorId();
            LOG.error("System error {}", id, error);
            text = messages.getTranslation("error.system", locale, id);
        }
        if (ui != null) {
            Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The translated text of an exception: its key with its arguments (MessageFormat). */
    public String messageOf(EJournalException e, java.util.Locale locale) {
        return messages.getTranslation(e.messageKey(), locale, e.arguments());
    }

    static EJournalException find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof EJournalException e) {
                return e;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** Eight hex digits: short enough to read over the phone, unique enough within a log. */
    static String newErrorId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
