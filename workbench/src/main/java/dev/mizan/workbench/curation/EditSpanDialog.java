package dev.mizan.workbench.curation;

import dev.mizan.model.SpanKey;
import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.editor.EditorFonts;

import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import java.awt.ComponentOrientation;
import java.awt.GridLayout;
import java.awt.Window;
import java.util.List;
import java.util.Optional;

/** Asks for a gold span's new boundaries (UTF-16 offsets, with the text they cover shown live) and label. */
final class EditSpanDialog {
    private EditSpanDialog() {
    }

    static Optional<SpanKey> ask(Window parent, Messages m, String text, SpanKey start, List<String> labels) {
        JSpinner begin = new JSpinner(new SpinnerNumberModel(start.begin(), 0, text.length() - 1, 1));
        JSpinner end = new JSpinner(new SpinnerNumberModel(start.end(), 1, text.length(), 1));
        JComboBox<String> label = new JComboBox<>(labels.toArray(String[]::new));
        label.setSelectedItem(start.label());
        JLabel preview = new JLabel();
        preview.setFont(EditorFonts.font(null, 18));
        preview.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        Runnable update = () -> {
            int b = (Integer) begin.getValue();
            int e = (Integer) end.getValue();
            preview.setText(b < e ? "«" + text.substring(b, e) + "»" : m.get("curate.edit.empty"));
        };
        begin.addChangeListener(e -> update.run());
        end.addChangeListener(e -> update.run());
        update.run();
        JPanel form = new JPanel(new GridLayout(0, 2, 8, 6));
        form.add(new JLabel(m.get("curate.edit.begin")));
        form.add(begin);
        form.add(new JLabel(m.get("curate.edit.end")));
        form.add(end);
        form.add(new JLabel(m.get("curate.edit.label")));
        form.add(label);
        JPanel panel = new JPanel(new java.awt.BorderLayout(0, 8));
        panel.add(form, java.awt.BorderLayout.CENTER);
        panel.add(preview, java.awt.BorderLayout.PAGE_END);
        int answer = JOptionPane.showConfirmDialog(parent, panel, m.get("curate.edit.title"), JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        return Optional.of(new SpanKey(start.layer(), (String) label.getSelectedItem(), (Integer) begin.getValue(),
                (Integer) end.getValue()));
    }
}
