package dev.mizan.workbench.editor;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Label;
import dev.mizan.model.Layer;
import dev.mizan.model.Span;
import dev.mizan.model.Status;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.ComponentOrientation;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Arabic annotation editor of one document: the right-to-left text with its spans and links,
 * labelling from the keyboard, link mode, find, and font size. All changes go through the
 * {@link EditSession}; this panel only shows them and turns keys and clicks into edits.
 */
public class DocumentEditor extends JPanel {
    /** Property fired when the settings (e.g. the font size) change, so the shell can keep them. */
    public static final String SETTINGS_PROPERTY = "editorSettings";

    /** Command ids of the editor's actions (see {@link #actions()}). */
    public static final String UNDO = "editor.undo";
    public static final String REDO = "editor.redo";
    public static final String DELETE = "editor.delete";
    public static final String NEXT = "editor.nextAnnotation";
    public static final String PREVIOUS = "editor.previousAnnotation";
    public static final String MARK_DONE = "editor.markDone";
    public static final String FIND = "editor.find";
    public static final String LINK = "editor.link";
    public static final String LABEL_MENU = "editor.labelMenu";
    public static final String FONT_BIGGER = "editor.fontBigger";
    public static final String FONT_SMALLER = "editor.fontSmaller";
    public static final String ESCAPE = "editor.escape";

    private final EditSession session;
    private final DocumentView view;
    private final JScrollPane scroll;
    private final JLabel hint = new JLabel(" ");
    private final JLabel saveLabel = new JLabel(" ");
    private final WordSnapper snapper = new WordSnapper();
    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final EditSessionListener listener;
    private FindBar findBar;
    private EditorSettings settings;
    private boolean exactSelection;
    private LinkPick linkPick;

    public DocumentEditor(EditSession session, EditorSettings settings) {
        super(new BorderLayout());
        this.session = session;
        this.settings = settings;
        this.view = new DocumentView(session, EditorFonts.font(settings.fontFamily(), settings.fontSize()));
        setName("documentEditor");
        view.setName("documentView");
        scroll = new JScrollPane(view, ScrollPaneConstants.VERTICAL_SCROLLBAR_ALWAYS,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        scroll.getVerticalScrollBar().setUnitIncrement(view.lineHeight());
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        JPanel south = new JPanel(new BorderLayout());
        south.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        hint.setName("editorHint");
        south.add(hint, BorderLayout.CENTER);
        south.add(saveLabel, BorderLayout.LINE_END);
        add(south, BorderLayout.SOUTH);
        listener = new EditSessionListener() {
            // what the view shows now, so an edit repaints only the lines it changed
            private AnnotationSet shown = session.set();
            private Span shownSelection = session.selectedSpan().orElse(null);

            @Override
            public void setChanged(AnnotationSet set) {
                view.repaintChange(TextChange.between(shown, set, session.schema()));
                shown = set;
            }

            @Override
            public void selectionChanged(String spanId) {
                // the outline leaves the old span and goes round the new one
                if (shownSelection != null) {
                    view.repaintText(shownSelection.begin(), shownSelection.end());
                }
                shownSelection = session.selectedSpan().orElse(null);
                if (shownSelection != null) {
                    view.repaintText(shownSelection.begin(), shownSelection.end());
                }
            }

            @Override
            public void saveStateChanged(SaveState state, String message) {
                SwingUtilities.invokeLater(() -> showSaveState(state, message));
            }
        };
        session.addListener(listener);
        installActions();
        installMouse();
        installTyping();
        showSaveState(session.saveState(), session.saveMessage());
    }

    public EditSession session() {
        return session;
    }

    public EditorSettings settings() {
        return settings;
    }

    /** The editor's actions by command id, for the shell's commands and menus. */
    public Map<String, Action> actions() {
        return java.util.Collections.unmodifiableMap(actions);
    }

    /** Selects a span and scrolls it into view. */
    public void revealSpan(String spanId) {
        session.set().span(spanId).ifPresent(s -> {
            session.select(spanId);
            view.moveCaret(s.begin(), false);
            view.reveal(s.begin());
        });
    }

    public void revealOffset(int offset) {
        view.moveCaret(offset, false);
        view.reveal(offset);
    }

    /** Selects a stretch of text (as Shift+arrows would) and scrolls it into view. */
    public void selectText(int from, int to) {
        session.select(null);
        exactSelection = false;
        view.select(from, to);
        view.reveal(to);
    }

    /** The text selection as {begin, end}; equal when nothing is selected. */
    public int[] textSelection() {
        return new int[] {view.selectionStart(), view.selectionEnd()};
    }

    /** Where a stretch of text is painted, in the coordinates of the text component (for benchmarks and tests). */
    public Rectangle textBounds(int from, int to) {
        return view.highlightArea(from, to).getBounds();
    }

    /** Runs {@code r} on the EDT right after the text is next painted (for benchmarks and tests). */
    public void onNextPaint(Runnable r) {
        view.onNextPaint(r);
    }

    /** Gives keyboard focus to the text. */
    public void focusText() {
        view.requestFocusInWindow();
    }

    /** Stops listening to the session (the caller closes the session). */
    public void dispose() {
        session.removeListener(listener);
    }

    // ---------------------------------------------------------------- labelling

    /**
     * Applies a label: to the selected text (snapped to words unless selected exactly), else to the
     * selected span (relabel), else to the word at the caret.
     */
    public void applyLabel(String layer, String label) {
        cancelLink();
        int[] range = null;
        if (view.hasSelection()) {
            range = exactSelection || !settings.snapToWords()
                    ? new int[] {view.selectionStart(), view.selectionEnd()}
                    : snapper.snap(session.document().text(), view.selectionStart(), view.selectionEnd());
        } else if (session.selectedSpan().isPresent()) {
            Span s = session.selectedSpan().get();
            if (s.layer().equals(layer)) {
                session.relabel(s.id(), label);
                return;
            }
            range = new int[] {s.begin(), s.end()};
        } else {
            range = snapper.snap(session.document().text(), view.caret(), view.caret());
        }
        if (range == null || range[0] >= range[1]) {
            say(EditorText.get("noWord"));
            return;
        }
        int[] r = range;
        // the index finds the spans around the range without walking all 10,000 of a large set
        Optional<Span> same = session.spanIndex().overlapping(r[0], r[1]).stream()
                .filter(s -> s.layer().equals(layer) && s.begin() == r[0] && s.end() == r[1]).findFirst();
        if (same.isPresent()) {
            session.relabel(same.get().id(), label);
            session.select(same.get().id());
        } else {
            session.addSpan(r[0], r[1], layer, label);
        }
        exactSelection = false;
        view.moveCaret(r[1], false);
        say(" ");
    }

    /** The label whose hotkey is {@code key} (in any keyboard layout), as {layer, label}, if any. */
    Optional<String[]> labelForHotkey(char typed) {
        char key = Hotkeys.latinKey(typed);
        for (Layer layer : session.schema().layers()) {
            for (Label label : layer.labels()) {
                if (label.hotkey() != null && label.hotkey().length() == 1
                        && Hotkeys.latinKey(label.hotkey().charAt(0)) == key) {
                    return Optional.of(new String[] {layer.name(), label.name()});
                }
            }
        }
        return Optional.empty();
    }

    /** Shows the labels (and span actions) as a popup at the caret. */
    public void showLabelMenu() {
        JPopupMenu menu = new JPopupMenu();
        menu.setName("labelMenu");
        if (view.hasSelection()) {
            // Alt+drag is often taken by the window manager: this is the other way to keep a selection as it is
            javax.swing.JCheckBoxMenuItem exact = new javax.swing.JCheckBoxMenuItem(EditorText.get("menu.exact"), exactSelection);
            exact.addActionListener(e -> exactSelection = exact.isSelected());
            menu.add(exact);
            menu.addSeparator();
        }
        for (Layer layer : session.schema().layers()) {
            if (menu.getComponentCount() > 0 && !(menu.getComponent(menu.getComponentCount() - 1) instanceof JPopupMenu.Separator)) {
                menu.addSeparator();
            }
            for (Label label : layer.labels()) {
                JMenuItem item = new JMenuItem(label.name() + "  " + label.arabicName()
                        + (label.hotkey() == null ? "" : "   [" + label.hotkey() + "]"));
                item.setName("label-" + label.name());
                item.addActionListener(e -> applyLabel(layer.name(), label.name()));
                menu.add(item);
            }
        }
        if (session.selectedSpan().isPresent()) {
            menu.addSeparator();
            menu.add(menuItem(EditorText.get("menu.link"), e -> startLink()));
            menu.add(menuItem(EditorText.get("menu.delete"), e -> deleteSelected()));
        }
        Rectangle r = view.modelToView(view.caret());
        Rectangle visible = view.getVisibleRect();
        Point at = visible.contains(r.getLocation()) ? new Point(r.x, r.y + r.height) : new Point(visible.x + visible.width / 2, visible.y + 20);
        menu.show(view, at.x, at.y);
    }

    private static JMenuItem menuItem(String text, java.awt.event.ActionListener l) {
        JMenuItem item = new JMenuItem(text);
        item.addActionListener(l);
        return item;
    }

    public void deleteSelected() {
        Optional<Span> s = session.selectedSpan();
        if (s.isPresent()) {
            Span next = session.neighbour(true);
            session.deleteSpan(s.get().id());
            say(EditorText.get("deleted", s.get().label()));
            if (next != null && !next.id().equals(s.get().id())) {
                view.moveCaret(s.get().begin(), false);
            }
        } else {
            beep(EditorText.get("selectFirst"));
        }
    }

    public void undo() {
        cancelLink();
        if (!session.canUndo()) {
            beep(EditorText.get("nothingToUndo"));
            return;
        }
        String name = session.undoName();
        session.undo();
        session.selectedSpan().ifPresent(s -> view.reveal(s.begin()));
        say(EditorText.get("undone", name));
    }

    public void redo() {
        cancelLink();
        if (!session.canRedo()) {
            beep(EditorText.get("nothingToRedo"));
            return;
        }
        String name = session.redoName();
        session.redo();
        session.selectedSpan().ifPresent(s -> view.reveal(s.begin()));
        say(EditorText.get("redone", name));
    }

    /** Selects the next (or previous) annotation; in link mode, the next candidate. */
    public void nextAnnotation(boolean forward) {
        if (linkPick != null) {
            linkPick = linkPick.next(forward);
            showCandidate();
            return;
        }
        Span s = session.neighbour(forward);
        if (s == null) {
            beep(EditorText.get("noAnnotations"));
            return;
        }
        revealSpan(s.id());
    }

    public void toggleDone() {
        boolean done = session.set().status() != Status.DONE;
        session.markDone(done);
        say(EditorText.get(done ? "markedDone" : "reopened"));
    }

    // ---------------------------------------------------------------- links

    /** Link mode: choose what to link from the selected span, then pick the other end. */
    public void startLink() {
        Optional<Span> source = session.selectedSpan();
        if (source.isEmpty()) {
            beep(EditorText.get("selectSource"));
            return;
        }
        var targets = LinkPick.targetsFor(session.schema(), source.get());
        if (targets.isEmpty()) {
            beep(EditorText.get("noLinks", source.get().label()));
            return;
        }
        if (targets.size() == 1) {
            beginPick(source.get(), targets.get(0));
            return;
        }
        JPopupMenu menu = new JPopupMenu();
        menu.setName("linkMenu");
        for (LinkPick.Target t : targets) {
            JMenuItem item = new JMenuItem(EditorText.get("linkMenu", t.describe() + (t.targetLayer() == null ? "" : " → " + t.targetLayer())));
            item.setName("link-" + t.name());
            item.addActionListener(e -> beginPick(source.get(), t));
            menu.add(item);
        }
        Rectangle r = view.modelToView(source.get().begin());
        menu.show(view, r.x, r.y + r.height);
    }

    /** Picks the other end of a link directly (for the shell's Properties view and tests). */
    public void beginPick(Span source, LinkPick.Target target) {
        linkPick = LinkPick.start(session.set(), source, target);
        if (!linkPick.hasCandidates()) {
            linkPick = null;
            beep(EditorText.get("noCandidates"));
            return;
        }
        showCandidate();
        view.requestFocusInWindow();
    }

    public boolean inLinkMode() {
        return linkPick != null;
    }

    private void showCandidate() {
        Span c = linkPick.current();
        view.setLinkCandidate(c.id());
        view.reveal(c.begin());
        String text = session.document().text();
        say(EditorText.get("linkHint", linkPick.target().describe(),
                text.substring(c.begin(), Math.min(c.end(), c.begin() + 40)), c.label()));
    }

    private void commitLink(String targetId) {
        LinkPick pick = linkPick;
        cancelLink();
        try {
            pick.commit(session, targetId);
            session.select(pick.sourceId());
            say(EditorText.get("linked", pick.target().describe()));
        } catch (IllegalArgumentException e) {
            beep(e.getMessage());
        }
    }

    private void cancelLink() {
        if (linkPick != null) {
            linkPick = null;
            view.setLinkCandidate(null);
            say(" ");
        }
    }

    // ---------------------------------------------------------------- find and font

    public void showFind() {
        if (findBar == null) {
            findBar = new FindBar(this);
            add(findBar, BorderLayout.NORTH);
            revalidate();
        }
        findBar.setVisible(true);
        findBar.focusQuery(view.hasSelection()
                ? session.document().text().substring(view.selectionStart(), view.selectionEnd()) : null);
    }

    void hideFind() {
        if (findBar != null) {
            findBar.setVisible(false);
            view.requestFocusInWindow();
        }
    }

    FindBar findBar() {
        return findBar;
    }

    DocumentView view() {
        return view;
    }

    WordSnapper snapper() {
        return snapper;
    }

    public void setFontSize(int size) {
        EditorSettings old = settings;
        settings = settings.withFontSize(size);
        if (settings.fontSize() != old.fontSize()) {
            int caret = view.caret();
            view.setEditorFont(EditorFonts.font(settings.fontFamily(), settings.fontSize()));
            scroll.getVerticalScrollBar().setUnitIncrement(view.lineHeight());
            SwingUtilities.invokeLater(() -> view.reveal(caret));
            say(EditorText.get("fontSize", settings.fontSize()));
            firePropertyChange(SETTINGS_PROPERTY, old, settings);
        }
    }

    public void setSettings(EditorSettings newSettings) {
        EditorSettings old = settings;
        settings = newSettings;
        view.setEditorFont(EditorFonts.font(settings.fontFamily(), settings.fontSize()));
        firePropertyChange(SETTINGS_PROPERTY, old, settings);
    }

    // ---------------------------------------------------------------- messages

    void say(String message) {
        hint.setText(message == null || message.isEmpty() ? " " : message);
    }

    private void beep(String message) {
        Toolkit.getDefaultToolkit().beep();
        say(message);
    }

    private void showSaveState(SaveState state, String message) {
        saveLabel.setText(switch (state) {
            case SAVED -> EditorText.get("saved");
            case PENDING -> EditorText.get("saving");
            case FAILED -> EditorText.get("notSaved", message);
        });
        saveLabel.setToolTipText(state == SaveState.FAILED ? message : null);
    }

    // ---------------------------------------------------------------- input

    private void installActions() {
        InputMap focused = view.getInputMap(JComponent.WHEN_FOCUSED);
        InputMap anywhere = getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        int menu = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        action(UNDO, "Undo", focused, e -> undo(), KeyStroke.getKeyStroke(KeyEvent.VK_Z, menu));
        action(REDO, "Redo", focused, e -> redo(), KeyStroke.getKeyStroke(KeyEvent.VK_Y, menu),
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, menu | InputEvent.SHIFT_DOWN_MASK));
        action(DELETE, "Delete Annotation", focused, e -> deleteSelected(), KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0),
                KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0));
        action(NEXT, "Next Annotation", focused, e -> nextAnnotation(true), KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0));
        action(PREVIOUS, "Previous Annotation", focused, e -> nextAnnotation(false),
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK));
        action(MARK_DONE, "Mark Document Done", focused, e -> toggleDone(), KeyStroke.getKeyStroke(KeyEvent.VK_D, menu));
        action(LINK, "Link Annotation", focused, e -> startLink());
        action(LABEL_MENU, "Label…", focused, e -> {
            if (linkPick != null) {
                commitLink(linkPick.current().id());
            } else {
                showLabelMenu();
            }
        }, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), KeyStroke.getKeyStroke(KeyEvent.VK_CONTEXT_MENU, 0),
                KeyStroke.getKeyStroke(KeyEvent.VK_F10, InputEvent.SHIFT_DOWN_MASK));
        action(FIND, "Find", anywhere, e -> showFind(), KeyStroke.getKeyStroke(KeyEvent.VK_F, menu));
        action(FONT_BIGGER, "Bigger Text", anywhere, e -> setFontSize(settings.fontSize() + 2),
                KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, menu), KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, menu),
                KeyStroke.getKeyStroke(KeyEvent.VK_ADD, menu), KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, menu | InputEvent.SHIFT_DOWN_MASK));
        action(FONT_SMALLER, "Smaller Text", anywhere, e -> setFontSize(settings.fontSize() - 2),
                KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, menu), KeyStroke.getKeyStroke(KeyEvent.VK_SUBTRACT, menu));
        action(ESCAPE, "Cancel", focused, e -> {
            if (linkPick != null) {
                cancelLink();
            } else if (view.hasSelection()) {
                view.moveCaret(view.caret(), false);
            } else {
                session.select(null);
            }
        }, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0));
        caretKeys(focused);
    }

    private void action(String id, String name, InputMap map, Consumer<ActionEvent> body, KeyStroke... keys) {
        Action a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                body.accept(e);
            }
        };
        a.putValue(Action.ACTION_COMMAND_KEY, id);
        if (keys.length > 0) {
            a.putValue(Action.ACCELERATOR_KEY, keys[0]);
        }
        actions.put(id, a);
        JComponent owner = map == view.getInputMap(JComponent.WHEN_FOCUSED) ? view : this;
        owner.getActionMap().put(id, a);
        for (KeyStroke k : keys) {
            map.put(k, id);
        }
    }

    /** Caret keys. Right-to-left: Left moves forward in the text, Right backward. */
    private void caretKeys(InputMap map) {
        String text = session.document().text();
        int menu = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        for (boolean shift : new boolean[] {false, true}) {
            int s = shift ? InputEvent.SHIFT_DOWN_MASK : 0;
            caretKey(map, "left" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, s), shift, () -> view.caret() + 1);
            caretKey(map, "right" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, s), shift, () -> view.caret() - 1);
            caretKey(map, "wordLeft" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, s | menu), shift,
                    () -> nextWordEdge(text, view.caret(), true));
            caretKey(map, "wordRight" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, s | menu), shift,
                    () -> nextWordEdge(text, view.caret(), false));
            caretKey(map, "up" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_UP, s), shift, () -> view.verticalMove(view.caret(), -1));
            caretKey(map, "down" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, s), shift, () -> view.verticalMove(view.caret(), 1));
            caretKey(map, "home" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_HOME, s), shift, () -> view.lineStart(view.caret()));
            caretKey(map, "end" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_END, s), shift, () -> view.lineEnd(view.caret()));
            caretKey(map, "docStart" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_HOME, s | menu), shift, () -> 0);
            caretKey(map, "docEnd" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_END, s | menu), shift, text::length);
            caretKey(map, "pageUp" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_UP, s), shift,
                    () -> view.verticalMove(view.caret(), -Math.max(1, scroll.getViewport().getHeight() / view.lineHeight() - 1)));
            caretKey(map, "pageDown" + shift, KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_DOWN, s), shift,
                    () -> view.verticalMove(view.caret(), Math.max(1, scroll.getViewport().getHeight() / view.lineHeight() - 1)));
        }
        caretKey(map, "selectAll", KeyStroke.getKeyStroke(KeyEvent.VK_A, menu), true, () -> {
            view.moveCaret(0, false);
            return text.length();
        });
    }

    private void caretKey(InputMap map, String id, KeyStroke key, boolean extend, java.util.function.IntSupplier target) {
        view.getActionMap().put("caret." + id, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (linkPick != null && (id.startsWith("left") || id.startsWith("right") || id.startsWith("up") || id.startsWith("down"))) {
                    nextAnnotation(id.startsWith("left") || id.startsWith("down"));
                    return;
                }
                if (!extend) {
                    session.select(null);
                }
                exactSelection = false;
                view.moveCaret(target.getAsInt(), extend);
                view.reveal(view.caret());
            }
        });
        map.put(key, "caret." + id);
    }

    static int nextWordEdge(String text, int from, boolean forward) {
        int i = from;
        if (forward) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        } else {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    private void installTyping() {
        view.addKeyListener(new KeyAdapter() {
            @Override
            public void keyTyped(KeyEvent e) {
                if ((e.getModifiersEx() & (InputEvent.CTRL_DOWN_MASK | InputEvent.META_DOWN_MASK | InputEvent.ALT_DOWN_MASK)) != 0) {
                    return;
                }
                char c = Hotkeys.latinKey(e.getKeyChar());
                if (c == 'l') {
                    startLink();
                    e.consume();
                    return;
                }
                if (linkPick != null) {
                    return;
                }
                labelForHotkey(c).ifPresent(l -> {
                    applyLabel(l[0], l[1]);
                    e.consume();
                });
            }
        });
    }

    private void installMouse() {
        MouseAdapter mouse = new MouseAdapter() {
            private boolean dragged;

            @Override
            public void mousePressed(MouseEvent e) {
                view.requestFocusInWindow();
                dragged = false;
                if (e.isPopupTrigger()) {
                    showLabelMenu();
                    return;
                }
                if (!SwingUtilities.isLeftMouseButton(e)) {
                    return;
                }
                if (linkPick != null) {
                    int at = view.charAt(e.getPoint());
                    Span s = at < 0 ? null : session.spanIndex().innermostAt(at);
                    if (s != null && linkPick.candidates().stream().anyMatch(c -> c.id().equals(s.id()))) {
                        commitLink(s.id());
                    } else {
                        beep(EditorText.get("clickCandidate"));
                    }
                    return;
                }
                exactSelection = e.isAltDown();
                view.moveCaret(view.viewToModel(e.getPoint()), e.isShiftDown());
                if (e.getClickCount() == 2) {
                    int[] w = snapper.snap(session.document().text(), view.caret(), view.caret());
                    if (w != null) {
                        view.select(w[0], w[1]);
                    }
                }
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                if (linkPick != null || !SwingUtilities.isLeftMouseButton(e)) {
                    return;
                }
                dragged = true;
                view.moveCaret(view.viewToModel(e.getPoint()), true);
                view.scrollRectToVisible(new Rectangle(e.getX(), e.getY(), 1, 1));
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                if (e.isPopupTrigger()) {
                    showLabelMenu();
                    return;
                }
                if (linkPick != null || !SwingUtilities.isLeftMouseButton(e)) {
                    return;
                }
                if (dragged && view.hasSelection()) {
                    if (!exactSelection && settings.snapToWords()) {
                        int[] w = snapper.snap(session.document().text(), view.selectionStart(), view.selectionEnd());
                        if (w != null) {
                            view.select(w[0], w[1]);
                        }
                    }
                    session.select(null);
                } else if (!view.hasSelection() && e.getClickCount() == 1) {
                    int at = view.charAt(e.getPoint());
                    Span s = at < 0 ? null : session.spanIndex().innermostAt(at);
                    session.select(s == null ? null : s.id());
                }
            }
        };
        view.addMouseListener(mouse);
        view.addMouseMotionListener(mouse);
    }
}
