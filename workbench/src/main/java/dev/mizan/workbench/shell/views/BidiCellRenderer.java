package dev.mizan.workbench.shell.views;

import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Component;
import java.awt.ComponentOrientation;
import java.text.Bidi;

/**
 * Lays out Arabic text from the right edge, so a long value is cut at its end, not its
 * beginning, even in the English UI; in the Arabic UI every cell reads from the right.
 */
final class BidiCellRenderer extends DefaultTableCellRenderer {
    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int column) {
        super.getTableCellRendererComponent(table, value, selected, focus, row, column);
        String text = value == null ? "" : value.toString();
        boolean rtl = !table.getComponentOrientation().isLeftToRight()
                || !text.isEmpty() && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        setComponentOrientation(rtl ? ComponentOrientation.RIGHT_TO_LEFT : ComponentOrientation.LEFT_TO_RIGHT);
        setHorizontalAlignment(LEADING);
        return this;
    }
}
