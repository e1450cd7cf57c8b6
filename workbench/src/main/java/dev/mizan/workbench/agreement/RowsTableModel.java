package dev.mizan.workbench.agreement;

import javax.swing.table.AbstractTableModel;
import java.util.List;
import java.util.function.Function;

/** A read-only table over a list of rows, each column a name and a function of the row. */
final class RowsTableModel<T> extends AbstractTableModel {
    /** One column: its header, what it shows of a row, and the type of that (for sorting and renderers). */
    record Column<T>(String name, Class<?> type, Function<T, Object> value) {
    }

    private final List<Column<T>> columns;
    private List<T> rows = List.of();

    RowsTableModel(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    void setRows(List<T> next) {
        rows = List.copyOf(next);
        fireTableDataChanged();
    }

    T row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column).name();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return columns.get(column).type();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return columns.get(column).value().apply(rows.get(row));
    }
}
