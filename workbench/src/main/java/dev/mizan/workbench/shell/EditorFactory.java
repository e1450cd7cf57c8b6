package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.Preferences;

/** Makes the editor of a document; the workbench holds one, so swapping editors is one line. */
@FunctionalInterface
public interface EditorFactory {
    EditorTab open(OpenProject project, String documentId, String annotator, Preferences preferences);
}
