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

    /** What the tab menu can ask of the workbench. */
    interface TabActions {
        void close(String viewId);

        void move(String viewId, Placement to);
    }

    DockArea(Placement placement, BiConsumer<DockArea, OpenView> onClose) {
        this.placement = placement;
        tabs.setName("area." + placement.name().toLowerCase(java.util.Locale.ROOT));
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_CLOSABLE, true);
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_HEIGHT, 26);
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_CLOSE_CALLBACK,
                (java.util.function.IntConsumer) i -> onClose.accept(this, views.get(i)));
    }

    /** A right-click menu on the view tabs: move the view to another area, or close it. */
    void installTabMenu(dev.mizan.workbench.app.Messages m, TabActions actions) {
        tabs.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                maybeShow(e);
            }

            @Override
            public void mouseReleased(java.awt.event.MouseEvent e) {
                maybeShow(e);
            }

            private void maybeShow(java.awt.event.MouseEvent e) {
                int i = tabs.indexAtLocation(e.getX(), e.getY());
                if (!e.isPopupTrigger() || i < 0) {
                    return;
                }
                String id = views.get(i).contribution().id();
                javax.swing.JPopupMenu menu = new javax.swing.JPopupMenu();
                menu.setName("viewTabMenu");
                for (Placement p : Placement.values()) {
                    if (p != placement) {
                        javax.swing.JMenuItem item = new javax.swing.JMenuItem(m.get("view.moveTo." + p.name()));
                        item.setName("moveTo." + p.name());
                        item.addActionListener(a -> actions.move(id, p));
                        menu.add(item);
                    }
                }
                menu.addSeparator();
                javax.swing.JMenuItem close = new javax.swing.JMenuItem(m.get("view.close"));
                close.addActionListener(a -> actions.close(id));
                menu.add(close);
                menu.applyComponentOrientation(tabs.getComponentOrientation());
                menu.show(tabs, e.getX(), e.getY());
            }
        });
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

    /** Removes a view for good: the listeners it registered go with it (a move only removes). */
    void dispose(OpenView view) {
        remove(view);
        ViewScope.close(view.component());
    }

    void select(String viewId) {
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).contribution().id().equals(viewId)) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    /** Drops every view, releasing their listeners. */
    void clear() {
        views.forEach(v -> ViewScope.close(v.component()));
        views.clear();
        tabs.removeAll();
    }
}
