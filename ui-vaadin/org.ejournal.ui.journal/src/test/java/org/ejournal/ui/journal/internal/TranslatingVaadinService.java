package org.ejournal.ui.journal.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;

/**
 * Just enough of a Vaadin service for {@code getTranslation} to answer from this bundle's message
 * files, as the host's merging provider does (Russian first, MessageFormat placeholders). Lets view
 * tests assert the texts a user reads.
 */
final class TranslatingVaadinService extends VaadinServletService {
    private static final long serialVersionUID = 1L;

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final I18NProvider provider = new I18NProvider() {
        private static final long serialVersionUID = 1L;

        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(RUSSIAN, Locale.ENGLISH);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            try {
                String pattern = ResourceBundle.getBundle("l10n.messages", locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(key);
                return new MessageFormat(pattern, locale).format(params);
            } catch (MissingResourceException e) {
                return "!" + key + "!";
            }
        }
    };

    @Override
    public Instantiator getInstantiator() {
        return new DefaultInstantiator(this) {
            private static final long serialVersionUID = 1L;

            @Override
            public I18NProvider getI18NProvider() {
                return provider;
            }
        };
    }

    /** No servlet context here: Vaadin's dev-time component tracking then stays off. */
    @Override
    public VaadinContext getContext() {
        return null;
    }

    /** Vaadin keeps current instances only weakly: this strong reference keeps the service alive. */
    private static TranslatingVaadinService installed;

    static void install() {
        installed = new TranslatingVaadinService();
        CurrentInstance.set(VaadinService.class, installed);
    }

    static void uninstall() {
        CurrentInstance.clearAll();
        installed = null;
    }
}
