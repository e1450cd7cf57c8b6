package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.Messages;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.Component;
import java.awt.Font;
import java.awt.GridBagLayout;

/**
 * What the editor area shows when no document is open: with no project, Open and New; while a
 * project loads, which one.
 */
final class WelcomePanel {
    private WelcomePanel() {
    }

    static JPanel create(Messages m, boolean hasProject, java.nio.file.Path opening, Runnable open, Runnable create) {
        JPanel outer = new JPanel(new GridBagLayout());
        outer.setName("welcome");
        JPanel box = new JPanel();
        box.setOpaque(false);
        box.setLayout(new BoxLayout(box, BoxLayout.PAGE_AXIS));
        JLabel title = new JLabel(m.get("welcome.title"));
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() * 2.2f));
        JLabel hint = new JLabel(hasProject ? m.get("welcome.pickDocument")
                : opening != null ? m.format("welcome.opening", opening.getFileName() == null ? opening : opening.getFileName())
                : m.get("welcome.noProject"));
        hint.setName("welcome.hint");
        hint.setBorder(BorderFactory.createEmptyBorder(8, 0, 16, 0));
        for (JLabel l : new JLabel[] {title, hint}) {
            l.setAlignmentX(Component.CENTER_ALIGNMENT);
            box.add(l);
        }
        if (!hasProject && opening == null) {
            JPanel buttons = new JPanel();
            buttons.setOpaque(false);
            JButton openButton = new JButton(m.get("command.file.open"));
            openButton.setName("welcome.open");
            openButton.addActionListener(e -> open.run());
            JButton newButton = new JButton(m.get("command.file.new"));
            newButton.setName("welcome.new");
            newButton.addActionListener(e -> create.run());
            buttons.add(openButton);
            buttons.add(Box.createHorizontalStrut(8));
            buttons.add(newButton);
            buttons.setAlignmentX(Component.CENTER_ALIGNMENT);
            box.add(buttons);
        }
        JLabel keys = new JLabel(m.get("welcome.quickAccess"));
        keys.setEnabled(false);
        keys.setBorder(BorderFactory.createEmptyBorder(16, 0, 0, 0));
        keys.setAlignmentX(Component.CENTER_ALIGNMENT);
        box.add(keys);
        outer.add(box);
        return outer;
    }
}
