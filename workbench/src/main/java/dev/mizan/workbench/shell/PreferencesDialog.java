package dev.mizan.workbench.shell;

import dev.mizan.store.SafeIds;
import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.app.Preferences;
import dev.mizan.workbench.app.Theme;
import dev.mizan.workbench.editor.EditorFonts;

import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import java.awt.ComponentOrientation;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;

/** Preferences: annotator, theme, language, editor font and size (with an Arabic preview), autosave. */
final class PreferencesDialog {
    static final String PREVIEW = "قال الرئيس الروسي (فلاديمير بوتين) إن موسكو تدعم وحدة سوريا.";

    private PreferencesDialog() {
    }

    static void show(Workbench wb) {
        Messages m = wb.messages();
        Preferences p = wb.preferences();
        JTextField annotator = new JTextField(p.annotator() == null ? "" : p.annotator(), 16);
        annotator.setName("prefs.annotator");
        JComboBox<String> theme = new JComboBox<>(new String[] {m.get("theme.LIGHT"), m.get("theme.DARK")});
        theme.setSelectedIndex(p.theme() == Theme.DARK ? 1 : 0);
        JComboBox<String> language = new JComboBox<>(new String[] {"English", "العربية"});
        language.setSelectedIndex(p.rightToLeft() ? 1 : 0);
        List<String> fonts = new ArrayList<>();
        fonts.add(m.get("prefs.fontAutomatic"));
        fonts.addAll(EditorFonts.PREFERRED.stream().filter(EditorFonts::isInstalled).toList());
        if (p.editorFont() != null && !fonts.contains(p.editorFont())) {
            fonts.add(p.editorFont());
        }
        JComboBox<String> font = new JComboBox<>(fonts.toArray(String[]::new));
        font.setSelectedItem(p.editorFont() == null ? fonts.get(0) : p.editorFont());
        JSpinner size = new JSpinner(new SpinnerNumberModel(p.editorFontSize(), Preferences.MIN_FONT_SIZE, Preferences.MAX_FONT_SIZE, 1));
        JCheckBox autosave = new JCheckBox(m.get("prefs.autosave"), p.autosave());
        JLabel preview = new JLabel(PREVIEW);
        preview.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        preview.setBorder(BorderFactory.createEmptyBorder(8, 0, 0, 0));
        Runnable refresh = () -> preview.setFont(EditorFonts.font(
                font.getSelectedIndex() == 0 ? null : (String) font.getSelectedItem(), (Integer) size.getValue()));
        font.addActionListener(e -> refresh.run());
        size.addChangeListener(e -> refresh.run());
        refresh.run();

        JPanel form = new JPanel(new GridBagLayout());
        int row = 0;
        row = addRow(form, row, m.get("prefs.annotator"), annotator);
        row = addRow(form, row, m.get("prefs.theme"), theme);
        row = addRow(form, row, m.get("prefs.language"), language);
        row = addRow(form, row, m.get("prefs.font"), font);
        row = addRow(form, row, m.get("prefs.fontSize"), size);
        row = addRow(form, row, "", autosave);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.LINE_START;
        form.add(preview, c);
        form.applyComponentOrientation(wb.frame().getComponentOrientation());
        preview.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);

        while (JOptionPane.showConfirmDialog(wb.frame(), form, m.get("command.file.preferences"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
            String who = annotator.getText().trim();
            String why = SafeIds.whyUnsafe(who);
            if (why != null) {
                JOptionPane.showMessageDialog(wb.frame(), m.format("prefs.badAnnotator", who, why), "Mizan", JOptionPane.ERROR_MESSAGE);
                continue;
            }
            Preferences next = new Preferences(who, theme.getSelectedIndex() == 1 ? Theme.DARK : Theme.LIGHT,
                    language.getSelectedIndex() == 1 ? "ar" : "en",
                    font.getSelectedIndex() == 0 ? null : (String) font.getSelectedItem(),
                    (Integer) size.getValue(), autosave.isSelected());
            wb.updatePreferences(next);
            return;
        }
    }

    private static int addRow(JPanel form, int row, String label, java.awt.Component field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(4, 4, 4, 8);
        c.anchor = GridBagConstraints.LINE_START;
        form.add(new JLabel(label), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
        return row + 1;
    }
}
