package org.example.hello;

import dev.mizan.model.Span;
import dev.mizan.workbench.editor.EditSession;
import dev.mizan.workbench.editor.EditSessionListener;
import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContribution;
import dev.mizan.workbench.shell.ViewScope;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A view that counts the annotations of the active document per label, live. */
public final class LabelCountsView implements ViewContribution {
    @Override
    public String id() {
        return "hello.view.labelCounts";
    }

    @Override
    public String title() {
        return "Label Counts";
    }

    @Override
    public Placement defaultPlacement() {
        return Placement.END;
    }

    @Override
    public JComponent createView(WorkbenchContext ctx) {
        JTextArea text = new JTextArea();
        text.setEditable(false);
        EditSessionListener onEdit = new EditSessionListener() {
            @Override
            public void setChanged(dev.mizan.model.AnnotationSet set) {
                SwingUtilities.invokeLater(() -> show(text, ctx.activeEditor()));
            }
        };
        EditSession[] watched = {null};
        java.util.function.Consumer<Optional<EditSession>> follow = session -> {
            if (watched[0] != null) {
                watched[0].removeListener(onEdit);
            }
            watched[0] = session.orElse(null);
            session.ifPresent(s -> s.addListener(onEdit));
            show(text, session);
        };
        // Removed by the workbench when the view closes, as is every listener added in createView.
        ctx.addEditorListener(follow);
        follow.accept(ctx.activeEditor());
        JScrollPane view = new JScrollPane(text);
        // The session's listener is ours: let go of it when the view goes too.
        ViewScope.of(view).add(() -> {
            if (watched[0] != null) {
                watched[0].removeListener(onEdit);
            }
        });
        return view;
    }

    private static void show(JTextArea text, Optional<EditSession> session) {
        if (session.isEmpty()) {
            text.setText("No document open.");
            return;
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Span s : session.get().set().spans()) {
            counts.merge(s.layer() + "/" + s.label(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder(session.get().document().title()).append("\n\n");
        counts.forEach((label, n) -> sb.append(label).append(": ").append(n).append('\n'));
        text.setText(sb.toString());
    }
}
