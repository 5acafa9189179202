package org.ejournal.ui.journalsettings.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads this bundle's {@code l10n/messages*.properties} outside a Vaadin UI (menu titles are asked
 * by the host's menu, possibly before any view of ours exists). Views use {@code getTranslation}.
 */
final class BundleMessages {

    // No fallback to the JVM's default locale: the base file (Russian) is the product's default.
    private static final ResourceBundle.Control NO_JVM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BundleMessages() {
    }

    static String get(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle("l10n.messages", locale == null ? Locale.ROOT : locale,
                    BundleMessages.class.getClassLoader(), NO_JVM_LOCALE_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
