package dev.mizan.workbench.shell.views;

import dev.mizan.model.Project;
import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.shell.OpenProject;
import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ProblemVisibility;
import dev.mizan.workbench.shell.ProblemEntry;
import dev.mizan.workbench.shell.ViewContributionBase;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;

/** Problems: what is wrong in the project (load problems, validation, plugins); double-click jumps there. */
public final class ProblemsView extends ViewContributionBase {
    public static final String ID = "mizan.view.problems";

    public ProblemsView() {
        super(ID, 40, () -> Messages.text("view.problems"), Placement.BOTTOM);
    }

    @Override
    public JComponent createView(WorkbenchContext ctx) {
        Messages m = ctx.messages();
        RowsModel model = new RowsModel(m, ctx.annotator());
        JTable table = new JTable(model);
        table.setName("problems.table");
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(70);
        table.getColumnModel().getColumn(0).setMaxWidth(110);
        table.getColumnModel().getColumn(1).setPreferredWidth(500);
        table.getColumnModel().getColumn(2).setPreferredWidth(220);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && row >= 0) {
                    ProblemEntry p = model.rows.get(table.convertRowIndexToModel(row));
                    if (p.documentId() != null) {
                        ctx.revealSpan(p.documentId(), p.spanId());
                    }
                }
            }
        });
        // Blind annotation: what is shown depends on the problems and on the project's roles.
        ctx.addProblemsListener(problems -> model.show(problems, ctx.project().map(OpenProject::project).orElse(null)));
        ctx.addProjectListener(p -> model.show(model.all, p.map(OpenProject::project).orElse(null)));
        return new JScrollPane(table);
    }

    private static final class RowsModel extends AbstractTableModel {
        private final Messages m;
        private final String user;
        private List<ProblemEntry> all = List.of();
        private List<ProblemEntry> rows = List.of();

        RowsModel(Messages m, String user) {
            this.m = m;
            this.user = user;
        }

        void show(List<ProblemEntry> problems, Project project) {
            all = problems;
            List<ProblemEntry> visible = ProblemVisibility.visible(problems, project, user);
            if (!visible.equals(rows)) {
                rows = visible;
                fireTableDataChanged();
            }
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public String getColumnName(int c) {
            return m.get(switch (c) {
                case 0 -> "problems.severity";
                case 1 -> "problems.message";
                default -> "problems.location";
            });
        }

        @Override
        public Object getValueAt(int r, int c) {
            ProblemEntry p = rows.get(r);
            return switch (c) {
                case 0 -> m.get("severity." + p.severity().name());
                case 1 -> p.message();
                default -> p.location();
            };
        }
    }
}
