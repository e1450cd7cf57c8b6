package dev.mizan.workbench.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The menu bar as a tree built from commands' menu paths: known top menus in a fixed order,
 * unknown ones after them, submenus and items in command priority order.
 */
public final class MenuModel {
    /** The top menus in the order they appear. */
    public static final List<String> TOP_MENUS = List.of("file", "edit", "annotate", "view", "window", "help");

    /** A menu: its id, submenus and commands. */
    public static final class Node {
        private final String id;
        private final Map<String, Node> children = new LinkedHashMap<>();
        private final List<CommandContribution> commands = new ArrayList<>();

        Node(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public List<Node> submenus() {
            return List.copyOf(children.values());
        }

        public List<CommandContribution> commands() {
            return List.copyOf(commands);
        }

        Node child(String childId) {
            return children.computeIfAbsent(childId, Node::new);
        }
    }

    private final List<Node> menus;

    public MenuModel(List<CommandContribution> commands) {
        Map<String, Node> top = new LinkedHashMap<>();
        TOP_MENUS.forEach(id -> top.put(id, new Node(id)));
        for (CommandContribution c : commands) {
            String path = c.menuPath();
            if (path == null || path.isBlank()) {
                continue;
            }
            String[] parts = path.split("/");
            Node node = top.computeIfAbsent(parts[0], Node::new);
            for (int i = 1; i < parts.length; i++) {
                node = node.child(parts[i]);
            }
            node.commands.add(c);
        }
        menus = top.values().stream().filter(n -> !n.children.isEmpty() || !n.commands.isEmpty()).toList();
    }

    /** Top menus that have at least one item. */
    public List<Node> menus() {
        return menus;
    }
}
