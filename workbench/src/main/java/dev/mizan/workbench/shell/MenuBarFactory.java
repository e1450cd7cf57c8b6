package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.Messages;

import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import java.util.List;

/** Builds the menu bar from the commands' menu paths; items are enabled when their menu opens. */
final class MenuBarFactory {
    private MenuBarFactory() {
    }

    static JMenuBar create(Workbench wb, List<CommandContribution> commands) {
        JMenuBar bar = new JMenuBar();
        for (MenuModel.Node node : new MenuModel(commands).menus()) {
            bar.add(menu(wb, node, "menu." + node.id()));
        }
        return bar;
    }

    private static JMenu menu(Workbench wb, MenuModel.Node node, String key) {
        Messages m = wb.messages();
        JMenu menu = new JMenu(m.has(key) ? m.get(key) : node.id());
        menu.setName(key);
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
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                for (int i = 0; i < menu.getItemCount(); i++) {
                    JMenuItem item = menu.getItem(i);
                    if (item != null && !(item instanceof JMenu)) {
                        commands(node).stream().filter(c -> c.id().equals(item.getName())).findFirst()
                                .ifPresent(c -> item.setEnabled(safeEnabled(c, wb)));
                    }
                }
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
        return menu;
    }

    private static List<CommandContribution> commands(MenuModel.Node node) {
        return node.commands();
    }

    private static boolean safeEnabled(CommandContribution c, WorkbenchContext ctx) {
        try {
            return c.isEnabled(ctx);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
