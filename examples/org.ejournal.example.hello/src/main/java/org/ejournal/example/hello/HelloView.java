package org.ejournal.example.hello;

import org.ejournal.api.Actor;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Says hello to the logged-in user by name. Built only from vaadin-core components; texts come from
 * this bundle's {@code l10n/messages*.properties}, merged into the product's translations by the host.
 */
public class HelloView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public HelloView() {
        Actor actor = ViewSupport.actor();
        H2 title = new H2(getTranslation("hello.title"));
        Paragraph greeting = new Paragraph(getTranslation("hello.greeting", actor.displayName()));
        greeting.setId("hello-greeting");
        add(title, greeting, new Paragraph(getTranslation("hello.explanation")));
    }
}
