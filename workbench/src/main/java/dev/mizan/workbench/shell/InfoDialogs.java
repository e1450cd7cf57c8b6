package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.Messages;

import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import java.awt.Dimension;

/** Help dialogs: the keyboard reference (made from the commands), installed plugins, about. */
final class InfoDialogs {
    private InfoDialogs() {
    }

    static void keys(Workbench wb) {
        Messages m = wb.messages();
        DefaultTableModel model = new DefaultTableModel(new Object[] {m.get("keys.command"), m.get("keys.keys")}, 0) {
            @Override
            public boolean isCellEditable(int r, int c) {
                return false;
            }
        };
        wb.commands().stream().filter(c -> c.keyBinding() != null)
                .forEach(c -> model.addRow(new Object[] {c.name(), KeyNames.describe(c.keyBinding())}));
        model.addRow(new Object[] {m.get("command.window.quickAccess"), "Ctrl+Shift+P"});
        JTable table = new JTable(model);
        table.setName("keys.table");
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(520, 420));
        scroll.applyComponentOrientation(wb.frame().getComponentOrientation());
        JOptionPane.showMessageDialog(wb.frame(), scroll, m.get("command.help.keys"), JOptionPane.PLAIN_MESSAGE);
    }

    static void plugins(Workbench wb) {
        Messages m = wb.messages();
        StringBuilder sb = new StringBuilder();
        sb.append(m.format("plugins.folder", wb.home().pluginsDir())).append('\n');
        wb.plugins().jars().forEach(j -> sb.append("  ").append(j.getFileName()).append('\n'));
        sb.append('\n').append(m.format("plugins.counts", wb.plugins().views().size(),
                wb.plugins().commands().size(), wb.plugins().perspectives().size())).append('\n');
        if (!wb.plugins().problems().isEmpty()) {
            sb.append('\n').append(m.get("plugins.problems")).append('\n');
            wb.plugins().problems().forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        javax.swing.JTextArea text = new javax.swing.JTextArea(sb.toString(), 14, 60);
        text.setEditable(false);
        JOptionPane.showMessageDialog(wb.frame(), new JScrollPane(text), m.get("command.help.plugins"), JOptionPane.PLAIN_MESSAGE);
    }

    static void about(Workbench wb) {
        JOptionPane.showMessageDialog(wb.frame(), wb.messages().get("about.text"), "Mizan — ميزان",
                JOptionPane.INFORMATION_MESSAGE);
    }
}
