package dev.mizan.workbench.shell;

import dev.mizan.model.Document;
import dev.mizan.workbench.app.Preferences;
import dev.mizan.workbench.editor.EditSession;
import dev.mizan.workbench.editor.EditorFonts;

import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import java.awt.ComponentOrientation;
import java.util.Optional;

/**
 * A read-only right-to-left view of a document's text over a real {@link EditSession} (so Outline and
 * Properties work), used until the annotation editor is wired in.
 */
final class PlaceholderEditor implements EditorTab {
    private final Document document;
    private final EditSession session;
    private final JTextPane text = new JTextPane();
    private final JScrollPane scroll;

    PlaceholderEditor(EditSession session, Preferences preferences) {
        this.session = session;
        this.document = session.document();
        text.setEditable(false);
        text.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        text.setFont(EditorFonts.font(preferences.editorFont(), preferences.editorFontSize()));
        text.setText(document.text());
        text.setCaretPosition(0);
        scroll = new JScrollPane(text);
    }

    static EditorFactory factory() {
        return (project, documentId, annotator, preferences) -> new PlaceholderEditor(
                EditSession.open(project.store(), project.project(), documentId, annotator), preferences);
    }

    @Override
    public String documentId() {
        return document.id();
    }

    @Override
    public String title() {
        return document.title();
    }

    @Override
    public JComponent component() {
        return scroll;
    }

    @Override
    public Optional<EditSession> session() {
        return Optional.of(session);
    }

    @Override
    public void revealSpan(String spanId) {
        session.set().span(spanId).ifPresent(s -> {
            text.select(s.begin(), s.end());
            session.select(spanId);
        });
    }

    @Override
    public void focusText() {
        text.requestFocusInWindow();
    }

    @Override
    public void close() {
        session.close();
    }
}
