package dev.mizan.workbench.shell;

/** Which editor the workbench opens documents in. */
public final class EditorFactories {
    private EditorFactories() {
    }

    /** The editor used by the application. */
    public static EditorFactory standard() {
        return PlaceholderEditor.factory();
    }
}
