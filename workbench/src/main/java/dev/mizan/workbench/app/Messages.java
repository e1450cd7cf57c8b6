package dev.mizan.workbench.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's words in the chosen language ({@code i18n/messages*.properties}, UTF-8). A missing key
 * shows as the key itself rather than failing.
 */
public final class Messages {
    private static final String BUNDLE = "dev.mizan.workbench.i18n.messages";

    private static volatile Messages current;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages of(Locale locale) {
        // Without the NO_FALLBACK control an Arabic bundle request on an English system would be fine,
        // but an English request on an Arabic system would pick Arabic.
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(b, locale);
    }

    public static Messages of(Preferences p) {
        return of(Locale.forLanguageTag(p.language()));
    }

    /**
     * The messages of the running UI. Contributions are built by ServiceLoader without arguments,
     * so their {@code name()} and {@code title()} read the UI language from here.
     */
    public static Messages current() {
        Messages m = current;
        if (m == null) {
            m = of(Locale.ENGLISH);
            current = m;
        }
        return m;
    }

    public static void setCurrent(Messages messages) {
        current = messages;
    }

    /** Shorthand for {@code current().get(key)}. */
    public static String text(String key) {
        return current().get(key);
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return "ar".equals(locale.getLanguage());
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        MessageFormat f = new MessageFormat(get(key), locale);
        return f.format(args);
    }

    /** True when the bundle has the key (tests check that both languages have the same keys). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
