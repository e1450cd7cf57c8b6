package dev.mizan.workbench.shell;

import java.util.function.Consumer;

/** Which editor the workbench opens documents in. */
public final class EditorFactories {
    private EditorFactories() {
    }

    /**
     * The editor used by the application: the annotation editor. (Swap here for another editor;
     * {@link PlaceholderEditor#factory()} is a read-only view.)
     *
     * @param fontSizeChanged hears font size changes made inside an editor
     */
    public static EditorFactory standard(Consumer<Integer> fontSizeChanged) {
        return DocumentEditorTab.factory(fontSizeChanged);
    }
}
