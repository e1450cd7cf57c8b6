package dev.mizan.workbench.shell.views;

import dev.mizan.model.AttributeType;
import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.editor.EditSession;
import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContributionBase;
import dev.mizan.workbench.shell.ViewScope;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.DefaultCellEditor;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableCellEditor;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;

/**
 * Properties: the selected annotation's label, text, attributes and links. Label and attribute
 * values are edited in place (through the session, so undo works); double-click a link to go to
 * the span it points at.
 */
public final class PropertiesView extends ViewContributionBase {
    public static final String ID = "mizan.view.properties";

    public PropertiesView() {
        super(ID, 30, () -> Messages.text("view.properties"), Placement.BOTTOM);
    }

    @Override
    public JComponent createView(WorkbenchContext ctx) {
        Messages m = ctx.messages();
        RowsModel model = new RowsModel(m.get("properties.name"), m.get("properties.value"));
        JTable table = new JTable(model) {
            @Override
            public TableCellEditor getCellEditor(int row, int column) {
                List<String> choices = model.rows.get(row).choices();
                if (column == 1 && !choices.isEmpty()) {
                    JComboBox<String> combo = new JComboBox<>(choices.toArray(String[]::new));
                    if (model.rows.get(row).kind() == PropertiesModel.Kind.ATTRIBUTE) {
                        combo.insertItemAt("", 0);
                    }
                    return new DefaultCellEditor(combo);
                }
                return super.getCellEditor(row, column);
            }
        };
        table.setName("properties.table");
        table.getColumnModel().getColumn(1).setCellRenderer(new BidiCellRenderer());
        table.getColumnModel().getColumn(0).setPreferredWidth(120);
        table.getColumnModel().getColumn(0).setMaxWidth(220);
        table.getColumnModel().getColumn(1).setPreferredWidth(600);
        table.setFillsViewportHeight(true);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && row >= 0 && model.session != null) {
                    String target = model.rows.get(row).targetId();
                    if (target != null) {
                        ctx.revealSpan(model.session.document().id(), target);
                    }
                }
            }
        });
        JScrollPane view = new JScrollPane(table);
        ViewScope.of(view).add(ActiveSessionTracker.follow(ctx, model::show));
        return view;
    }

    private static final class RowsModel extends AbstractTableModel {
        private final String[] columns;
        private List<PropertiesModel.Row> rows = List.of();
        private EditSession session;

        RowsModel(String... columns) {
            this.columns = columns;
        }

        void show(Optional<EditSession> s) {
            session = s.orElse(null);
            rows = s.map(x -> PropertiesModel.rows(x.schema(), x.set(), x.document().text(), x.selectedSpanId()))
                    .orElse(List.of());
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 2;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            PropertiesModel.Row row = rows.get(r);
            return c == 0 ? row.name() : row.shown();
        }

        @Override
        public boolean isCellEditable(int r, int c) {
            PropertiesModel.Kind k = rows.get(r).kind();
            return c == 1 && session != null && (k == PropertiesModel.Kind.LABEL || k == PropertiesModel.Kind.ATTRIBUTE);
        }

        @Override
        public void setValueAt(Object value, int r, int c) {
            PropertiesModel.Row row = rows.get(r);
            String spanId = session.selectedSpanId();
            String v = value == null ? "" : value.toString();
            if (spanId == null || v.equals(row.value())) {
                return;
            }
            if (row.kind() == PropertiesModel.Kind.LABEL) {
                session.relabel(spanId, v);
                return;
            }
            boolean isBoolean = session.set().span(spanId)
                    .flatMap(s -> session.schema().layer(s.layer()))
                    .flatMap(l -> l.attribute(row.name()))
                    .map(d -> d.type() == AttributeType.BOOLEAN).orElse(false);
            Object stored = v.isEmpty() ? null : isBoolean ? Boolean.valueOf(v) : v;
            session.setAttribute(spanId, row.name(), stored);
        }
    }
}
