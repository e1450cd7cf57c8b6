package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.Preferences;
import dev.mizan.workbench.editor.EditSession;

import javax.swing.JComponent;
import java.util.Optional;

/** An open document in the editor area. */
public interface EditorTab {
    String documentId();

    /** The tab's title. */
    String title();

    JComponent component();

    /** The editing session behind the tab; empty for a read-only tab. */
    Optional<EditSession> session();

    /** Scrolls to and selects a span. */
    void revealSpan(String spanId);

    /** Gives the keyboard focus to the text. */
    void focusText();

    /** The editor's own action for a command id (see DocumentEditor's constants), if it has one. */
    default Optional<javax.swing.Action> action(String commandId) {
        return Optional.empty();
    }

    /** Applies changed preferences (font, size). */
    default void preferencesChanged(Preferences preferences) {
    }

    /** Saves what is pending and lets go of resources; called when the tab closes. */
    void close();
}
