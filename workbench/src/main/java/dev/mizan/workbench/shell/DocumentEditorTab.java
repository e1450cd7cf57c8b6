package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.Preferences;
import dev.mizan.workbench.editor.DocumentEditor;
import dev.mizan.workbench.editor.EditSession;
import dev.mizan.workbench.editor.EditorSettings;

import javax.swing.Action;
import javax.swing.JComponent;
import java.util.Optional;
import java.util.function.Consumer;

/** An editor tab holding the annotation editor of one document. */
final class DocumentEditorTab implements EditorTab {
    private final DocumentEditor editor;

    private DocumentEditorTab(DocumentEditor editor) {
        this.editor = editor;
    }

    /**
     * The factory; {@code fontSizeChanged} hears font size changes made inside the editor
     * (Ctrl+= while it has focus) so the preference follows.
     */
    static EditorFactory factory(Consumer<Integer> fontSizeChanged) {
        return (project, documentId, annotator, preferences) -> {
            EditSession session = EditSession.open(project.store(), project.project(), documentId, annotator,
                    preferences.autosave());
            DocumentEditor editor = new DocumentEditor(session, settings(preferences));
            editor.addPropertyChangeListener(DocumentEditor.SETTINGS_PROPERTY, e -> {
                if (e.getNewValue() instanceof EditorSettings s) {
                    fontSizeChanged.accept(s.fontSize());
                }
            });
            return new DocumentEditorTab(editor);
        };
    }

    static EditorSettings settings(Preferences p) {
        return new EditorSettings(p.editorFont(), p.editorFontSize(), true);
    }

    @Override
    public String documentId() {
        return editor.session().document().id();
    }

    @Override
    public String title() {
        return editor.session().document().title();
    }

    @Override
    public JComponent component() {
        return editor;
    }

    @Override
    public Optional<EditSession> session() {
        return Optional.of(editor.session());
    }

    @Override
    public void revealSpan(String spanId) {
        editor.revealSpan(spanId);
    }

    @Override
    public void focusText() {
        editor.focusText();
    }

    @Override
    public Optional<Action> action(String commandId) {
        return Optional.ofNullable(editor.actions().get(commandId));
    }

    @Override
    public void preferencesChanged(Preferences preferences) {
        EditorSettings next = settings(preferences);
        if (!next.equals(editor.settings())) {
            editor.setSettings(next);
        }
    }

    @Override
    public void close() {
        editor.dispose();
        editor.session().close();
    }
}
