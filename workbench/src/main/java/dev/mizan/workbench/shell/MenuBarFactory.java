package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.Messages;

import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import java.util.List;

/**
 * Builds the menu bar from the commands' menu paths; items are enabled when their menu opens. The
 * bar shows its menus at once, but their items (some fifty, a tenth of a second to build at start)
 * are made when a menu first opens or when {@link #complete} is called after the first paint,
 * whichever comes first.
 */
final class MenuBarFactory {
    private MenuBarFactory() {
    }

    private static final String FILL = "mizan.menu.fill";

    static JMenuBar create(Workbench wb, List<CommandContribution> commands) {
        JMenuBar bar = new JMenuBar();
        for (MenuModel.Node node : new MenuModel(commands).menus()) {
            JMenu menu = new JMenu(title(wb, node, "menu." + node.id()));
            menu.setName("menu." + node.id());
            menu.putClientProperty(FILL, (Runnable) () -> {
                fill(wb, menu, node, "menu." + node.id());
                enableItems(wb, menu, node); // the listener fill adds hears only later openings
            });
            whenOpened(menu, () -> complete(menu));
            bar.add(menu);
        }
        return bar;
    }

    /** Makes the items of every menu of the bar that has none yet. */
    static void complete(JMenuBar bar) {
        for (int i = 0; i < bar.getMenuCount(); i++) {
            complete(bar.getMenu(i));
        }
    }

    private static void complete(JMenu menu) {
        if (menu != null && menu.getClientProperty(FILL) instanceof Runnable fill) {
            menu.putClientProperty(FILL, null);
            fill.run();
        }
    }

    private static String title(Workbench wb, MenuModel.Node node, String key) {
        Messages m = wb.messages();
        return m.has(key) ? m.get(key) : node.id();
    }

    private static JMenu menu(Workbench wb, MenuModel.Node node, String key) {
        JMenu menu = new JMenu(title(wb, node, key));
        menu.setName(key);
        fill(wb, menu, node, key);
        return menu;
    }

    private static void fill(Workbench wb, JMenu menu, MenuModel.Node node, String key) {
        for (MenuModel.Node sub : node.submenus()) {
            menu.add(menu(wb, sub, key + "." + sub.id()));
        }
        if (!node.submenus().isEmpty() && !node.commands().isEmpty()) {
            menu.addSeparator();
        }
        for (CommandContribution c : node.commands()) {
            JMenuItem item = new JMenuItem(c.name());
            item.setName(c.id());
            if (c.keyBinding() != null) {
                // Shown only: the binding itself lives on the root pane, so it works with menus closed.
                item.setAccelerator(KeyStroke.getKeyStroke(c.keyBinding()));
            }
            item.addActionListener(e -> wb.execute(c));
            menu.add(item);
        }
        // Fresh items: the orientation the window was given before they existed.
        menu.applyComponentOrientation(menu.getComponentOrientation());
        whenOpened(menu, () -> enableItems(wb, menu, node));
    }

    private static void whenOpened(JMenu menu, Runnable action) {
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                action.run();
            }

            @Override
            public void menuDeselected(MenuEvent e) {
                // Nothing to undo.
            }

            @Override
            public void menuCanceled(MenuEvent e) {
                // Nothing to undo.
            }
        });
    }

    private static void enableItems(Workbench wb, JMenu menu, MenuModel.Node node) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            JMenuItem item = menu.getItem(i);
            if (item != null && !(item instanceof JMenu)) {
                node.commands().stream().filter(c -> c.id().equals(item.getName())).findFirst()
                        .ifPresent(c -> item.setEnabled(safeEnabled(c, wb)));
            }
        }
    }

    private static boolean safeEnabled(CommandContribution c, WorkbenchContext ctx) {
        try {
            return c.isEnabled(ctx);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
