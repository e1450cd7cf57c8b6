package dev.mizan.workbench.shell.views;

import dev.mizan.model.Status;
import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.shell.OpenProject;
import dev.mizan.workbench.shell.PerspectiveContribution;
import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContributionBase;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;

/** Project Explorer: the documents, each with the status of every annotator's work. Enter or double-click opens. */
public final class ProjectExplorerView extends ViewContributionBase {
    public static final String ID = "mizan.view.explorer";

    public ProjectExplorerView() {
        super(ID, 10, () -> Messages.text("view.explorer"), Placement.START);
    }

    @Override
    public JComponent createView(WorkbenchContext ctx) {
        DefaultMutableTreeNode root = new DefaultMutableTreeNode(Messages.text("explorer.noProject"));
        DefaultTreeModel model = new DefaultTreeModel(root);
        JTree tree = new JTree(model) {
            // As wide as the view: long rows are cut at the far edge instead of scrolling sideways,
            // which in the Arabic UI would hide the start of every row.
            @Override
            public boolean getScrollableTracksViewportWidth() {
                return true;
            }
        };
        tree.setName("explorer.tree");
        tree.setRootVisible(true);
        tree.setShowsRootHandles(true);
        tree.setCellRenderer(new Renderer(ctx.messages()));
        Runnable open = () -> {
            TreePath path = tree.getSelectionPath();
            if (path == null) {
                return;
            }
            Object o = ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
            if (o instanceof ExplorerModel.DocumentRow d) {
                ctx.openDocument(d.documentId());
            } else if (o instanceof ExplorerModel.AnnotatorRow) {
                Object parent = ((DefaultMutableTreeNode) path.getParentPath().getLastPathComponent()).getUserObject();
                if (parent instanceof ExplorerModel.DocumentRow d) {
                    ctx.openDocument(d.documentId());
                }
            }
        };
        tree.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    open.run();
                }
            }
        });
        tree.getInputMap().put(KeyStroke.getKeyStroke("ENTER"), "openDocument");
        tree.getActionMap().put("openDocument", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                open.run();
            }
        });
        // Views are built anew for each perspective, so whether to count is settled here.
        boolean progress = ctx.plugins().perspective(ctx.perspectiveId())
                .map(PerspectiveContribution::showsCurationProgress).orElse(false);
        CurationCounts counts = progress ? new CurationCounts() : null;
        Runnable refill = () -> fill(tree, model, ctx, counts);
        ctx.addProjectListener(p -> refill.run());
        refill.run();
        // A fresh window has no focus owner, and key bindings need one: start in the explorer. Once,
        // when the window shows, not at every refill: a refill while the window is inactive (no
        // focus owner then) or before the Curate text's own request took effect stole the focus.
        SwingUtilities.invokeLater(() -> {
            if (java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getPermanentFocusOwner() == null) {
                tree.requestFocusInWindow();
            }
        });
        return new JScrollPane(tree);
    }

    /** Fills the tree; {@code counts} null: no curation progress in this perspective. */
    private static void fill(JTree tree, DefaultTreeModel model, WorkbenchContext ctx, CurationCounts counts) {
        Optional<OpenProject> p = ctx.project();
        String annotator = ctx.annotator();
        Messages m = ctx.messages();
        TreePath selected = tree.getSelectionPath();
        String selectedDoc = selected == null ? null : selected.getPathCount() > 1
                && ((DefaultMutableTreeNode) selected.getPathComponent(1)).getUserObject() instanceof ExplorerModel.DocumentRow d
                ? d.documentId() : null;
        DefaultMutableTreeNode root = new DefaultMutableTreeNode(p.map(o -> o.project().name()).orElse(m.get("explorer.noProject")));
        List<ExplorerModel.DocumentRow> rows = p.map(o -> ExplorerModel.rows(o.project(), annotator,
                d -> counts == null ? null : counts.known(o.project(), d))).orElse(List.of());
        int selectIndex = -1;
        for (ExplorerModel.DocumentRow row : rows) {
            DefaultMutableTreeNode doc = new DefaultMutableTreeNode(row);
            row.annotators().forEach(a -> doc.add(new DefaultMutableTreeNode(a)));
            root.add(doc);
            if (row.documentId().equals(selectedDoc)) {
                selectIndex = root.getChildCount() - 1;
            }
        }
        if (p.isPresent()) {
            root.setUserObject(m.format("explorer.root", ExplorerModel.shortTitle(p.get().project().name()), ExplorerModel.doneCount(rows), rows.size()));
        }
        model.setRoot(root);
        tree.expandRow(0);
        if (selectIndex >= 0) {
            tree.setSelectionRow(selectIndex + 1);
        }
        p.filter(o -> counts != null).ifPresent(o -> countInBackground(o.project(), annotator, counts, () -> {
            if (ctx.project().map(now -> now.project() == o.project()).orElse(false)) {
                fill(tree, model, ctx, counts);
            }
        }));
    }

    /**
     * Merges the documents whose counts are not known off the event thread, then runs
     * {@code refill} (which fills the tree again unless the project changed meanwhile: that
     * change's own fill counts again).
     */
    private static void countInBackground(dev.mizan.model.Project project, String annotator, CurationCounts counts,
                                          Runnable refill) {
        if (!ExplorerModel.countsMissing(project, annotator, counts)) {
            return;
        }
        new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() {
                project.documents().forEach(d -> counts.of(project, d));
                return null;
            }

            @Override
            protected void done() {
                if (!ExplorerModel.countsMissing(project, annotator, counts)) {
                    refill.run();
                }
            }
        }.execute();
    }

    /** A small disc: empty for new, half for in progress, full green for done. */
    private record StatusIcon(Status status) implements javax.swing.Icon {
        @Override
        public void paintIcon(Component c, java.awt.Graphics g, int x, int y) {
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            java.awt.Color done = new java.awt.Color(0x2E7D32);
            java.awt.Color edge = status == Status.DONE ? done : new java.awt.Color(0x9E9E9E);
            if (status == Status.DONE) {
                g2.setColor(done);
                g2.fillOval(x + 1, y + 1, 10, 10);
            } else if (status == Status.IN_PROGRESS) {
                g2.setColor(new java.awt.Color(0xF9A825));
                g2.fillArc(x + 1, y + 1, 10, 10, 90, 180);
            }
            g2.setColor(edge);
            g2.drawOval(x + 1, y + 1, 10, 10);
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return 13;
        }

        @Override
        public int getIconHeight() {
            return 13;
        }
    }

    /** Documents by title with the user's own status; annotators by id with status and count. */
    private static final class Renderer extends DefaultTreeCellRenderer {
        private final Messages m;

        Renderer(Messages m) {
            this.m = m;
        }

        @Override
        public Component getTreeCellRendererComponent(JTree tree, Object value, boolean sel, boolean expanded,
                                                      boolean leaf, int row, boolean focus) {
            Object o = ((DefaultMutableTreeNode) value).getUserObject();
            String text;
            if (o instanceof ExplorerModel.DocumentRow d) {
                // the counts first: a long Arabic title is cut at its end, and the counts must stay visible
                text = (d.curation() == null ? ""
                        : m.format("explorer.curation", d.curation().resolved(), d.curation().open()) + "  ")
                        + ExplorerModel.shortTitle(d.title());
            } else if (o instanceof ExplorerModel.AnnotatorRow a) {
                text = (a.isCurrentUser() ? "★ " : "") + a.annotator() + " — " + m.get("status." + a.status().name())
                        + " (" + a.spans() + ")";
            } else {
                text = String.valueOf(o);
            }
            super.getTreeCellRendererComponent(tree, text, sel, expanded, leaf, row, focus);
            setIcon(o instanceof ExplorerModel.DocumentRow d ? new StatusIcon(d.myStatus()) : null);
            if (o instanceof ExplorerModel.DocumentRow d) {
                setToolTipText(d.title() + " — " + d.documentId() + " · " + m.get("status." + d.myStatus().name()));
            }
            return this;
        }


    }
}
