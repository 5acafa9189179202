package org.ejournal.ui.movement.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The «are you sure?» of a movement or a promotion: the question, «Отмена» and «Да». Either button closes it
 * and runs {@code closed}; «Да» then runs {@code confirmed}. Ids: {@code <id>}, {@code <id>-yes}, {@code <id>-no}.
 */
final class Confirmation extends Dialog {
    private static final long serialVersionUID = 1L;

    /** The buttons (footer content is not a child of the dialog), for tests. */
    final Button yes;
    final Button no;

    Confirmation(String id, String question, Runnable confirmed, Runnable closed) {
        setId(id);
        setHeaderTitle(getTranslation("movement.confirm.title"));
        add(new Paragraph(question));
        yes = new Button(getTranslation("movement.confirm.yes"), e -> {
            close();
            closed.run();
            confirmed.run();
        });
        yes.setId(id + "-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        no = new Button(getTranslation("movement.confirm.no"), e -> {
            close();
            closed.run();
        });
        no.setId(id + "-no");
        getFooter().add(no, yes);
    }
}
