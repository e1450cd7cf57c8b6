package dev.mizan.workbench.shell.views;

import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Component;
import java.awt.ComponentOrientation;
import java.text.Bidi;

/**
 * Lays out Arabic cell text from the right edge, with a right-to-left base direction, so its words
 * and punctuation are in order and a value too long for the cell is cut at its end; in the Arabic
 * UI every cell reads from the right.
 */
final class BidiCellRenderer extends DefaultTableCellRenderer {
    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int column) {
        super.getTableCellRendererComponent(table, value, selected, focus, row, column);
        String text = value == null ? "" : value.toString();
        boolean rtl = !table.getComponentOrientation().isLeftToRight()
                || !text.isEmpty() && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        // Arabic starts at the right edge, so a value too long for the cell loses its end, not its start.
        setComponentOrientation(rtl ? ComponentOrientation.RIGHT_TO_LEFT : ComponentOrientation.LEFT_TO_RIGHT);
        setHorizontalAlignment(LEADING);
        return this;
    }
}
