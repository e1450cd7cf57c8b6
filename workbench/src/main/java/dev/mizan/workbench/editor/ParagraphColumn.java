package dev.mizan.workbench.editor;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text as a column of paragraphs that are laid out only when asked for (ADR 0004): the others
 * keep an estimated height, replaced by the real one when they are laid out, and the most recently
 * used layouts are kept. The editor and the Curate perspective's text both draw on one.
 */
public final class ParagraphColumn {
    /** Estimates a paragraph's height before it is laid out, from its length in UTF-16 units. */
    @FunctionalInterface
    public interface HeightEstimate {
        int height(int length, float wrapWidth);
    }

    private static final int CACHE_SIZE = 400;

    private final String text;
    private final Paragraphs paragraphs;
    private final HeightMap heights;
    private final int margin;
    private final FontRenderContext frc;
    private final Runnable heightsChanged;
    private final Map<Integer, ParagraphLayout> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, ParagraphLayout> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private Font font;
    private LineMetrics metrics;
    private int width = -1;

    /**
     * @param margin         the space left and right of the lines, in pixels
     * @param heightsChanged called when laying out a paragraph changed its height (the component's
     *                       preferred height changed)
     */
    public ParagraphColumn(String text, int margin, FontRenderContext frc, Runnable heightsChanged) {
        this.text = text;
        this.paragraphs = new Paragraphs(text);
        this.heights = new HeightMap(paragraphs.count());
        this.margin = margin;
        this.frc = frc;
        this.heightsChanged = heightsChanged;
    }

    /** Forgets every layout and estimates every height again, for a new font, metrics or width. */
    public void relayout(Font font, LineMetrics metrics, int width, HeightEstimate estimate) {
        this.font = font;
        this.metrics = metrics;
        this.width = width;
        cache.clear();
        float wrap = wrapWidth();
        heights.setAll(i -> estimate.height(paragraphs.end(i) - paragraphs.start(i), wrap));
    }

    /** True when {@code width} is a real width other than the one laid out for. */
    public boolean needsRelayoutFor(int width) {
        return width > 0 && width != this.width;
    }

    /** The width lines wrap at: the component's width less the margins (800 before it has one). */
    public float wrapWidth() {
        return Math.max(60, (width > 0 ? width : 800) - 2f * margin);
    }

    /** The layout of a paragraph, laid out now if it is not kept. */
    public ParagraphLayout layoutOf(int paragraph) {
        ParagraphLayout pl = cache.get(paragraph);
        if (pl == null) {
            pl = ParagraphLayout.layout(text, paragraphs.start(paragraph), paragraphs.end(paragraph), font, frc,
                    margin, wrapWidth(), metrics);
            cache.put(paragraph, pl);
            if (heights.height(paragraph) != pl.height()) {
                heights.set(paragraph, pl.height());
                heightsChanged.run();
            }
        }
        return pl;
    }

    /** The layout of a paragraph if it is kept, else null (nothing is laid out). */
    public ParagraphLayout laidOut(int paragraph) {
        return cache.get(paragraph);
    }

    public Paragraphs paragraphs() {
        return paragraphs;
    }

    public HeightMap heights() {
        return heights;
    }
}
