package org.ejournal.testsupport.vaadin;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejournal.testsupport.l10n.Messages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;

/**
 * Just enough of a Vaadin service for {@code getTranslation} to answer from the message files on the test
 * class path ({@code l10n/messages*.properties}: the tested bundle's own first, then those of the bundles
 * it tests with, such as the service whose refusals the view shows), merged as the host's provider merges
 * them (Russian first, MessageFormat placeholders), and a current UI for dialogs. Lets browserless view tests
 * of view bundles assert the texts a user reads: {@link #install()} before, {@link #uninstall()} after.
 */
public final class TranslatingVaadinService extends VaadinServletService {
    private static final long serialVersionUID = 1L;

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final I18NProvider provider = new I18NProvider() {
        private static final long serialVersionUID = 1L;

        private final transient Map<String, String> russian = Messages.merged(loader(), Messages.RUSSIAN_FILE);
        private final transient Map<String, String> english = Messages.merged(loader(), Messages.ENGLISH_FILE);

        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(RUSSIAN, Locale.ENGLISH);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            String pattern = locale != null && "en".equals(locale.getLanguage()) ? english.get(key) : null;
            if (pattern == null) {
                pattern = russian.get(key);
            }
            if (pattern == null) {
                return "!" + key + "!";
            }
            return new MessageFormat(pattern, locale == null ? RUSSIAN : locale).format(params);
        }
    };

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : TranslatingVaadinService.class.getClassLoader();
    }

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

    /** CurrentInstance holds only weak references: without these the GC may take both mid-test. */
    private static TranslatingVaadinService service;
    private static UI ui;

    public static void install() {
        service = new TranslatingVaadinService();
        CurrentInstance.set(VaadinService.class, service);
        ui = new UI();
        ui.setLocale(RUSSIAN);
        UI.setCurrent(ui);
    }

    public static void uninstall() {
        CurrentInstance.clearAll();
        service = null;
        ui = null;
    }
}
