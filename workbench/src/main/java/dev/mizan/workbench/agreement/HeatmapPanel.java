package dev.mizan.workbench.agreement;

import dev.mizan.agreement.ReportEntry;

import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * The annotator-pair heatmap: one cell per pair with the chosen measure, darker for more agreement.
 * A click on a cell chooses that pair (its confusion matrix shows below). Painted with Java2D in the
 * look and feel's colors.
 */
final class HeatmapPanel extends JComponent {
    private static final int PAD = 8;

    private AgreementDashboard.PairGrid grid;
    private List<String> selected;
    private final Consumer<List<String>> onChoose;

    HeatmapPanel(Consumer<List<String>> onChoose) {
        this.onChoose = onChoose;
        setName("agreement.heatmap");
        setOpaque(true);
        ToolTipManager.sharedInstance().registerComponent(this);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int[] cell = cellAt(e.getX(), e.getY());
                if (cell != null && cell[0] != cell[1]) {
                    onChoose.accept(List.of(grid.annotators().get(cell[0]), grid.annotators().get(cell[1])));
                }
            }
        });
    }

    void show(AgreementDashboard.PairGrid grid, List<String> selected) {
        this.grid = grid;
        this.selected = selected;
        revalidate();
        repaint();
    }

    /** The centre of the cell of row {@code i}, column {@code j}, where a click chooses that pair. */
    java.awt.Point centreOf(int i, int j) {
        Rectangle r = cell(i, j, getFontMetrics(getFont()), cellSize());
        return new java.awt.Point((int) r.getCenterX(), (int) r.getCenterY());
    }

    private int headerWidth(FontMetrics fm) {
        int w = 0;
        for (String a : grid.annotators()) {
            w = Math.max(w, fm.stringWidth(a));
        }
        return w + 2 * PAD;
    }

    private int cellSize() {
        int n = Math.max(1, grid.annotators().size());
        FontMetrics fm = getFontMetrics(getFont());
        int byWidth = (getWidth() - headerWidth(fm) - PAD) / n;
        int byHeight = (getHeight() - fm.getHeight() - 2 * PAD) / n;
        return Math.max(fm.stringWidth("-0.000") + 12, Math.min(110, Math.min(byWidth, byHeight)));
    }

    /** Row names at the reading start, so in an Arabic UI the grid is mirrored. */
    private Rectangle cell(int i, int j, FontMetrics fm, int size) {
        int header = headerWidth(fm);
        int y0 = fm.getHeight() + PAD;
        int x = rightToLeft() ? getWidth() - header - (j + 1) * size : header + j * size;
        return new Rectangle(x, y0 + i * size, size, size);
    }

    private boolean rightToLeft() {
        return !getComponentOrientation().isLeftToRight();
    }

    private int[] cellAt(int x, int y) {
        if (grid == null) {
            return null;
        }
        FontMetrics fm = getFontMetrics(getFont());
        int size = cellSize();
        int n = grid.annotators().size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (cell(i, j, fm, size).contains(x, y)) {
                    return new int[]{i, j};
                }
            }
        }
        return null;
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int[] c = cellAt(e.getX(), e.getY());
        if (c == null || c[0] == c[1]) {
            return null;
        }
        String pair = grid.annotators().get(c[0]) + " × " + grid.annotators().get(c[1]);
        return grid.cell(c[0], c[1]).map(entry -> pair + ": " + describe(entry)).orElse(pair);
    }

    private static String describe(ReportEntry e) {
        return e.value().isDefined()
                ? Values.text(e.value()) + " " + Values.interval(e.ci()) + ", n = " + e.n()
                : Values.UNDEFINED + " (" + e.value().reason() + ")";
    }

    @Override
    public Dimension getPreferredSize() {
        int n = grid == null ? 3 : grid.annotators().size();
        FontMetrics fm = getFontMetrics(getFont());
        int header = grid == null ? 90 : headerWidth(fm);
        return new Dimension(header + n * 84 + PAD, fm.getHeight() + 2 * PAD + n * 84);
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(getBackground() != null ? getBackground() : HeatColors.background());
        g.fillRect(0, 0, getWidth(), getHeight());
        if (grid == null) {
            g.dispose();
            return;
        }
        FontMetrics fm = g.getFontMetrics(getFont());
        g.setFont(getFont());
        int size = cellSize();
        List<String> names = grid.annotators();
        int n = names.size();
        g.setColor(getForeground());
        for (int j = 0; j < n; j++) {
            Rectangle r = cell(0, j, fm, size);
            String s = fit(names.get(j), fm, size - 4);
            g.drawString(s, r.x + (size - fm.stringWidth(s)) / 2, PAD + fm.getAscent() - 2);
        }
        for (int i = 0; i < n; i++) {
            Rectangle r = cell(i, 0, fm, size);
            g.setColor(getForeground());
            int labelX = rightToLeft() ? getWidth() - PAD - fm.stringWidth(names.get(i)) : PAD;
            g.drawString(names.get(i), labelX, r.y + (size + fm.getAscent() - fm.getDescent()) / 2);
            for (int j = 0; j < n; j++) {
                Rectangle c = cell(i, j, fm, size);
                ReportEntry e = grid.cells()[i][j];
                java.awt.Color fill = i == j ? HeatColors.blend(HeatColors.background(), HeatColors.grid(), 0.35)
                        : HeatColors.fill(e != null && e.value().isDefined() ? e.value().get() : null);
                g.setColor(fill);
                g.fillRect(c.x, c.y, c.width, c.height);
                g.setColor(HeatColors.grid());
                g.drawRect(c.x, c.y, c.width, c.height);
                if (i != j) {
                    String text = e == null ? "" : Values.text(e.value());
                    Font bold = getFont().deriveFont(Font.BOLD);
                    g.setFont(bold);
                    FontMetrics bm = g.getFontMetrics();
                    g.setColor(HeatColors.textOn(fill));
                    g.drawString(text, c.x + (c.width - bm.stringWidth(text)) / 2, c.y + (c.height + bm.getAscent() - bm.getDescent()) / 2);
                    g.setFont(getFont());
                }
                if (selected != null && i != j && selected.contains(names.get(i)) && selected.contains(names.get(j))) {
                    g.setColor(HeatColors.foreground());
                    g.setStroke(new java.awt.BasicStroke(2.5f));
                    g.drawRect(c.x + 2, c.y + 2, c.width - 4, c.height - 4);
                    g.setStroke(new java.awt.BasicStroke(1f));
                }
            }
        }
        g.dispose();
    }

    private static String fit(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
