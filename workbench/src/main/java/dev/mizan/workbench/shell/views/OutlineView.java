package dev.mizan.workbench.shell.views;

import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.editor.EditSession;
import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContributionBase;
import dev.mizan.workbench.shell.Registration;
import dev.mizan.workbench.shell.ViewScope;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import java.util.List;
import java.util.Optional;

/** Outline: the active document's annotations in reading order; selecting a row jumps to the span. */
public final class OutlineView extends ViewContributionBase {
    public static final String ID = "mizan.view.outline";

    public OutlineView() {
        super(ID, 20, () -> Messages.text("view.outline"), Placement.END);
    }

    @Override
    public JComponent createView(WorkbenchContext ctx) {
        Messages m = ctx.messages();
        RowsModel model = new RowsModel(new String[] {m.get("outline.label"), m.get("outline.text"), m.get("outline.attributes")});
        JTable table = new JTable(model);
        table.setName("outline.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(70);
        table.getColumnModel().getColumn(1).setPreferredWidth(170);
        table.getColumnModel().getColumn(2).setPreferredWidth(120);
        table.getColumnModel().getColumn(1).setCellRenderer(new BidiCellRenderer());
        boolean[] updating = {false};
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (e.getValueIsAdjusting() || updating[0] || row < 0) {
                return;
            }
            ctx.activeEditor().ifPresent(s -> {
                String spanId = model.rows.get(table.convertRowIndexToModel(row)).spanId();
                ctx.revealSpan(s.document().id(), spanId);
                if (!spanId.equals(s.selectedSpanId())) {
                    s.select(spanId);
                }
            });
        });
        Registration following = ActiveSessionTracker.follow(ctx, session -> {
            updating[0] = true;
            try {
                model.show(session);
                int i = session.map(s -> OutlineModel.indexOf(model.rows, s.selectedSpanId())).orElse(-1);
                if (i >= 0) {
                    table.setRowSelectionInterval(i, i);
                    table.scrollRectToVisible(table.getCellRect(i, 0, true));
                } else {
                    table.clearSelection();
                }
            } finally {
                updating[0] = false;
            }
        });
        JScrollPane view = new JScrollPane(table);
        ViewScope.of(view).add(following);
        return view;
    }

    private static final class RowsModel extends AbstractTableModel {
        private final String[] columns;
        private List<OutlineModel.Row> rows = List.of();
        // rows of the spans shown, by span object: an edit rebuilds only the rows of the spans it changed
        private final java.util.Map<dev.mizan.model.Span, OutlineModel.Row> known = new java.util.IdentityHashMap<>();
        private dev.mizan.model.Document shownDocument;

        RowsModel(String[] columns) {
            this.columns = columns;
        }

        void show(Optional<EditSession> session) {
            if (session.map(EditSession::document).orElse(null) != shownDocument) {
                known.clear();
            }
            shownDocument = session.map(EditSession::document).orElse(null);
            rows = session.map(s -> OutlineModel.rows(s.set(), s.document().text(), known)).orElse(List.of());
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            OutlineModel.Row row = rows.get(r);
            return switch (c) {
                case 0 -> row.label();
                case 1 -> row.text();
                default -> row.attributes();
            };
        }
    }
}
