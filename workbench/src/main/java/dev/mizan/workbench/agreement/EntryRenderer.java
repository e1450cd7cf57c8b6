package dev.mizan.workbench.agreement;

import dev.mizan.agreement.ReportEntry;

import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Component;

/** A report entry's value with three decimals, "—" when undefined; the tooltip gives the reason or the interval. */
final class EntryRenderer extends DefaultTableCellRenderer {
    EntryRenderer() {
        setHorizontalAlignment(SwingConstants.TRAILING);
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean hasFocus,
                                                   int row, int column) {
        ReportEntry e = value instanceof ReportEntry r ? r : null;
        super.getTableCellRendererComponent(table, e == null ? "" : Values.text(e.value()), isSelected, hasFocus, row, column);
        setToolTipText(e == null ? null : e.value().isDefined()
                ? Values.text(e.value()) + " " + Values.interval(e.ci()) + ", n = " + e.n()
                : e.value().reason());
        return this;
    }
}
