package dev.mizan.workbench.editor;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;

/**
 * The vertical rhythm of the editor for one font: a gap above each line where link arcs and their
 * badges live (so they never cover letters), the text, and a band below it for one underline per
 * layer (so nested and overlapping spans of different layers stay apart).
 *
 * @param arcGap    space above the text for arcs and badges
 * @param ascent    text ascent
 * @param descent   text descent
 * @param band      space below the text for the layers' underlines
 * @param paraGap   extra space after a paragraph
 */
public record LineMetrics(int arcGap, int ascent, int descent, int band, int paraGap) {
    static final int UNDERLINE_STEP = 3;

    public static LineMetrics of(Font font, FontRenderContext frc, int layers) {
        TextLayout sample = new TextLayout("بوتين (Putin) ٢٠٢٥ أُ", font, frc);
        int ascent = (int) Math.ceil(sample.getAscent());
        int descent = (int) Math.ceil(sample.getDescent());
        int arcGap = Math.max(8, Math.round(font.getSize2D() * 0.6f));
        return new LineMetrics(arcGap, ascent, descent, 2 + layers * UNDERLINE_STEP, Math.round(font.getSize2D() * 0.2f));
    }

    public int lineHeight() {
        return arcGap + ascent + descent + band;
    }
}
