package dev.mizan.workbench.curation;

import dev.mizan.curation.Disagreement;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Span;
import dev.mizan.workbench.editor.HeightMap;
import dev.mizan.workbench.editor.LineMetrics;
import dev.mizan.workbench.editor.ParagraphColumn;
import dev.mizan.workbench.editor.ParagraphLayout;
import dev.mizan.workbench.editor.Paragraphs;
import dev.mizan.workbench.editor.TextColumnView;

import javax.swing.UIManager;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The document text once, right to left (laid out by the editor's {@link ParagraphLayout}), with
 * the gold as coloured backgrounds, the disagreements outlined in orange (the one in focus
 * stronger), and under every line one lane per annotator and one for the gold: a bar in the label's
 * colour wherever that annotator (or the gold) has a span. Paragraphs are laid out when first
 * painted, as in the editor, so long documents open quickly.
 */
final class CurationTextView extends TextColumnView {
    static final int MARGIN = 28;
    private static final int LANE_HEIGHT = 5;
    private static final int LANE_STEP = 9;

    private final CurationModel model;
    private final String text;
    private final Paragraphs paragraphs;
    private final HeightMap heights;
    private final LaneColors colors;
    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final ParagraphColumn column;
    private Font font;
    private Font laneFont;
    private LineMetrics metrics;

    CurationTextView(CurationModel model, Font font, IntConsumer clickedOffset) {
        super(new Dimension(600, 400), 16);
        this.model = model;
        this.text = model.document().text();
        this.column = new ParagraphColumn(text, MARGIN, frc, this::revalidate);
        this.paragraphs = column.paragraphs();
        this.heights = column.heights();
        this.colors = new LaneColors(model.schema());
        setName("curate.text");
        setOpaque(true);
        setFocusable(true);
        setToolTipText("");
        setFont(font);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                int offset = charAt(e.getX(), e.getY());
                if (offset >= 0) {
                    clickedOffset.accept(offset);
                }
            }
        });
    }

    @Override
    public void setFont(Font f) {
        super.setFont(f);
        this.font = f;
        this.laneFont = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
        LineMetrics base = LineMetrics.of(f, frc, 1);
        int lanes = model.annotators().size() + 1;
        metrics = new LineMetrics(Math.max(4, base.arcGap() / 2), base.ascent(), base.descent(),
                4 + lanes * LANE_STEP, Math.max(6, base.paraGap()));
        relayout();
    }

    private void relayout() {
        int line = metrics.lineHeight();
        float charsPerWidth = Math.max(4f, font.getSize2D() * 0.45f);
        column.relayout(font, metrics, getWidth(), (len, wrap) -> {
            float perLine = Math.max(20, wrap / charsPerWidth);
            return (len == 0 ? 1 : (int) Math.ceil(len / perLine)) * line + metrics.paraGap();
        });
        revalidate();
        repaint();
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        if (column.needsRelayoutFor(width)) {
            relayout();
        }
    }

    private ParagraphLayout layoutOf(int i) {
        return column.layoutOf(i);
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(400, (int) Math.min(Integer.MAX_VALUE, heights.total()));
    }

    /** The character under a point, or -1. */
    int charAt(int x, int y) {
        if (y < 0 || y >= heights.total()) {
            return -1;
        }
        int i = heights.indexAt(y);
        ParagraphLayout pl = layoutOf(i);
        return pl.lineAt(y - heights.top(i)).charAt(x);
    }

    /** Scrolls a stretch of text into view with some context around it. */
    void reveal(int from, int to) {
        Rectangle r = bounds(from, Math.max(from + 1, to));
        if (r != null) {
            r.grow(20, metrics.lineHeight());
            scrollRectToVisible(r);
        }
        repaint();
    }

    /** The screen rectangle of a stretch of text (for tests and scrolling), or null. */
    Rectangle bounds(int from, int to) {
        Rectangle result = null;
        for (int i = paragraphs.indexOf(from); i < paragraphs.count() && paragraphs.start(i) <= to; i++) {
            ParagraphLayout pl = layoutOf(i);
            long top = heights.top(i);
            for (ParagraphLayout.Line line : pl.lines()) {
                int a = Math.max(from, line.start());
                int b = Math.min(to, line.end());
                if (a < b && line.layout() != null) {
                    Rectangle r = line.highlight(a, b).getBounds();
                    r.translate(0, (int) top);
                    result = result == null ? r : result.union(r);
                }
            }
        }
        return result;
    }

    @Override
    protected int lineHeight() {
        return metrics.lineHeight();
    }

    // ---------------------------------------------------------------- painting

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Rectangle clip = g2.getClipBounds();
            if (clip == null) {
                clip = new Rectangle(0, 0, getWidth(), getHeight());
            }
            g2.setColor(color("TextPane.background", Color.WHITE));
            g2.fillRect(clip.x, clip.y, clip.width, clip.height);
            List<List<Span>> lanes = lanes();
            for (int i = heights.indexAt(clip.y); i < paragraphs.count() && heights.top(i) <= clip.getMaxY(); i++) {
                ParagraphLayout pl = layoutOf(i);
                Graphics2D pg = (Graphics2D) g2.create();
                pg.translate(0, heights.top(i));
                for (ParagraphLayout.Line line : pl.lines()) {
                    if (line.layout() != null) {
                        paintLine(pg, line, lanes);
                    }
                }
                pg.dispose();
            }
        } finally {
            g2.dispose();
        }
    }

    /** The annotators' spans, lane by lane, then the gold's. */
    private List<List<Span>> lanes() {
        List<List<Span>> lanes = new ArrayList<>();
        for (int n = 1; n <= model.annotators().size(); n++) {
            AnnotationSet set = model.set(n);
            lanes.add(set.spans());
        }
        lanes.add(model.gold().spans());
        return lanes;
    }

    private void paintLine(Graphics2D g, ParagraphLayout.Line line, List<List<Span>> lanes) {
        Disagreement focus = model.current().orElse(null);
        // the gold as it is built: backgrounds in the labels' colours
        for (Span s : model.gold().spans()) {
            if (s.begin() < line.end() && line.start() < s.end()) {
                g.setColor(LaneColors.alpha(colors.of(s.layer(), s.label()), s.layer().equals("entity") ? 150 : 70));
                g.fill(line.highlight(Math.max(s.begin(), line.start()), Math.min(s.end(), line.end())));
            }
        }
        // open disagreements: a tint and an outline, stronger for the one in focus
        for (Disagreement d : model.disagreements()) {
            if (d.begin() < line.end() && line.start() < d.end()) {
                Shape shape = line.highlight(Math.max(d.begin(), line.start()), Math.min(d.end(), line.end()));
                boolean current = d.equals(focus);
                g.setColor(LaneColors.alpha(current ? LaneColors.CURRENT : LaneColors.DISAGREEMENT, current ? 70 : 40));
                g.fill(shape);
                g.setColor(current ? LaneColors.CURRENT : LaneColors.DISAGREEMENT);
                g.setStroke(current ? new BasicStroke(2.2f)
                        : new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
                g.draw(shape);
            }
        }
        g.setColor(color("TextPane.foreground", Color.BLACK));
        line.layout().draw(g, line.x(), line.baseline());
        // the lanes under the line: 1..n, then G
        float laneTop = line.baseline() + metrics.descent() + 3;
        g.setFont(laneFont);
        Color muted = LaneColors.alpha(color("TextPane.foreground", Color.BLACK), 150);
        for (int lane = 0; lane < lanes.size(); lane++) {
            float y = laneTop + lane * LANE_STEP;
            boolean gold = lane == lanes.size() - 1;
            g.setColor(muted);
            g.drawString(gold ? "G" : String.valueOf(lane + 1), 8, y + LANE_HEIGHT + 2);
            for (Span s : lanes.get(lane)) {
                if (s.begin() < line.end() && line.start() < s.end()) {
                    Rectangle2D b = line.highlight(Math.max(s.begin(), line.start()), Math.min(s.end(), line.end())).getBounds2D();
                    g.setColor(colors.of(s.layer(), s.label()).darker());
                    g.fill(new Rectangle2D.Float((float) b.getX() + 1, y, (float) b.getWidth() - 2, LANE_HEIGHT));
                }
            }
        }
    }

    private static Color color(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int offset = charAt(e.getX(), e.getY());
        if (offset < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int n = 1; n <= model.annotators().size(); n++) {
            for (Span s : model.set(n).spans()) {
                if (s.begin() <= offset && offset < s.end()) {
                    sb.append(sb.isEmpty() ? "" : " · ").append(n).append(' ').append(model.annotators().get(n - 1))
                            .append(": ").append(s.label());
                }
            }
        }
        for (Span s : model.gold().spans()) {
            if (s.begin() <= offset && offset < s.end()) {
                sb.append(sb.isEmpty() ? "" : " · ").append("G: ").append(s.label());
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
