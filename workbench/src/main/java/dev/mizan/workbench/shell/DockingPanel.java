package dev.mizan.workbench.shell;

import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import java.awt.BorderLayout;
import java.awt.Component;
import java.util.EnumMap;
import java.util.Map;

/**
 * The editor area surrounded by the START, END and BOTTOM areas, joined by split panes. Empty areas
 * take no room. In a right-to-left UI the START area is on the right, as readers expect.
 * (Decision record: docs/decisions/0002-docking-with-split-panes.md.)
 */
final class DockingPanel extends JPanel {
    private final JComponent editorArea;
    private final Map<Placement, DockArea> areas;
    private final Map<Placement, Integer> sizes = new EnumMap<>(Placement.class);
    private boolean rightToLeft;
    private boolean editorAreaShown = true;
    private JSplitPane startSplit;
    private JSplitPane endSplit;
    private JSplitPane bottomSplit;

    DockingPanel(JComponent editorArea, Map<Placement, DockArea> areas) {
        super(new BorderLayout());
        this.editorArea = editorArea;
        this.areas = areas;
        sizes.put(Placement.START, LayoutState.Arrangement.DEFAULT_START);
        sizes.put(Placement.END, LayoutState.Arrangement.DEFAULT_END);
        sizes.put(Placement.BOTTOM, LayoutState.Arrangement.DEFAULT_BOTTOM);
    }

    void setRightToLeft(boolean rtl) {
        this.rightToLeft = rtl;
    }

    /** Hides the editor area (its END area, or else its START area, takes the centre). */
    void setEditorAreaShown(boolean shown) {
        this.editorAreaShown = shown;
    }

    boolean editorAreaShown() {
        return editorAreaShown;
    }

    void setSize(Placement p, int size) {
        sizes.put(p, size);
    }

    /** The current size of an area, read from its split pane when it is shown. */
    int size(Placement p) {
        captureSizes();
        return sizes.get(p);
    }

    /** Rebuilds the split panes after views were added, removed or moved. */
    void rebuild() {
        captureSizes();
        removeAll();
        startSplit = endSplit = bottomSplit = null;
        Component center = editorAreaShown ? editorArea : null;
        DockArea end = areas.get(Placement.END);
        if (!end.isEmpty()) {
            if (center == null) {
                center = end.component();
            } else {
                endSplit = horizontal(center, end.component(), rightToLeft);
                center = endSplit;
            }
        }
        DockArea start = areas.get(Placement.START);
        if (!start.isEmpty()) {
            if (center == null) {
                center = start.component();
            } else {
                startSplit = horizontal(start.component(), center, rightToLeft);
                center = startSplit;
            }
        }
        if (center == null) {
            center = editorArea;
        }
        DockArea bottom = areas.get(Placement.BOTTOM);
        if (!bottom.isEmpty()) {
            bottomSplit = new JSplitPane(JSplitPane.VERTICAL_SPLIT, true, center, bottom.component());
            bottomSplit.setResizeWeight(1.0);
            bottomSplit.setBorder(null);
            center = bottomSplit;
        }
        add(center, BorderLayout.CENTER);
        revalidate();
        applySizes();
        repaint();
    }

    /**
     * A horizontal split with {@code side} at the reading start ({@code first}) or end; the area
     * that is not the editor keeps its width when the window resizes.
     */
    private static JSplitPane horizontal(Component first, Component second, boolean swap) {
        JSplitPane split = swap
                ? new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, true, second, first)
                : new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, true, first, second);
        split.setBorder(null);
        return split;
    }

    private void applySizes() {
        int w = getWidth() > 0 ? getWidth() : 1280;
        int h = getHeight() > 0 ? getHeight() : 760;
        if (bottomSplit != null) {
            bottomSplit.setDividerLocation(Math.max(100, h - sizes.get(Placement.BOTTOM)));
        }
        if (startSplit != null) {
            int s = sizes.get(Placement.START);
            boolean startIsLeft = startSplit.getLeftComponent() == areas.get(Placement.START).component();
            startSplit.setResizeWeight(startIsLeft ? 0 : 1);
            startSplit.setDividerLocation(startIsLeft ? s : Math.max(100, w - s));
        }
        if (endSplit != null) {
            int inner = startSplit == null ? w : Math.max(200, w - sizes.get(Placement.START));
            int e = sizes.get(Placement.END);
            boolean endIsRight = endSplit.getRightComponent() == areas.get(Placement.END).component();
            endSplit.setResizeWeight(endIsRight ? 1 : 0);
            endSplit.setDividerLocation(endIsRight ? Math.max(100, inner - e) : e);
        }
    }

    private void captureSizes() {
        if (getWidth() <= 0) {
            return;
        }
        int start = areas.get(Placement.START).component().getWidth();
        if (startSplit != null && start > 0) {
            sizes.put(Placement.START, start);
        }
        int end = areas.get(Placement.END).component().getWidth();
        if (endSplit != null && end > 0) {
            sizes.put(Placement.END, end);
        }
        int bottom = areas.get(Placement.BOTTOM).component().getHeight();
        if (bottomSplit != null && bottom > 0) {
            sizes.put(Placement.BOTTOM, bottom);
        }
    }
}
