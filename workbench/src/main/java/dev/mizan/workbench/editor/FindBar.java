package dev.mizan.workbench.editor;

import dev.mizan.model.Label;
import dev.mizan.model.Layer;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.ComponentOrientation;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;

/** Ctrl+F: find with Arabic-normalized matching, and give a label to every match at once. */
final class FindBar extends JPanel {
    private final DocumentEditor editor;
    private final TextFinder finder;
    private final JTextField query = new JTextField(22);
    private final JLabel count = new JLabel(" ");
    private final JComboBox<String> labels = new JComboBox<>();
    private final List<String[]> labelKeys = new ArrayList<>();
    private List<TextFinder.Match> matches = List.of();
    private int current = -1;

    FindBar(DocumentEditor editor) {
        super(new FlowLayout(FlowLayout.LEADING, 6, 3));
        this.editor = editor;
        this.finder = new TextFinder(editor.session().document().text());
        setName("findBar");
        query.setName("findQuery");
        count.setName("findCount");
        labels.setName("findLabel");
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, java.awt.Color.LIGHT_GRAY));
        query.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        query.setFont(EditorFonts.font(editor.settings().fontFamily(), 15));
        for (Layer layer : editor.session().schema().layers()) {
            for (Label label : layer.labels()) {
                labels.addItem(label.name() + " " + label.arabicName());
                labelKeys.add(new String[] {layer.name(), label.name()});
            }
        }
        JButton prev = new JButton("↑");
        JButton next = new JButton("↓");
        JButton all = new JButton(EditorText.get("find.annotateAll"));
        all.setName("annotateAll");
        JButton close = new JButton("✕");
        prev.setToolTipText(EditorText.get("find.previous"));
        next.setToolTipText(EditorText.get("find.next"));
        all.setToolTipText(EditorText.get("find.annotateAll.tip"));
        prev.addActionListener(e -> step(false));
        next.addActionListener(e -> step(true));
        all.addActionListener(e -> annotateAll());
        close.addActionListener(e -> editor.hideFind());
        add(new JLabel(EditorText.get("find")));
        add(query);
        add(prev);
        add(next);
        add(count);
        add(labels);
        add(all);
        add(close);
        query.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                search();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                search();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                search();
            }
        });
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "next", () -> step(true));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.SHIFT_DOWN_MASK), "prev", () -> step(false));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close", editor::hideFind);
    }

    private void bind(KeyStroke key, String id, Runnable r) {
        query.getInputMap(JComponent.WHEN_FOCUSED).put(key, id);
        query.getActionMap().put(id, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    void focusQuery(String initial) {
        if (initial != null && !initial.isBlank() && initial.length() < 100) {
            query.setText(initial);
        }
        query.selectAll();
        query.requestFocusInWindow();
    }

    void setQuery(String text) {
        query.setText(text);
    }

    List<TextFinder.Match> matches() {
        return matches;
    }

    private void search() {
        matches = finder.findAll(query.getText());
        current = -1;
        if (matches.isEmpty()) {
            count.setText(query.getText().isBlank() ? " " : EditorText.get("find.noMatch"));
        } else {
            step(true);
        }
    }

    void step(boolean forward) {
        if (matches.isEmpty()) {
            return;
        }
        int n = matches.size();
        current = ((forward ? current + 1 : current - 1) + n) % n;
        TextFinder.Match m = matches.get(current);
        editor.view().select(m.begin(), m.end());
        editor.view().reveal(m.begin());
        count.setText(EditorText.get("find.position", current + 1, n));
    }

    void selectLabel(String labelName) {
        for (int i = 0; i < labelKeys.size(); i++) {
            if (labelKeys.get(i)[1].equals(labelName)) {
                labels.setSelectedIndex(i);
            }
        }
    }

    void annotateAll() {
        if (matches.isEmpty() || labels.getSelectedIndex() < 0) {
            return;
        }
        String[] key = labelKeys.get(labels.getSelectedIndex());
        List<TextFinder.Match> words = finder.wholeWords(matches, editor.snapper());
        int added = editor.session().annotateAll(words.stream().map(m -> new int[] {m.begin(), m.end()}).toList(),
                key[0], key[1]);
        editor.say(EditorText.get("find.labelled", added, key[1], words.size() - added, matches.size() - words.size()));
    }
}
