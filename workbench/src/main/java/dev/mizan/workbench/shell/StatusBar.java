package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.shell.views.StatusBarModel;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;

/** The line at the bottom of the window: a message, then annotator, document, counts, save state. */
final class StatusBar extends JPanel {
    private final Messages messages;
    private final JLabel message = new JLabel(" ");
    private final JLabel annotator = new JLabel();
    private final JLabel document = new JLabel();
    private final JLabel counts = new JLabel();
    private final JLabel saveState = new JLabel();

    StatusBar(Messages messages) {
        super(new BorderLayout());
        this.messages = messages;
        setName("statusBar");
        saveState.setName("status.save");
        document.setName("status.document");
        annotator.setName("status.annotator");
        counts.setName("status.counts");
        message.setName("status.message");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Separator.foreground")),
                BorderFactory.createEmptyBorder(2, 8, 2, 8)));
        JPanel facts = new JPanel(new FlowLayout(FlowLayout.TRAILING, 6, 0));
        facts.setOpaque(false);
        for (JLabel l : new JLabel[] {annotator, document, counts, saveState}) {
            if (facts.getComponentCount() > 0) {
                facts.add(new JSeparator(SwingConstants.VERTICAL) {
                    @Override
                    public java.awt.Dimension getPreferredSize() {
                        return new java.awt.Dimension(2, 14);
                    }
                });
            }
            facts.add(l);
        }
        add(message, BorderLayout.CENTER);
        add(facts, BorderLayout.LINE_END);
        add(Box.createVerticalStrut(22), BorderLayout.LINE_START);
    }

    void showMessage(String text) {
        message.setText(text == null || text.isEmpty() ? " " : text);
    }

    void show(StatusBarModel m) {
        annotator.setText(messages.format("status.annotator", m.annotator() == null ? "—" : m.annotator()));
        document.setText(m.document() == null ? messages.get("status.noDocument") : m.document());
        counts.setText(m.document() == null ? "" : messages.format("status.counts", m.spans(), m.links()));
        counts.setVisible(m.document() != null);
        if (m.saveState() == null) {
            saveState.setText("");
            saveState.setVisible(false);
        } else {
            saveState.setVisible(true);
            saveState.setText(messages.get("status.save." + m.saveState()));
            saveState.setForeground("FAILED".equals(m.saveState()) ? new Color(0xC62828) : UIManager.getColor("Label.foreground"));
        }
    }
}
