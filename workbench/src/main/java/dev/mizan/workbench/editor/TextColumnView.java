package dev.mizan.workbench.editor;

import javax.swing.JComponent;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import java.awt.Dimension;
import java.awt.Rectangle;

/**
 * A component that draws wrapped lines of text in a scroll pane (the editor, the Curate text): it is
 * as wide as the viewport, as tall as its text, and scrolls by a line or by a screen less a line.
 */
public abstract class TextColumnView extends JComponent implements Scrollable {
    private final Dimension preferredViewport;
    private final int horizontalUnit;

    protected TextColumnView(Dimension preferredViewport, int horizontalUnit) {
        this.preferredViewport = new Dimension(preferredViewport);
        this.horizontalUnit = horizontalUnit;
    }

    /** The height of one line with the bands around it, in pixels. */
    protected abstract int lineHeight();

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return new Dimension(preferredViewport);
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visibleRect, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? lineHeight() : horizontalUnit;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visibleRect, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? Math.max(lineHeight(), visibleRect.height - lineHeight())
                : visibleRect.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
