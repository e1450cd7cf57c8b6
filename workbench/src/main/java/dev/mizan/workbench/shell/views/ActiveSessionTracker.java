package dev.mizan.workbench.shell.views;

import dev.mizan.model.AnnotationSet;
import dev.mizan.workbench.editor.EditSession;
import dev.mizan.workbench.editor.EditSessionListener;
import dev.mizan.workbench.shell.Registration;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.SwingUtilities;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Follows the active editor's session for a view: calls back on the EDT when another editor
 * becomes active (at once), and when its set or selection changes (once for a burst of changes,
 * after the events already queued).
 */
final class ActiveSessionTracker implements EditSessionListener {
    private final Consumer<Optional<EditSession>> onChange;
    private EditSession session;
    private volatile boolean refreshQueued;

    private ActiveSessionTracker(Consumer<Optional<EditSession>> onChange) {
        this.onChange = onChange;
    }

    /** Starts following; closing the registration stops it and lets go of the session followed. */
    static Registration follow(WorkbenchContext ctx, Consumer<Optional<EditSession>> onChange) {
        ActiveSessionTracker t = new ActiveSessionTracker(onChange);
        Registration fromEditors = ctx.addEditorListener(t::activeChanged);
        t.activeChanged(ctx.activeEditor());
        return () -> {
            fromEditors.close();
            t.stop();
        };
    }

    private void stop() {
        if (session != null) {
            session.removeListener(this);
            session = null;
        }
    }

    private void activeChanged(Optional<EditSession> next) {
        if (session != null) {
            session.removeListener(this);
        }
        session = next.orElse(null);
        if (session != null) {
            session.addListener(this);
        }
        onChange.accept(next);
    }

    @Override
    public void setChanged(AnnotationSet set) {
        later();
    }

    @Override
    public void selectionChanged(String spanId) {
        later();
    }

    /**
     * Refreshes the view once, after the events queued now (among them the editor's repaint of the
     * edit, which it asked for first): a label action fires a set change and a selection change, and rebuilding a view of
     * 10,000 annotations twice, before the text shows the label, made the label wait.
     */
    private void later() {
        if (refreshQueued) {
            return;
        }
        refreshQueued = true;
        SwingUtilities.invokeLater(() -> {
            refreshQueued = false;
            onChange.accept(Optional.ofNullable(session));
        });
    }
}
