package dev.mizan.workbench.editor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Project;
import dev.mizan.store.Json;
import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContributionBase;
import dev.mizan.workbench.shell.ViewScope;
import dev.mizan.workbench.shell.WorkbenchContext;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rtextarea.RTextScrollPane;

import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import java.awt.BorderLayout;
import java.awt.event.HierarchyEvent;
import java.awt.event.HierarchyListener;
import java.util.Optional;

/**
 * "Annotation JSON": the active editor's annotation file as it is written to disk, read-only,
 * with JSON highlighting and folding, following every edit (debounced, serialized off the EDT).
 */
public final class AnnotationJsonView extends ViewContributionBase {
    public static final String ID = "mizan.view.annotationJson";
    /** Bigger sets are summarised instead of shown: a text area with megabytes of JSON is no help. */
    static final int MAX_SPANS_SHOWN = 5000;

    public AnnotationJsonView() {
        super(ID, 60, () -> EditorText.get("view.annotationJson"), Placement.END);
    }

    /**
     * Returns an empty holder and builds the text area the first time the holder is on screen, one
     * event later: RSyntaxTextArea is about 180 classes and a fifth of a second of start-up, which
     * the first window should not wait for (nor pay at all while the view stays hidden).
     */
    @Override
    public JComponent createView(WorkbenchContext context) {
        JPanel holder = new JPanel(new BorderLayout());
        holder.addHierarchyListener(new HierarchyListener() {
            private boolean scheduled;

            @Override
            public void hierarchyChanged(HierarchyEvent e) {
                if (!scheduled && (e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && holder.isShowing()) {
                    scheduled = true;
                    holder.removeHierarchyListener(this);
                    SwingUtilities.invokeLater(() -> build(holder, context));
                }
            }
        });
        return holder;
    }

    private static void build(JPanel holder, WorkbenchContext context) {
        Panel panel = new Panel();
        // Registered after the view was built, so it belongs to the view by its scope, not by default.
        ViewScope.of(holder).add(context.addEditorListener(panel::follow));
        panel.follow(context.activeEditor());
        holder.add(panel.scroll, BorderLayout.CENTER);
        panel.scroll.applyComponentOrientation(holder.getComponentOrientation());
        holder.revalidate();
        holder.repaint();
    }

    /** The JSON text of a set exactly as the store writes it (format first). */
    public static String json(AnnotationSet set) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("format", Project.FORMAT);
        node.setAll((ObjectNode) Json.tree(set));
        return Json.toString(node);
    }

    private static final class Panel implements EditSessionListener {
        final RSyntaxTextArea area = new RSyntaxTextArea(20, 40);
        final RTextScrollPane scroll = new RTextScrollPane(area);
        private final Timer debounce = new Timer(250, e -> refresh());
        private EditSession session;

        Panel() {
            area.setName("annotationJson");
            area.setSyntaxEditingStyle(SyntaxConstants.SYNTAX_STYLE_JSON);
            area.setCodeFoldingEnabled(true);
            area.setEditable(false);
            area.setHighlightCurrentLine(false);
            debounce.setRepeats(false);
        }

        void follow(Optional<EditSession> next) {
            if (session != null) {
                session.removeListener(this);
            }
            session = next.orElse(null);
            if (session != null) {
                session.addListener(this);
            }
            refresh();
        }

        @Override
        public void setChanged(AnnotationSet set) {
            debounce.restart();
        }

        private void refresh() {
            if (session == null) {
                area.setText("");
                return;
            }
            EditSession s = session;
            AnnotationSet set = s.set();
            new SwingWorker<String, Void>() {
                @Override
                protected String doInBackground() {
                    if (set.spans().size() > MAX_SPANS_SHOWN) {
                        return "// " + set.spans().size() + " spans: too many to show live here; the file is\n// "
                                + s.document().id() + ".json in annotations/" + set.annotator() + "/\n";
                    }
                    return json(set);
                }

                @Override
                protected void done() {
                    if (s != session) {
                        return;
                    }
                    try {
                        int caret = area.getCaretPosition();
                        area.setText(get());
                        area.setCaretPosition(Math.min(caret, area.getDocument().getLength()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (java.util.concurrent.ExecutionException e) {
                        area.setText("// cannot show the annotations: " + e.getCause().getMessage());
                    }
                }
            }.execute();
        }
    }
}
