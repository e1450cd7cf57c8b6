package dev.mizan.workbench.shell;

import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The toolbar: the most used commands (those that exist: the editor's undo and redo come from the
 * editor feature) and, at the far end, a toggle button per perspective.
 */
final class ToolBarFactory {
    /** Commands shown on the toolbar when they are installed, in order; null is a separator. */
    static final List<String> TOOLBAR = java.util.Arrays.asList(
            "mizan.file.open", "mizan.file.save", null,
            "editor.undo", "editor.redo", null,
            "mizan.window.quickAccess", "mizan.view.toggleTheme");

    private ToolBarFactory() {
    }

    static JToolBar create(Workbench wb, List<CommandContribution> commands) {
        JToolBar bar = new JToolBar();
        bar.setName("toolbar");
        bar.setFloatable(false);
        boolean lastWasSeparator = true;
        for (String id : TOOLBAR) {
            if (id == null) {
                if (!lastWasSeparator) {
                    bar.addSeparator();
                    lastWasSeparator = true;
                }
                continue;
            }
            var command = commands.stream().filter(c -> c.id().equals(id)).findFirst();
            command.ifPresent(c -> {
                JButton b = new JButton(c.name());
                b.setName("toolbar." + c.id());
                b.setFocusable(false);
                String keys = KeyNames.describe(c.keyBinding());
                b.setToolTipText(keys.isEmpty() ? c.name() : c.name() + " (" + keys + ")");
                b.addActionListener(e -> wb.execute(c));
                bar.add(b);
            });
            lastWasSeparator &= command.isEmpty();
        }
        bar.add(Box.createHorizontalGlue());
        List<PerspectiveContribution> perspectives = wb.plugins().perspectives();
        if (!perspectives.isEmpty()) {
            // One toggle button per perspective, as in Eclipse's perspective bar: every choice in
            // sight, one click to switch (and cheaper to build at start than a combo box's popup).
            bar.add(new JLabel(wb.messages().get("toolbar.perspective") + " "));
            ButtonGroup group = new ButtonGroup();
            Map<String, JToggleButton> buttons = new HashMap<>();
            for (PerspectiveContribution p : perspectives) {
                JToggleButton b = new JToggleButton(p.name(), p.id().equals(wb.perspectiveId()));
                b.setName("toolbar.perspective." + p.id());
                b.setFocusable(false);
                b.setToolTipText(wb.messages().format("command.openPerspective", p.name()));
                b.addActionListener(e -> {
                    if (!p.id().equals(wb.perspectiveId())) {
                        wb.switchPerspective(p.id());
                    }
                });
                group.add(b);
                buttons.put(p.id(), b);
                bar.add(b);
            }
            wb.addPerspectiveListener(id -> {
                JToggleButton b = buttons.get(id);
                if (b != null && !b.isSelected()) {
                    b.setSelected(true);
                }
            });
        }
        return bar;
    }
}
