package dev.mizan.workbench.editor;

import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Layer;
import dev.mizan.model.Relation;
import dev.mizan.model.Span;

import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Area;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a document, right to left, with its annotations. Virtualized: paragraphs are laid
 * out (with {@link TextLayout}) only when they are painted or hit, and cached; the others have an
 * estimated height, so a 1 MB document opens as fast as a short one. Offsets are global UTF-16
 * offsets into the document text.
 */
final class DocumentView extends TextColumnView {
    static final int MARGIN = 18;
    private static final Color SELECTION = new Color(0x33, 0x88, 0xff, 80);
    private static final Color OUTLINE = new Color(0x1f3fbf);
    private static final Color OUTLINE_ON_DARK = new Color(0x7fb0ff);
    private static final Color CANDIDATE = new Color(0xd0, 0x30, 0x30);

    private final EditSession session;
    private final String text;
    private final Paragraphs paragraphs;
    private final HeightMap heights;
    private final SpanStyles styles;
    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final ParagraphColumn column;

    private Font font;
    private Font badgeFont;
    private LineMetrics metrics;
    private float charAdvance;
    private int caret;
    private int anchor;
    private String linkCandidate;
    private boolean revalidateQueued;
    private Runnable caretListener = () -> { };
    private final List<Runnable> afterPaint = new ArrayList<>();

    DocumentView(EditSession session, Font font) {
        super(new Dimension(800, 600), 20);
        this.session = session;
        this.text = session.document().text();
        this.column = new ParagraphColumn(text, MARGIN, frc, this::queueRevalidate);
        this.paragraphs = column.paragraphs();
        this.heights = column.heights();
        this.styles = new SpanStyles(session.schema());
        setOpaque(true);
        setFocusable(true);
        setFocusTraversalKeysEnabled(false);
        setToolTipText("");
        setEditorFont(font);
        // the caret shows only with focus, and repaints are partial: redraw its line when focus moves
        addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                repaintText(caret, caret);
            }

            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                repaintText(caret, caret);
            }
        });
    }

    // ---------------------------------------------------------------- font and layout

    void setEditorFont(Font newFont) {
        font = newFont;
        badgeFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, Math.round(font.getSize2D() * 0.45f)));
        metrics = LineMetrics.of(font, frc, styles.layerCount());
        TextLayout sample = new TextLayout("أكد الرئيس الروسي فلاديمير بوتين دعم بلاده الثابت لسوريا، مشدداً على أهمية", font, frc);
        charAdvance = sample.getAdvance() / 74f;
        relayout();
    }

    Font editorFont() {
        return font;
    }

    private void relayout() {
        int line = metrics.lineHeight();
        column.relayout(font, metrics, getWidth(), (len, wrap) -> len == 0
                ? line / 2 + metrics.paraGap()
                : (int) Math.ceil(len * charAdvance * 1.04f / wrap) * line + metrics.paraGap());
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

    ParagraphLayout layoutOf(int paragraph) {
        return column.layoutOf(paragraph);
    }

    private void queueRevalidate() {
        if (!revalidateQueued) {
            revalidateQueued = true;
            SwingUtilities.invokeLater(() -> {
                revalidateQueued = false;
                revalidate();
            });
        }
    }

    /** Makes this component exactly as tall as the paragraphs now say, at once (before scrolling). */
    private void syncHeight() {
        int total = (int) heights.total();
        if (getHeight() != total && getParent() instanceof JViewport) {
            setSize(getWidth(), total);
        }
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(400, (int) Math.min(Integer.MAX_VALUE, heights.total()));
    }

    // ---------------------------------------------------------------- geometry

    /** The insertion offset nearest to a point of this component. */
    int viewToModel(Point p) {
        int i = heights.indexAt(p.y);
        ParagraphLayout pl = layoutOf(i);
        ParagraphLayout.Line line = pl.lineAt(p.y - heights.top(i));
        return line.hit(p.x);
    }

    /** The character under a point, or -1 where there is none (an empty line). */
    int charAt(Point p) {
        int i = heights.indexAt(p.y);
        ParagraphLayout pl = layoutOf(i);
        long top = heights.top(i);
        if (p.y - top > pl.lines.get(pl.lines.size() - 1).top() + metrics.lineHeight()) {
            return -1;
        }
        return pl.lineAt(p.y - top).charAt(p.x);
    }

    /** The caret rectangle of an insertion offset, in this component's coordinates. */
    Rectangle modelToView(int offset) {
        int i = paragraphs.indexOf(offset);
        ParagraphLayout pl = layoutOf(i);
        ParagraphLayout.Line line = pl.lineOf(offset);
        long top = heights.top(i);
        float x = line.caretX(offset);
        int y = (int) (top + line.baseline() - metrics.ascent());
        return new Rectangle(Math.round(x), y, 1, metrics.ascent() + metrics.descent());
    }

    /** The area painted for a stretch of text (one piece per line), in this component's coordinates. */
    Area highlightArea(int from, int to) {
        Area area = new Area();
        for (int i = paragraphs.indexOf(from); i < paragraphs.count() && paragraphs.start(i) <= to; i++) {
            ParagraphLayout pl = layoutOf(i);
            long top = heights.top(i);
            for (ParagraphLayout.Line line : pl.lines) {
                int a = Math.max(from, line.start());
                int b = Math.min(to, line.end());
                if (a < b) {
                    Shape s = line.highlight(a, b);
                    area.add(new Area(java.awt.geom.AffineTransform.getTranslateInstance(0, top).createTransformedShape(s)));
                }
            }
        }
        return area;
    }

    /** Scrolls so that an offset is in view, with a line of context. */
    void reveal(int offset) {
        syncHeight();
        Rectangle r = modelToView(offset);
        syncHeight();
        r.grow(40, metrics.lineHeight());
        scrollRectToVisible(r);
        repaint();
    }

    void onNextPaint(Runnable r) {
        afterPaint.add(r);
    }

    @Override
    protected int lineHeight() {
        return metrics.lineHeight();
    }

    // ---------------------------------------------------------------- caret and selection

    int caret() {
        return caret;
    }

    int selectionStart() {
        return Math.min(caret, anchor);
    }

    int selectionEnd() {
        return Math.max(caret, anchor);
    }

    boolean hasSelection() {
        return caret != anchor;
    }

    void onCaretChange(Runnable listener) {
        caretListener = listener;
    }

    /** Moves the caret; with {@code extend} the selection grows from its anchor. */
    void moveCaret(int offset, boolean extend) {
        int oldCaret = caret;
        int oldAnchor = anchor;
        caret = Math.max(0, Math.min(text.length(), offset));
        if (!extend) {
            anchor = caret;
        }
        caretListener.run();
        repaintCaretChange(oldCaret, oldAnchor);
    }

    void select(int from, int to) {
        int oldCaret = caret;
        int oldAnchor = anchor;
        anchor = Math.max(0, Math.min(text.length(), from));
        caret = Math.max(0, Math.min(text.length(), to));
        caretListener.run();
        repaintCaretChange(oldCaret, oldAnchor);
    }

    /** Repaints where the caret and selection were and where they are now, not the whole screen. */
    private void repaintCaretChange(int oldCaret, int oldAnchor) {
        repaintText(Math.min(oldCaret, oldAnchor), Math.max(oldCaret, oldAnchor));
        repaintText(selectionStart(), selectionEnd());
    }

    // ---------------------------------------------------------------- repainting part of the screen

    /** Repaints what an edit changed: the changed lines on screen, or everything. */
    void repaintChange(TextChange change) {
        if (change.everything()) {
            repaint();
        } else if (!change.isEmpty()) {
            repaintText(change.from(), change.to());
        }
    }

    /**
     * Repaints the lines on screen that show text from {@code from} to {@code to} (the caret's line
     * when they are equal), full width, and nothing else: a labelling action then redraws one or two
     * lines instead of the forty in view (and the X server copies a strip, not the window).
     * {@link #paintComponent} draws the lines near the strip too, and the links of everything on
     * screen, so a strip comes out exactly as a full repaint would draw it.
     */
    void repaintText(int from, int to) {
        Rectangle screen = getVisibleRect();
        if (screen.isEmpty()) {
            return;
        }
        int first = Math.max(paragraphs.indexOf(from), heights.indexAt(screen.y));
        int last = Math.min(paragraphs.indexOf(to), heights.indexAt((long) screen.y + screen.height));
        long y0 = Long.MAX_VALUE;
        long y1 = Long.MIN_VALUE;
        for (int i = first; i <= last; i++) {
            ParagraphLayout pl = column.laidOut(i);
            if (pl == null) {
                // not laid out yet, so its lines are unknown (and laying it out may move what follows)
                repaint(screen);
                return;
            }
            long top = heights.top(i);
            for (int k = 0; k < pl.lines.size(); k++) {
                ParagraphLayout.Line line = pl.lines.get(k);
                if (line.start() <= to && line.end() >= from) {
                    y0 = Math.min(y0, top + line.top());
                    y1 = Math.max(y1, top + bandBottom(pl, k));
                }
            }
        }
        if (y0 < y1) {
            int overflow = overflow();
            long y = Math.max(screen.y, y0 - overflow);
            long end = Math.min((long) screen.y + screen.height, y1 + overflow);
            if (y < end) {
                repaint(0, (int) y, getWidth(), (int) (end - y));
            }
        }
    }

    /** Where line {@code k}'s band ends (relative to the paragraph top): the next line's top, or the paragraph's end. */
    private static int bandBottom(ParagraphLayout pl, int k) {
        return k + 1 < pl.lines.size() ? pl.lines.get(k + 1).top() : pl.height;
    }

    /** How far a line's drawing may reach beyond its band (a highlight's leading, an outline's stroke). */
    private int overflow() {
        return Math.max(4, metrics.lineHeight() / 4);
    }

    /** The offset one line up or down from the caret, at the same x. */
    int verticalMove(int offset, int lines) {
        Rectangle r = modelToView(offset);
        int y = r.y + r.height / 2 + lines * metrics.lineHeight();
        if (y < 0) {
            return 0;
        }
        if (y >= heights.total()) {
            return text.length();
        }
        return viewToModel(new Point(r.x, y));
    }

    int lineStart(int offset) {
        return layoutOf(paragraphs.indexOf(offset)).lineOf(offset).start();
    }

    int lineEnd(int offset) {
        ParagraphLayout.Line l = layoutOf(paragraphs.indexOf(offset)).lineOf(offset);
        return l.end() > l.start() && Character.isWhitespace(text.charAt(l.end() - 1))
                && l.end() < paragraphs.end(paragraphs.indexOf(offset)) ? l.end() - 1 : l.end();
    }

    void setLinkCandidate(String spanId) {
        linkCandidate = spanId;
        repaint();
    }

    // ---------------------------------------------------------------- painting

    /** A line on screen with the spans over it, widest first (narrower ones are painted on top). */
    private record ShownLine(ParagraphLayout.Line line, long top, long bandTop, long bandBottom, List<Span> spans) {
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            // fills stay aliased (they are rectangles, and anti-aliased fills cost most of a paint); arcs are smoothed
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            Rectangle clip = g2.getClipBounds();
            if (clip == null) {
                clip = new Rectangle(0, 0, getWidth(), getHeight());
            }
            g2.setColor(background());
            g2.fillRect(clip.x, clip.y, clip.width, clip.height);
            // links join spans anywhere on screen, so their ends are found on the whole screen even
            // when only a strip is repainted: the strip then shows the same arcs as a full repaint
            Rectangle screen = getVisibleRect();
            screen = screen.isEmpty() ? clip : screen.union(clip);
            List<ShownLine> shown = shownLines(screen);
            Map<String, Span> visible = new LinkedHashMap<>();
            Map<String, ShownLine> beginsOn = new HashMap<>();
            for (ShownLine sl : shown) {
                for (Span s : sl.spans()) {
                    visible.putIfAbsent(s.id(), s);
                    if (s.begin() >= sl.line().start()) {
                        beginsOn.putIfAbsent(s.id(), sl);
                    }
                }
            }
            Map<String, Point2D> anchors = anchors(visible, beginsOn);
            int margin = overflow();
            Color bg = background();
            boolean dark = (bg.getRed() * 299 + bg.getGreen() * 587 + bg.getBlue() * 114) / 1000 < 128;
            for (ShownLine sl : shown) {
                if (sl.bandBottom() + margin >= clip.y && sl.bandTop() - margin <= clip.getMaxY()) {
                    paintLine(g2, sl, dark);
                }
            }
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            paintLinks(g2, visible.values(), anchors, clip);
        } finally {
            g2.dispose();
        }
        if (!afterPaint.isEmpty()) {
            List<Runnable> run = List.copyOf(afterPaint);
            afterPaint.clear();
            run.forEach(Runnable::run);
        }
    }

    /** Every line of the paragraphs that reach into {@code area}, top to bottom, with its spans. */
    private List<ShownLine> shownLines(Rectangle area) {
        SpanIndex index = session.spanIndex();
        List<ShownLine> shown = new ArrayList<>();
        for (int i = heights.indexAt(area.y); i < paragraphs.count() && heights.top(i) <= area.getMaxY(); i++) {
            ParagraphLayout pl = layoutOf(i);
            long top = heights.top(i);
            for (int k = 0; k < pl.lines.size(); k++) {
                ParagraphLayout.Line line = pl.lines.get(k);
                List<Span> spans = line.layout() == null ? List.of() : index.overlapping(line.start(), line.end());
                if (spans.size() > 1) {
                    spans.sort(Comparator.comparingInt(Span::length).reversed());
                }
                shown.add(new ShownLine(line, top, top + line.top(), top + bandBottom(pl, k), spans));
            }
        }
        return shown;
    }

    /**
     * Where the arcs of links meet their spans (above the middle of the span's first line), for
     * the spans that take part in a link or relation; the other spans need no anchor.
     */
    private Map<String, Point2D> anchors(Map<String, Span> visible, Map<String, ShownLine> beginsOn) {
        java.util.Set<String> ends = new java.util.HashSet<>();
        for (Span s : visible.values()) {
            if (s.attributes().isEmpty()) {
                continue;
            }
            Layer layer = session.schema().layer(s.layer()).orElse(null);
            for (AttributeDef def : layer == null ? List.<AttributeDef>of() : layer.attributes()) {
                if (def.type() == AttributeType.LINK && s.attributes().get(def.name()) instanceof String target) {
                    ends.add(s.id());
                    ends.add(target);
                }
            }
        }
        for (Relation r : session.set().relations()) {
            ends.add(r.from());
            ends.add(r.to());
        }
        Map<String, Point2D> anchors = new HashMap<>();
        for (String id : ends) {
            ShownLine sl = beginsOn.get(id);
            if (sl != null) {
                Span s = visible.get(id);
                ParagraphLayout.Line line = sl.line();
                Rectangle2D b = line.highlight(Math.max(s.begin(), line.start()), Math.min(s.end(), line.end())).getBounds2D();
                anchors.put(id, new Point2D.Double(b.getCenterX(), sl.top() + line.top() + metrics.arcGap()));
            }
        }
        return anchors;
    }

    private Color background() {
        Color c = UIManager.getColor("TextPane.background");
        return c == null ? Color.WHITE : c;
    }

    private Color foreground() {
        Color c = UIManager.getColor("TextPane.foreground");
        return c == null ? Color.BLACK : c;
    }

    private void paintLine(Graphics2D g, ShownLine sl, boolean dark) {
        ParagraphLayout.Line line = sl.line();
        long top = sl.top();
        if (line.layout() == null) {
            paintCaret(g, line, top);
            return;
        }
        String selected = session.selectedSpanId();
        Graphics2D lg = (Graphics2D) g.create();
        lg.translate(0, top);
        List<Span> spans = sl.spans();
        // one highlight shape per span and line, reused for the fill, the underline and the outline
        Shape[] shapes = new Shape[spans.size()];
        for (int k = 0; k < shapes.length; k++) {
            Span s = spans.get(k);
            Shape shape = line.highlight(Math.max(s.begin(), line.start()), Math.min(s.end(), line.end()));
            shapes[k] = shape;
            lg.setColor(styles.fill(s, dark));
            lg.fill(shape);
        }
        if (hasSelection() && selectionStart() < line.end() && selectionEnd() > line.start()) {
            lg.setColor(SELECTION);
            lg.fill(line.highlight(Math.max(selectionStart(), line.start()), Math.min(selectionEnd(), line.end())));
        }
        lg.setColor(foreground());
        line.layout().draw(lg, line.x(), line.baseline());
        float underlineTop = line.baseline() + metrics.descent() + 1;
        for (int k = 0; k < shapes.length; k++) {
            Span s = spans.get(k);
            Shape shape = shapes[k];
            Rectangle2D b = shape.getBounds2D();
            lg.setColor(styles.line(s));
            float y = underlineTop + styles.row(s) * LineMetrics.UNDERLINE_STEP;
            lg.fill(new Rectangle2D.Float((float) b.getX() + 1, y, (float) b.getWidth() - 2, 2));
            if (s.id().equals(selected) || s.id().equals(linkCandidate)) {
                Stroke old = lg.getStroke();
                lg.setColor(s.id().equals(linkCandidate) ? CANDIDATE : dark ? OUTLINE_ON_DARK : OUTLINE);
                lg.setStroke(s.id().equals(linkCandidate)
                        ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f)
                        : new BasicStroke(2f));
                lg.draw(shape);
                lg.setStroke(old);
            }
        }
        lg.dispose();
        paintCaret(g, line, top);
    }

    private void paintCaret(Graphics2D g, ParagraphLayout.Line line, long top) {
        if (!hasFocus() || caret < line.start() || caret > line.end()) {
            return;
        }
        ParagraphLayout pl = layoutOf(paragraphs.indexOf(caret));
        if (pl.lineOf(caret) != line) {
            return;
        }
        float x = line.caretX(caret);
        g.setColor(foreground());
        g.fill(new Rectangle2D.Float(x - 1, top + line.baseline() - metrics.ascent(), 2, metrics.ascent() + metrics.descent()));
    }

    /** Links (link attributes and relations) as arcs through the gap above the lines, named by a badge. */
    private void paintLinks(Graphics2D g, java.util.Collection<Span> visible, Map<String, Point2D> anchors, Rectangle clip) {
        Map<String, Integer> badgesAt = new HashMap<>();
        for (Span s : visible) {
            Layer layer = session.schema().layer(s.layer()).orElse(null);
            if (layer == null) {
                continue;
            }
            for (AttributeDef def : layer.attributes()) {
                if (def.type() == AttributeType.LINK && s.attributes().get(def.name()) instanceof String target) {
                    paintLink(g, s, target, def.name(), anchors, badgesAt, false, clip);
                }
            }
        }
        for (Relation r : session.set().relations()) {
            if (anchors.containsKey(r.from()) || anchors.containsKey(r.to())) {
                session.set().span(r.from()).ifPresent(s -> paintLink(g, s, r.to(), r.type(), anchors, badgesAt, true, clip));
            }
        }
    }

    private void paintLink(Graphics2D g, Span source, String targetId, String name, Map<String, Point2D> anchors,
                           Map<String, Integer> badgesAt, boolean dashed, Rectangle clip) {
        Point2D a = anchors.get(source.id());
        Point2D b = anchors.get(targetId);
        if (a == null && b == null) {
            return;
        }
        Color color = styles.line(source);
        float rise = metrics.arcGap() * 0.9f;
        Shape arc;
        if (a != null && b != null && Math.abs(a.getY() - b.getY()) < 1) {
            arc = new CubicCurve2D.Double(a.getX(), a.getY(), a.getX(), a.getY() - rise, b.getX(), b.getY() - rise,
                    b.getX(), b.getY());
        } else if (a != null && b != null) {
            // on different lines: along the gaps above the lines and down the right margin, never across letters
            double lane = getWidth() - 4 - 3 * (badgesAt.size() % 4);
            double ay = a.getY() - rise * 0.55;
            double by = b.getY() - rise * 0.55;
            Path2D path = new Path2D.Double();
            path.moveTo(a.getX(), a.getY());
            path.lineTo(a.getX(), ay);
            path.lineTo(lane, ay);
            path.lineTo(lane, by);
            path.lineTo(b.getX(), by);
            path.lineTo(b.getX(), b.getY());
            arc = path;
        } else {
            // the other end is off screen: a short stub pointing up or down towards it
            Point2D p = a != null ? a : b;
            arc = new java.awt.geom.Line2D.Double(p.getX(), p.getY(), p.getX() + 12, p.getY() - rise * 0.7);
        }
        // arcs outside a repainted strip are not drawn (rasterizing them costs), but still counted below
        Rectangle2D reach = arc.getBounds2D();
        if (clip.intersects(reach.getX() - 8, reach.getY() - 8, reach.getWidth() + 16, reach.getHeight() + 16)) {
            Stroke old = g.getStroke();
            g.setStroke(dashed ? new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3f}, 0f)
                    : new BasicStroke(1.4f));
            g.setColor(color);
            g.draw(arc);
            if (a != null && b != null) {
                arrowHead(g, b);
            }
            g.setStroke(old);
        }
        Point2D at = b != null ? b : a;
        String key = Math.round(at.getX()) + ":" + Math.round(at.getY());
        int n = badgesAt.merge(key, 1, Integer::sum) - 1;
        paintBadge(g, name + (b == null ? " …" : ""), at, n, color, clip);
    }

    private void arrowHead(Graphics2D g, Point2D tip) {
        Path2D p = new Path2D.Double();
        p.moveTo(tip.getX(), tip.getY());
        p.lineTo(tip.getX() - 3.5, tip.getY() - 6);
        p.lineTo(tip.getX() + 3.5, tip.getY() - 6);
        p.closePath();
        g.fill(p);
    }

    private void paintBadge(Graphics2D g, String label, Point2D at, int stack, Color color, Rectangle clip) {
        g.setFont(badgeFont);
        java.awt.FontMetrics fm = g.getFontMetrics();
        int w = fm.stringWidth(label) + 6;
        int h = fm.getAscent() + 2;
        double x = Math.min(at.getX() + 6 + stack * (w + 3), getWidth() - w - 8);
        double y = at.getY() - metrics.arcGap() + 1;
        g.setColor(new Color(255, 255, 255, 230));
        RoundRectangle2D box = new RoundRectangle2D.Double(x, y, w, Math.min(h, metrics.arcGap() - 1), 6, 6);
        if (!clip.intersects(x - 2, y - 2, w + 4, h + fm.getDescent() + 4)) {
            return;
        }
        g.fill(box);
        g.setColor(color);
        g.draw(box);
        g.drawString(label, (float) x + 3, (float) (y + fm.getAscent() - 1));
    }

    // ---------------------------------------------------------------- tooltips

    @Override
    public String getToolTipText(MouseEvent e) {
        int at = charAt(e.getPoint());
        if (at < 0) {
            return null;
        }
        List<Span> spans = session.spanIndex().at(at);
        if (spans.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("<html>");
        for (Span s : spans) {
            String arabic = session.schema().layer(s.layer()).flatMap(l -> l.label(s.label()))
                    .map(l -> l.arabicName()).orElse("");
            sb.append("<b>").append(s.label()).append("</b> ").append(escape(arabic)).append(" <small>(")
                    .append(s.layer()).append(")</small>");
            s.attributes().forEach((k, v) -> sb.append("<br>&nbsp;&nbsp;").append(k).append(": ")
                    .append(escape(describe(v))));
            sb.append("<br>");
        }
        return sb.toString();
    }

    private String describe(Object value) {
        if (value instanceof String id) {
            return session.set().span(id).map(t -> t.label() + " «" + text.substring(t.begin(), t.end()) + "»").orElse(id);
        }
        return String.valueOf(value);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
