package dev.mizan.workbench.shell;

import com.formdev.flatlaf.FlatClientProperties;

import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** One docking area: a stack of view tabs that can be closed. */
final class DockArea {
    /** A view that is open in an area. */
    record OpenView(ViewContribution contribution, JComponent component) {
    }

    private final Placement placement;
    private final JTabbedPane tabs = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.SCROLL_TAB_LAYOUT);
    private final List<OpenView> views = new ArrayList<>();

    DockArea(Placement placement, BiConsumer<DockArea, OpenView> onClose) {
        this.placement = placement;
        tabs.setName("area." + placement.name().toLowerCase(java.util.Locale.ROOT));
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_CLOSABLE, true);
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_HEIGHT, 26);
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_CLOSE_CALLBACK,
                (java.util.function.IntConsumer) i -> onClose.accept(this, views.get(i)));
    }

    Placement placement() {
        return placement;
    }

    JTabbedPane component() {
        return tabs;
    }

    boolean isEmpty() {
        return views.isEmpty();
    }

    List<OpenView> views() {
        return List.copyOf(views);
    }

    Optional<OpenView> find(String viewId) {
        return views.stream().filter(v -> v.contribution().id().equals(viewId)).findFirst();
    }

    void add(OpenView view) {
        views.add(view);
        tabs.addTab(view.contribution().title(), view.component());
        tabs.setToolTipTextAt(tabs.getTabCount() - 1, view.contribution().title());
    }

    void remove(OpenView view) {
        int i = views.indexOf(view);
        if (i >= 0) {
            views.remove(i);
            tabs.removeTabAt(i);
        }
    }

    void select(String viewId) {
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).contribution().id().equals(viewId)) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    void clear() {
        views.clear();
        tabs.removeAll();
    }
}
