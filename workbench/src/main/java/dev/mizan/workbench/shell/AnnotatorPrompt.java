package dev.mizan.workbench.shell;

import dev.mizan.store.SafeIds;
import dev.mizan.workbench.app.Messages;

import javax.swing.JOptionPane;
import java.awt.Component;
import java.util.Optional;

/** Asks for the annotator name on first start; it names the user's folder under annotations/. */
public final class AnnotatorPrompt {
    private AnnotatorPrompt() {
    }

    /** The name typed, or empty when the user cancels. */
    public static Optional<String> ask(Component parent, Messages m, String suggestion) {
        String initial = suggestion;
        while (true) {
            Object answer = JOptionPane.showInputDialog(parent, m.get("annotator.question"), m.get("annotator.title"),
                    JOptionPane.QUESTION_MESSAGE, null, null, initial);
            if (answer == null) {
                return Optional.empty();
            }
            String name = answer.toString().trim();
            String why = SafeIds.whyUnsafe(name);
            if (why == null) {
                return Optional.of(name);
            }
            JOptionPane.showMessageDialog(parent, m.format("prefs.badAnnotator", name, why), "Mizan", JOptionPane.ERROR_MESSAGE);
            initial = SafeIds.slug(name);
        }
    }

    /** A safe id made from the system user name, used when the user does not answer. */
    public static String fallback() {
        return SafeIds.slug(System.getProperty("user.name", "annotator"));
    }
}
