package dev.mizan.workbench.editor;

import dev.mizan.model.AnnotationSet;

/**
 * Hears what happens in an {@link EditSession}. Set and selection changes arrive on the thread
 * that made the edit (the EDT in the workbench); save-state changes arrive on the session's
 * writer thread, so Swing listeners must hand them to the EDT.
 */
public interface EditSessionListener {
    default void setChanged(AnnotationSet set) {
    }

    default void selectionChanged(String spanId) {
    }

    default void saveStateChanged(SaveState state, String message) {
    }
}
