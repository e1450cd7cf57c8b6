package dev.mizan.workbench.agreement;

import dev.mizan.agreement.ReportEntry;

import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * Draws a report entry as its value with the 95% interval as a whisker on a 0..1 scale (values below
 * 0 sit at the left edge), and the interval in words beside it.
 */
final class IntervalRenderer extends DefaultTableCellRenderer {
    private static final int BAR = 90;
    private ReportEntry entry;
    private boolean selected;

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean hasFocus,
                                                   int row, int column) {
        entry = value instanceof ReportEntry e ? e : null;
        selected = isSelected;
        String text = entry == null ? "" : Values.interval(entry.ci());
        super.getTableCellRendererComponent(table, text, isSelected, hasFocus, row, column);
        setToolTipText(entry == null ? null : entry.value().isDefined()
                ? Values.text(entry.value()) + " " + Values.interval(entry.ci()) + ", n = " + entry.n()
                : entry.value().reason());
        setBorder(javax.swing.BorderFactory.createEmptyBorder(0, BAR + 12, 0, 4));
        return this;
    }

    @Override
    protected void paintComponent(Graphics g0) {
        super.paintComponent(g0);
        if (entry == null || !entry.value().isDefined()) {
            return;
        }
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int x0 = 6;
        int mid = getHeight() / 2;
        g.setColor(HeatColors.grid());
        g.drawLine(x0, mid, x0 + BAR, mid);
        g.drawLine(x0, mid - 3, x0, mid + 3);
        g.drawLine(x0 + BAR, mid - 3, x0 + BAR, mid + 3);
        g.setColor(selected ? getForeground() : HeatColors.accent());
        if (entry.ci() != null) {
            int lo = x0 + scale(entry.ci().low());
            int hi = x0 + scale(entry.ci().high());
            g.fillRect(lo, mid - 2, Math.max(2, hi - lo), 4);
        }
        int v = x0 + scale(entry.value().get());
        g.fillOval(v - 4, mid - 4, 8, 8);
        g.dispose();
    }

    private static int scale(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * BAR);
    }
}
