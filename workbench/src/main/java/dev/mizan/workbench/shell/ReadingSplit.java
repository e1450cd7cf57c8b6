package dev.mizan.workbench.shell;

import javax.swing.JComponent;
import javax.swing.JSplitPane;
import java.awt.ComponentOrientation;

/**
 * A side-by-side split whose first component sits where reading starts: on the left in English, on the
 * right in Arabic (a plain JSplitPane ignores the component orientation).
 */
public final class ReadingSplit extends JSplitPane {
    private final JComponent start;
    private final JComponent end;

    /** {@code startWeight}: the share of extra width the start component takes (as {@link #setResizeWeight} in a left-to-right UI). */
    public ReadingSplit(JComponent start, JComponent end, double startWeight) {
        super(HORIZONTAL_SPLIT, true, start, end);
        this.start = start;
        this.end = end;
        setResizeWeight(startWeight);
        setBorder(null);
    }

    @Override
    public void applyComponentOrientation(ComponentOrientation o) {
        super.applyComponentOrientation(o);
        boolean rtl = !o.isLeftToRight();
        if ((getLeftComponent() == start) == rtl) {
            int location = getDividerLocation();
            setLeftComponent(null);
            setRightComponent(null);
            setLeftComponent(rtl ? end : start);
            setRightComponent(rtl ? start : end);
            setResizeWeight(1 - getResizeWeight());
            if (location > 0 && getWidth() > 0) {
                setDividerLocation(getWidth() - location - getDividerSize());
            }
        }
    }
}
