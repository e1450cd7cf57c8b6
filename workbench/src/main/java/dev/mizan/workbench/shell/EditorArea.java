package dev.mizan.workbench.shell;

import com.formdev.flatlaf.FlatClientProperties;

import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import java.awt.CardLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The centre of the window: a tab per open document, or the welcome panel when none is open. */
final class EditorArea {
    private static final String TABS = "tabs";
    private static final String EMPTY = "empty";

    private final JPanel panel = new JPanel(new CardLayout());
    private final JTabbedPane tabs = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.SCROLL_TAB_LAYOUT);
    private final List<EditorTab> open = new ArrayList<>();
    private final Consumer<Optional<EditorTab>> onActiveChange;
    private EditorTab active;

    EditorArea(JComponent emptyContent, Consumer<EditorTab> onCloseRequest, Consumer<Optional<EditorTab>> onActiveChange) {
        this.onActiveChange = onActiveChange;
        tabs.setName("editors");
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_CLOSABLE, true);
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_CLOSE_CALLBACK,
                (java.util.function.IntConsumer) i -> onCloseRequest.accept(open.get(i)));
        tabs.addChangeListener(e -> fireIfChanged());
        panel.add(tabs, TABS);
        panel.add(emptyContent, EMPTY);
        showCard();
    }

    JComponent component() {
        return panel;
    }

    List<EditorTab> tabs() {
        return List.copyOf(open);
    }

    Optional<EditorTab> active() {
        return Optional.ofNullable(active);
    }

    Optional<EditorTab> find(String documentId) {
        return open.stream().filter(t -> t.documentId().equals(documentId)).findFirst();
    }

    void add(EditorTab tab) {
        open.add(tab);
        tabs.addTab(tab.title(), tab.component());
        tabs.setToolTipTextAt(tabs.getTabCount() - 1, tab.documentId());
        showCard();
        tabs.setSelectedIndex(tabs.getTabCount() - 1);
        fireIfChanged();
    }

    void select(EditorTab tab) {
        int i = open.indexOf(tab);
        if (i >= 0) {
            tabs.setSelectedIndex(i);
        }
    }

    void remove(EditorTab tab) {
        int i = open.indexOf(tab);
        if (i >= 0) {
            open.remove(i);
            tabs.removeTabAt(i);
            tab.close();
        }
        showCard();
        fireIfChanged();
    }

    void setEmptyContent(JComponent content) {
        panel.remove(panel.getComponent(1));
        panel.add(content, EMPTY);
        showCard();
    }

    private void showCard() {
        ((CardLayout) panel.getLayout()).show(panel, open.isEmpty() ? EMPTY : TABS);
    }

    private void fireIfChanged() {
        int i = tabs.getSelectedIndex();
        EditorTab now = i >= 0 && i < open.size() ? open.get(i) : null;
        if (now != active) {
            active = now;
            onActiveChange.accept(Optional.ofNullable(now));
        }
    }
}
