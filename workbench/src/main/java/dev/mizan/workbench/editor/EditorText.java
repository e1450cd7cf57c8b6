package dev.mizan.workbench.editor;

import dev.mizan.workbench.app.Messages;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The editor's own words in the UI language (editor*.properties beside this class). */
final class EditorText {
    private static final String BUNDLE = "dev.mizan.workbench.editor.editor";

    private EditorText() {
    }

    static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Messages.current().locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Messages.current().locale()).format(args);
    }
}
