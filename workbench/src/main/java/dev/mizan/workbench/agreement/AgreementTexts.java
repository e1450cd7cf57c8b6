package dev.mizan.workbench.agreement;

import dev.mizan.workbench.app.Messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Agreement perspective's words ({@code agreement/i18n/agreement*.properties}), kept apart from the
 * shell's bundle so the features do not edit one shared file. The language follows the shell's.
 */
final class AgreementTexts {
    private static final String BUNDLE = "dev.mizan.workbench.agreement.i18n.agreement";

    private final ResourceBundle bundle;
    private final Locale locale;

    private AgreementTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static AgreementTexts of(Locale locale) {
        return new AgreementTexts(locale);
    }

    /** In the language of the running UI. */
    static AgreementTexts current() {
        return of(Messages.current().locale());
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A measure's name, or its id when the bundle does not know it (a plugin's measure). */
    String measure(String id) {
        String name = get(MeasureNames.key(id));
        return name.equals(MeasureNames.key(id)) ? id : name;
    }

    /** A measure's short name for narrow column headers, else its name. */
    String shortMeasure(String id) {
        return has("short." + id) ? get("short." + id) : measure(id);
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
