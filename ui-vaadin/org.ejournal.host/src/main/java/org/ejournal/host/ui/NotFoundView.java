package org.ejournal.host.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

/**
 * An address no view answers (mistyped, or a module that was removed): a Russian page with a link to
 * the start page instead of Vaadin's English default.
 */
@ParentLayout(MainLayout.class)
public final class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private static final long serialVersionUID = 1L;

    private final Paragraph path = new Paragraph();

    public NotFoundView() {
        path.setId("not-found-path");
        add(new H2(getTranslation("notFound.title")), path, new Anchor("", getTranslation("notFound.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        path.setText(getTranslation("notFound.message", "/" + event.getLocation().getPath()));
        return 404;
    }
}
