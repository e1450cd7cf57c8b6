package dev.mizan.workbench.shell;

import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JToolBar;
import java.util.List;

/**
 * The toolbar: the most used commands (those that exist: the editor's undo and redo come from the
 * editor feature) and, at the far end, the perspective switcher.
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
            bar.add(new JLabel(wb.messages().get("toolbar.perspective") + " "));
            JComboBox<String> combo = new JComboBox<>(perspectives.stream().map(PerspectiveContribution::name).toArray(String[]::new));
            combo.setName("toolbar.perspective");
            combo.setFocusable(false);
            combo.setMaximumSize(combo.getPreferredSize());
            for (int i = 0; i < perspectives.size(); i++) {
                if (perspectives.get(i).id().equals(wb.perspectiveId())) {
                    combo.setSelectedIndex(i);
                }
            }
            combo.addActionListener(e -> {
                int i = combo.getSelectedIndex();
                if (i >= 0 && !perspectives.get(i).id().equals(wb.perspectiveId())) {
                    wb.switchPerspective(perspectives.get(i).id());
                }
            });
            wb.addPerspectiveListener(id -> {
                for (int i = 0; i < perspectives.size(); i++) {
                    if (perspectives.get(i).id().equals(id) && combo.getSelectedIndex() != i) {
                        combo.setSelectedIndex(i);
                    }
                }
            });
            bar.add(combo);
        }
        return bar;
    }
}
