package org.ejournal.host.ui;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

/**
 * Errors while opening a view (its constructor or navigation observers threw), shown inside the main
 * layout with the same rules as {@link HostErrorHandler}: an {@link EJournalException} becomes its
 * translated message; anything else is logged with an id shown as «Ошибка системы, код …».
 * Unknown routes keep Vaadin's own "not found" view (it handles a more specific exception).
 */
@ParentLayout(MainLayout.class)
public final class HostErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HostErrorView.class);

    private final H2 title = new H2();
    private final Paragraph message = new Paragraph();

    public HostErrorView() {
        message.setId("error-message");
        add(title, message);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        EJournalException known = HostErrorHandler.find(parameter.getCaughtException());
        title.setText(getTranslation("error.title"));
        if (known != null) {
            LOG.debug("Navigation to '{}' refused: {}", event.getLocation().getPath(), known.getMessage());
            message.setText(getTranslation(known.messageKey(), known.arguments()));
            if (known instanceof AccessDeniedException) {
                return 403;
            }
            return known instanceof NotFoundException ? 404 : 400;
        }
        String id = HostErrorHandler.newErrorId();
        LOG.error("System error {} while opening '{}'", id, event.getLocation().getPath(),
                parameter.getCaughtException());
        message.setText(getTranslation("error.system", id));
        return 500;
    }
}
