package dev.mizan.workbench.editor;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextHitInfo;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph broken into right-to-left lines with {@link LineBreakMeasurer}; bidi-correct
 * shaping, hit testing and highlight shapes come from {@link TextLayout}. Offsets in and out are
 * global (UTF-16 offsets into the whole document); y values are relative to the paragraph top.
 */
public final class ParagraphLayout {
    /** One line: its layout, its global range, and where it is drawn. */
    public record Line(TextLayout layout, int start, int end, float x, int top, float baseline) {
        public Shape highlight(int from, int to) {
            if (layout == null) {
                return new Rectangle2D.Float(x, baseline - 1, 1, 1);
            }
            Shape s = layout.getLogicalHighlightShape(from - start, to - start);
            if (isOnePiece(s)) {
                // one visual run (the usual case): a plain rectangle, which draws far faster than a path
                Rectangle2D b = s.getBounds2D();
                return new Rectangle2D.Double(b.getX() + x, b.getY() + baseline, b.getWidth(), b.getHeight());
            }
            return AffineTransform.getTranslateInstance(x, baseline).createTransformedShape(s);
        }

        private static boolean isOnePiece(Shape s) {
            int moves = 0;
            int points = 0;
            for (java.awt.geom.PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(new double[6]);
                moves += type == java.awt.geom.PathIterator.SEG_MOVETO ? 1 : 0;
                points += type == java.awt.geom.PathIterator.SEG_CLOSE ? 0 : 1;
            }
            return moves == 1 && points <= 5;
        }

        /** The caret position (x) of an insertion offset on this line. */
        float caretX(int offset) {
            if (layout == null || start == end) {
                return x;
            }
            int i = offset - start;
            TextHitInfo hit = i < end - start ? TextHitInfo.leading(i) : TextHitInfo.trailing(end - start - 1);
            float[] info = layout.getCaretInfo(hit);
            return x + info[0];
        }

        /** The character under x, or -1 on an empty line. */
        public int charAt(float px) {
            if (layout == null) {
                return -1;
            }
            return start + Math.max(0, Math.min(end - start - 1, layout.hitTestChar(px - x, 0).getCharIndex()));
        }

        int hit(float px) {
            if (layout == null) {
                return start;
            }
            return start + layout.hitTestChar(px - x, 0).getInsertionIndex();
        }
    }

    final int start;
    final int end;
    final List<Line> lines;
    final int height;

    /** The lines, top to bottom. */
    public List<Line> lines() {
        return lines;
    }

    /** The height in pixels, with the gap after the paragraph. */
    public int height() {
        return height;
    }

    private ParagraphLayout(int start, int end, List<Line> lines, int height) {
        this.start = start;
        this.end = end;
        this.lines = lines;
        this.height = height;
    }

    public static ParagraphLayout layout(String text, int start, int end, Font font, FontRenderContext frc,
                                  float left, float width, LineMetrics m) {
        List<Line> lines = new ArrayList<>();
        int y = 0;
        if (start == end) {
            // an empty line only separates paragraphs: half a line is enough
            lines.add(new Line(null, start, end, left + width, y, y + m.arcGap() / 2f + m.ascent() / 2f));
            y += m.lineHeight() / 2;
        } else {
            AttributedString as = new AttributedString(text.substring(start, end));
            as.addAttribute(TextAttribute.FONT, font);
            as.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
            LineBreakMeasurer measurer = new LineBreakMeasurer(as.getIterator(), frc);
            int pos = 0;
            int length = end - start;
            while (pos < length) {
                TextLayout tl = measurer.nextLayout(Math.max(20f, width));
                int next = measurer.getPosition();
                float ascent = Math.max(m.ascent(), tl.getAscent());
                float descent = Math.max(m.descent(), tl.getDescent());
                float baseline = y + m.arcGap() + ascent;
                // right-aligned: trailing white space of a right-to-left line sits at its left end
                float x = left + width - tl.getAdvance();
                lines.add(new Line(tl, start + pos, start + next, x, y, baseline));
                y = (int) Math.ceil(baseline + descent + m.band());
                pos = next;
            }
        }
        return new ParagraphLayout(start, end, List.copyOf(lines), y + m.paraGap());
    }

    /** The line that holds an insertion offset (the end of a line belongs to it only if it is the last). */
    Line lineOf(int offset) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (offset < l.end() || i == lines.size() - 1) {
                return l;
            }
        }
        return lines.get(lines.size() - 1);
    }

    /** The line at a y relative to the paragraph top (clamped to the first and last lines). */
    public Line lineAt(float y) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (y < lines.get(i + 1).top()) {
                return lines.get(i);
            }
        }
        return lines.get(lines.size() - 1);
    }
}
