package org.ejournal.host.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.ejournal.api.ui.ViewSupport;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Vaadin's {@link I18NProvider} for the whole product: the host's {@code l10n/messages*.properties}
 * merged with the same files of every ACTIVE bundle (read with {@code Bundle.getEntry}, so bundles
 * need not export anything). Files are UTF-8 (read through a Reader; {@code Properties.load(InputStream)}
 * would read ISO-8859-1 and break Cyrillic). Russian ({@code messages.properties}) is the default and
 * the fallback for a key missing in English. On a key clash the host wins, then the bundle with the
 * lower id, so an add-on cannot rewrite other texts.
 *
 * <p>The merge is rebuilt lazily after any bundle starts, stops or is updated.
 */
public final class MessageCatalog implements I18NProvider, BundleListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MessageCatalog.class);

    /** The locales offered: Russian first (the default), English second. */
    public static final List<Locale> LOCALES = List.of(ViewSupport.RUSSIAN, Locale.ENGLISH);

    private static final String RUSSIAN_FILE = "l10n/messages.properties";
    private static final String ENGLISH_FILE = "l10n/messages_en.properties";

    private final transient BundleContext context;
    private final transient Map<String, String> hostRussian;
    private final transient Map<String, String> hostEnglish;
    private transient volatile Merged merged;

    private record Merged(Map<String, String> russian, Map<String, String> english) {
    }

    /**
     * @param context       the system bundle's context, to list bundles; {@code null} for host texts only
     * @param hostCodeSource the host's jar or class folder, to pick its own files when other jars on
     *                       the class path carry files of the same name
     */
    public MessageCatalog(BundleContext context, URL hostCodeSource) {
        this.context = context;
        this.hostRussian = readHostFile(RUSSIAN_FILE, hostCodeSource);
        this.hostEnglish = readHostFile(ENGLISH_FILE, hostCodeSource);
        if (context != null) {
            context.addBundleListener(this);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Merged m = merged();
        String pattern = null;
        if (locale != null && "en".equals(locale.getLanguage())) {
            pattern = m.english().get(key);
        }
        if (pattern == null) {
            pattern = m.russian().get(key);
        }
        if (pattern == null) {
            LOG.debug("Missing translation key {}", key);
            return "!" + key + "!";
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale == null ? ViewSupport.RUSSIAN : locale).format(params);
    }

    /** Whether any file defines the key. */
    public boolean hasKey(String key) {
        return merged().russian().containsKey(key) || merged().english().containsKey(key);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        switch (event.getType()) {
            case BundleEvent.STARTED, BundleEvent.STOPPED, BundleEvent.UPDATED, BundleEvent.UNINSTALLED -> merged = null;
            default -> {
                // resolving or installing does not change the ACTIVE set
            }
        }
    }

    private Merged merged() {
        Merged m = merged;
        if (m == null) {
            m = merge();
            merged = m;
        }
        return m;
    }

    private Merged merge() {
        Map<String, String> russian = new HashMap<>(hostRussian);
        Map<String, String> english = new HashMap<>(hostEnglish);
        if (context != null) {
            Bundle[] bundles;
            try {
                bundles = context.getBundles();
            } catch (IllegalStateException stopped) {
                bundles = new Bundle[0];
            }
            for (Bundle bundle : bundles) {
                if (bundle.getState() != Bundle.ACTIVE || bundle.getBundleId() == 0) {
                    continue;
                }
                mergeEntry(bundle, RUSSIAN_FILE, russian);
                mergeEntry(bundle, ENGLISH_FILE, english);
            }
        }
        return new Merged(Collections.unmodifiableMap(russian), Collections.unmodifiableMap(english));
    }

    private static void mergeEntry(Bundle bundle, String file, Map<String, String> into) {
        try {
            URL entry = bundle.getEntry(file);
            if (entry != null) {
                read(entry).forEach(into::putIfAbsent);
            }
        } catch (IOException | IllegalStateException e) {
            LOG.warn("Cannot read {} of bundle {}: {}", file, bundle.getSymbolicName(), e.toString());
        }
    }

    private static Map<String, String> readHostFile(String file, URL hostCodeSource) {
        try {
            ClassLoader loader = MessageCatalog.class.getClassLoader();
            Enumeration<URL> candidates = loader.getResources(file);
            URL chosen = null;
            while (candidates.hasMoreElements()) {
                URL url = candidates.nextElement();
                if (chosen == null) {
                    chosen = url;
                }
                if (hostCodeSource != null && url.toString().contains(hostCodeSource.getPath())) {
                    chosen = url;
                    break;
                }
            }
            return chosen == null ? Map.of() : read(chosen);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the host's " + file, e);
        }
    }

    /** Reads one properties file as UTF-8. */
    static Map<String, String> read(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new HashMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    /** Stops following bundle changes. */
    public void close() {
        if (context != null) {
            try {
                context.removeBundleListener(this);
            } catch (IllegalStateException stopped) {
                // framework already gone
            }
        }
    }
}
