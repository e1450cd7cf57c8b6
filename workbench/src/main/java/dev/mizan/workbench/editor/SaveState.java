package dev.mizan.workbench.editor;

/** Whether the annotations on screen are on disk yet. */
public enum SaveState {
    /** Everything is on disk. */
    SAVED,
    /** An edit waits to be written. */
    PENDING,
    /** The last write failed; the next edit or {@link EditSession#flush()} tries again. */
    FAILED
}
