package dev.mizan.workbench.shell;

import com.formdev.flatlaf.FlatClientProperties;
import dev.mizan.workbench.app.Messages;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Consumer;

/** Quick Access (Ctrl+3): type part of a command's name, pick it with the arrows, Enter runs it. */
final class QuickAccessDialog extends JDialog {
    private final QuickAccessModel model;
    private final Consumer<CommandContribution> run;
    private final JTextField query = new JTextField();
    private final DefaultListModel<QuickAccessModel.Match> matches = new DefaultListModel<>();
    private final JList<QuickAccessModel.Match> list = new JList<>(matches);

    QuickAccessDialog(Window owner, Messages messages, QuickAccessModel model, Consumer<CommandContribution> run) {
        super(owner, messages.get("quickAccess.title"), ModalityType.MODELESS);
        this.model = model;
        this.run = run;
        setName("quickAccess");
        setUndecorated(true);
        query.setName("quickAccess.query");
        list.setName("quickAccess.list");
        query.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.get("quickAccess.placeholder"));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(12);
        list.setFocusable(false);
        list.setCellRenderer(new MatchRenderer());
        JPanel content = new JPanel(new BorderLayout(0, 6));
        content.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(javax.swing.UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(8, 8, 8, 8)));
        content.add(query, BorderLayout.PAGE_START);
        content.add(new JScrollPane(list), BorderLayout.CENTER);
        setContentPane(content);
        query.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refresh();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refresh();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refresh();
            }
        });
        bind("ESCAPE", "close", this::dispose);
        bind("ENTER", "run", this::runSelected);
        bind("DOWN", "down", () -> move(1));
        bind("UP", "up", () -> move(-1));
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    runSelected();
                }
            }
        });
        addWindowFocusListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowLostFocus(java.awt.event.WindowEvent e) {
                dispose();
            }
        });
        refresh();
        setSize(560, 360);
        setLocationRelativeTo(owner);
        if (owner != null) {
            setLocation(getX(), owner.getY() + 90);
            applyComponentOrientation(owner.getComponentOrientation());
        }
    }

    private void bind(String key, String name, Runnable r) {
        query.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key), name);
        query.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                r.run();
            }
        });
    }

    void setQuery(String text) {
        query.setText(text);
    }

    private void refresh() {
        matches.clear();
        model.find(query.getText()).forEach(matches::addElement);
        if (!matches.isEmpty()) {
            list.setSelectedIndex(0);
        }
    }

    private void move(int delta) {
        if (matches.isEmpty()) {
            return;
        }
        int i = Math.floorMod(list.getSelectedIndex() + delta, matches.size());
        list.setSelectedIndex(i);
        list.ensureIndexIsVisible(i);
    }

    private void runSelected() {
        QuickAccessModel.Match m = list.getSelectedValue();
        dispose();
        if (m != null) {
            run.accept(m.command());
        }
    }

    /** Name on the reading-start side, the key binding on the other. */
    private static final class MatchRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
            QuickAccessModel.Match m = (QuickAccessModel.Match) value;
            JPanel row = new JPanel(new BorderLayout());
            row.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
            JLabel name = (JLabel) super.getListCellRendererComponent(list, m.label(), index, selected, focus);
            name.setBorder(null);
            JLabel keys = new JLabel(m.keys());
            keys.setForeground(selected ? list.getSelectionForeground() : javax.swing.UIManager.getColor("Label.disabledForeground"));
            row.setBackground(name.getBackground());
            row.add(name, BorderLayout.CENTER);
            row.add(keys, BorderLayout.LINE_END);
            row.applyComponentOrientation(list.getComponentOrientation());
            return row;
        }
    }
}
