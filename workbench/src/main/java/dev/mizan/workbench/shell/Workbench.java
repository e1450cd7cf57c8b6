package dev.mizan.workbench.shell;

import dev.mizan.model.AnnotationSet;
import dev.mizan.store.LoadResult;
import dev.mizan.store.ProjectStore;
import dev.mizan.store.StoreException;
import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.app.MizanHome;
import dev.mizan.workbench.app.Preferences;
import dev.mizan.workbench.app.PreferencesStore;
import dev.mizan.workbench.app.Themes;
import dev.mizan.workbench.editor.EditSession;
import dev.mizan.workbench.editor.EditSessionListener;
import dev.mizan.workbench.editor.SaveState;
import dev.mizan.workbench.plugins.PluginRegistry;
import dev.mizan.workbench.shell.views.StatusBarModel;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import java.awt.BorderLayout;
import java.awt.ComponentOrientation;
import java.awt.Frame;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The running workbench: one window, the open project, the open editors and views. It is the
 * {@link WorkbenchContext} that views and commands see. Everything here runs on the EDT.
 */
public final class Workbench implements WorkbenchContext {
    /** The perspective used when none is asked for or remembered. */
    public static final String DEFAULT_PERSPECTIVE = "mizan.perspective.annotate";

    private final MizanHome home;
    private final PreferencesStore preferencesStore;
    private final PluginRegistry plugins;
    private final LayoutStore layoutStore;
    private final EditorFactory editorFactory;
    private final List<Consumer<Optional<OpenProject>>> projectListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Optional<EditSession>>> editorListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Preferences>> preferencesListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<ProblemEntry>>> problemListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> perspectiveListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> documentHandlers = new CopyOnWriteArrayList<>();
    private final Map<String, List<ProblemEntry>> problemsBySource = new LinkedHashMap<>();
    private final Map<Placement, DockArea> areas = new EnumMap<>(Placement.class);
    private final EditSessionListener sessionListener = new SessionListener();
    private final Timer projectRefresh;

    private Preferences preferences;
    private Messages messages;
    private LayoutState layout;
    private OpenProject project;
    /** The project folder being loaded, shown on the welcome page meanwhile; null when none is. */
    private Path opening;
    private String perspectiveId;
    private JFrame frame;
    private EditorArea editorArea;
    private DockingPanel docking;
    private StatusBar statusBar;
    private EditSession watched;
    private List<CommandContribution> commands;
    /** The registrations of the view whose createView is running: they belong to that view. */
    private List<Registration> viewBeingBuilt;

    public Workbench(MizanHome home, PreferencesStore preferencesStore, Preferences preferences,
                     PluginRegistry plugins, EditorFactory editorFactory) {
        this.home = home;
        this.preferencesStore = preferencesStore;
        this.preferences = preferences;
        this.plugins = plugins;
        this.editorFactory = editorFactory != null ? editorFactory : EditorFactories.standard(this::fontSizeChangedInEditor);
        this.layoutStore = new LayoutStore(home.layoutFile());
        this.layout = layoutStore.load();
        this.messages = Messages.of(preferences);
        Messages.setCurrent(messages);
        // Explorer statuses follow the editors' edits, but not at every keystroke.
        this.projectRefresh = new Timer(400, e -> fireProject());
        projectRefresh.setRepeats(false);
    }

    // ------------------------------------------------------------------ window

    /** Builds and shows the window in the given perspective (null: the remembered one). */
    public JFrame show(String perspective) {
        perspectiveId = plugins.perspective(perspective != null ? perspective
                        : layout.perspective() != null ? layout.perspective() : DEFAULT_PERSPECTIVE)
                .or(() -> plugins.perspective(DEFAULT_PERSPECTIVE))
                .map(PerspectiveContribution::id).orElse(DEFAULT_PERSPECTIVE);
        buildFrame();
        frame.setVisible(true);
        if (layout.maximized()) {
            frame.setExtendedState(Frame.MAXIMIZED_BOTH);
        }
        reportPluginProblems();
        return frame;
    }

    private void buildFrame() {
        frame = new JFrame(title());
        frame.setName("workbench");
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                exit();
            }
        });
        for (Placement p : Placement.values()) {
            DockArea area = new DockArea(p, (a, view) -> closeView(view.contribution().id()));
            area.installTabMenu(messages, new DockArea.TabActions() {
                @Override
                public void close(String viewId) {
                    closeView(viewId);
                }

                @Override
                public void move(String viewId, Placement to) {
                    moveView(viewId, to);
                }
            });
            areas.put(p, area);
        }
        editorArea = new EditorArea(welcome(), this::closeEditor, this::activeTabChanged);
        docking = new DockingPanel(editorArea.component(), areas);
        docking.setRightToLeft(messages.rightToLeft());
        statusBar = new StatusBar(messages);
        commands = allCommands();
        JPanel content = new JPanel(new BorderLayout());
        content.add(ToolBarFactory.create(this, commands), BorderLayout.PAGE_START);
        content.add(docking, BorderLayout.CENTER);
        content.add(statusBar, BorderLayout.PAGE_END);
        frame.setContentPane(content);
        frame.setJMenuBar(MenuBarFactory.create(this, commands));
        // The menus' items are made after the first paint (or when a menu opens first).
        Timer completeMenus = new Timer(300, e -> completeMenus());
        completeMenus.setRepeats(false);
        completeMenus.start();
        installKeyBindings();
        arrange(perspectiveId, true);
        frame.setBounds(layout.x() < 0 ? 60 : layout.x(), layout.y() < 0 ? 40 : layout.y(), layout.width(), layout.height());
        if (layout.x() < 0) {
            frame.setLocationRelativeTo(null);
        }
        frame.applyComponentOrientation(messages.rightToLeft()
                ? ComponentOrientation.RIGHT_TO_LEFT : ComponentOrientation.LEFT_TO_RIGHT);
        // The document text reads right to left whatever the UI language.
        editorArea.tabs().forEach(t -> t.component().applyComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT));
        updateStatus();
    }

    private void completeMenus() {
        if (frame != null && frame.getJMenuBar() != null) {
            MenuBarFactory.complete(frame.getJMenuBar());
        }
    }

    private String title() {
        return project == null ? "Mizan" : project.project().name() + " — Mizan";
    }

    private JComponent welcome() {
        return WelcomePanel.create(messages, project != null, opening, this::chooseAndOpenProject, this::chooseAndCreateProject);
    }

    /**
     * Says that {@code dir} will be opened as soon as the window shows, so that the welcome page
     * says it is loading instead of offering Open and New for a moment.
     */
    public void expectProject(Path dir) {
        opening = dir;
    }

    /** Every command: contributed ones, then "Show View" and "Open Perspective" for each view and perspective. */
    private List<CommandContribution> allCommands() {
        List<CommandContribution> all = new ArrayList<>(plugins.commands());
        java.util.Set<String> ids = new java.util.HashSet<>(all.stream().map(CommandContribution::id).toList());
        // The editor's own actions, unless a plugin already contributes commands with their ids.
        EditorCommands.create(this).stream().filter(c -> ids.add(c.id())).forEach(all::add);
        for (ViewContribution v : plugins.views()) {
            all.add(new SyntheticCommand("mizan.showView." + v.id(), messages.format("command.showView", v.title()),
                    null, "window/showView", ctx -> showView(v.id())));
        }
        for (PerspectiveContribution p : plugins.perspectives()) {
            all.add(new SyntheticCommand("mizan.openPerspective." + p.id(), messages.format("command.openPerspective", p.name()),
                    null, "window/perspective", ctx -> switchPerspective(p.id())));
        }
        return List.copyOf(all);
    }

    private void installKeyBindings() {
        var input = frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        var actions = frame.getRootPane().getActionMap();
        for (CommandContribution c : commands) {
            KeyStroke ks = c.keyBinding() == null ? null : KeyStroke.getKeyStroke(c.keyBinding());
            if (ks != null) {
                input.put(ks, c.id());
                actions.put(c.id(), new AbstractAction() {
                    @Override
                    public void actionPerformed(java.awt.event.ActionEvent e) {
                        execute(c);
                    }
                });
            }
        }
        // Quick Access answers to Ctrl+Shift+P as well, as in editors that users may know.
        input.put(KeyStroke.getKeyStroke("ctrl shift P"), "mizan.quickAccess.alt");
        actions.put("mizan.quickAccess.alt", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                openQuickAccess();
            }
        });
    }

    /** Runs a command if it is enabled, telling the user when it fails instead of throwing. */
    void execute(CommandContribution c) {
        try {
            if (c.isEnabled(this)) {
                c.run(this);
            } else {
                showStatus(messages.format("status.commandDisabled", c.name()));
            }
        } catch (RuntimeException | LinkageError e) {
            showError(messages.format("error.command", c.name(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    List<CommandContribution> commands() {
        return commands;
    }

    // ------------------------------------------------------------------ perspectives and views

    /** Lays out the views of a perspective: the remembered arrangement, or the perspective's own. */
    private void arrange(String id, boolean useRemembered) {
        for (DockArea a : areas.values()) {
            a.clear();
        }
        LayoutState.Arrangement arrangement = useRemembered ? layout.perspectives().get(id) : null;
        if (arrangement == null) {
            arrangement = plugins.perspective(id).map(p -> new LayoutState.Arrangement(p.views(),
                            p.areaSize(Placement.START), p.areaSize(Placement.END), p.areaSize(Placement.BOTTOM)))
                    .orElse(LayoutState.Arrangement.of(List.of()));
        }
        for (Placement p : Placement.values()) {
            docking.setSize(p, arrangement.size(p));
        }
        docking.setEditorAreaShown(plugins.perspective(id).map(PerspectiveContribution::showsEditorArea).orElse(true));
        for (ViewPlacement vp : arrangement.views()) {
            plugins.view(vp.viewId()).ifPresent(v -> openViewIn(v, vp.placement()));
        }
        for (DockArea a : areas.values()) {
            if (!a.isEmpty()) {
                a.component().setSelectedIndex(0);
            }
        }
        docking.rebuild();
    }

    private void openViewIn(ViewContribution v, Placement placement) {
        JComponent component;
        List<Registration> outer = viewBeingBuilt;
        List<Registration> registered = new ArrayList<>();
        viewBeingBuilt = registered;
        try {
            component = v.createView(this);
            registered.forEach(ViewScope.of(component)::add);
        } catch (RuntimeException | LinkageError e) {
            registered.forEach(Registration::close);
            JTextArea text = new JTextArea(messages.format("error.view", v.title(), String.valueOf(e.getMessage())));
            text.setEditable(false);
            text.setLineWrap(true);
            component = new JScrollPane(text);
            problems().report("plugin:" + v.id(), List.of(new ProblemEntry(ProblemEntry.Severity.ERROR,
                    messages.format("error.view", v.title(), String.valueOf(e.getMessage())), v.id(), null, null)));
        } finally {
            viewBeingBuilt = outer;
        }
        component.setName("view." + v.id());
        areas.get(placement).add(new DockArea.OpenView(v, component));
    }

    /** Switches perspective, remembering the arrangement of the one left. */
    public void switchPerspective(String id) {
        rememberArrangement();
        perspectiveId = plugins.perspective(id).map(PerspectiveContribution::id).orElse(perspectiveId);
        arrange(perspectiveId, true);
        frame.applyComponentOrientation(frame.getComponentOrientation());
        perspectiveListeners.forEach(l -> l.accept(perspectiveId));
        showStatus(messages.format("status.perspective", plugins.perspective(perspectiveId)
                .map(PerspectiveContribution::name).orElse(perspectiveId)));
    }

    /** Puts the current perspective back as its contribution defines it. */
    public void resetPerspective() {
        layout = layout.withoutArrangement(perspectiveId);
        arrange(perspectiveId, false);
        frame.applyComponentOrientation(frame.getComponentOrientation());
    }

    /** Hears perspective switches (the toolbar's switcher follows the menu). */
    void addPerspectiveListener(Consumer<String> listener) {
        perspectiveListeners.add(listener);
    }

    @Override
    public String perspectiveId() {
        return perspectiveId;
    }

    @Override
    public void showView(String viewId) {
        for (DockArea a : areas.values()) {
            if (a.find(viewId).isPresent()) {
                a.select(viewId);
                return;
            }
        }
        plugins.view(viewId).ifPresent(v -> {
            openViewIn(v, v.defaultPlacement());
            areas.get(v.defaultPlacement()).select(viewId);
            docking.rebuild();
            frame.applyComponentOrientation(frame.getComponentOrientation());
        });
    }

    /** Closes a view; its component is dropped and built again when reopened. */
    public void closeView(String viewId) {
        for (DockArea a : areas.values()) {
            a.find(viewId).ifPresent(v -> {
                a.dispose(v);
                docking.rebuild();
            });
        }
    }

    /** Moves an open view to another area. */
    public void moveView(String viewId, Placement to) {
        for (DockArea a : areas.values()) {
            Optional<DockArea.OpenView> v = a.find(viewId);
            if (v.isPresent() && a.placement() != to) {
                a.remove(v.get());
                areas.get(to).add(v.get());
                areas.get(to).select(viewId);
                docking.rebuild();
                frame.applyComponentOrientation(frame.getComponentOrientation());
                return;
            }
        }
    }

    /** The ids of the open views, area by area (for tests and the layout file). */
    public List<ViewPlacement> openViews() {
        List<ViewPlacement> result = new ArrayList<>();
        for (DockArea a : areas.values()) {
            a.views().forEach(v -> result.add(new ViewPlacement(v.contribution().id(), a.placement())));
        }
        return result;
    }

    private void rememberArrangement() {
        if (frame == null || perspectiveId == null) {
            return;
        }
        layout = layout.withArrangement(perspectiveId, new LayoutState.Arrangement(openViews(),
                docking.size(Placement.START), docking.size(Placement.END), docking.size(Placement.BOTTOM)));
    }

    /** Writes the layout file; called on exit and before the window is rebuilt. */
    public void saveLayout() {
        if (frame == null) {
            return;
        }
        rememberArrangement();
        boolean max = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        if (!max) {
            layout = layout.withBounds(frame.getX(), frame.getY(), frame.getWidth(), frame.getHeight(), false);
        } else {
            layout = layout.withBounds(layout.x(), layout.y(), layout.width(), layout.height(), true);
        }
        if (project != null) {
            layout = layout.withLastProject(project.store().root().toAbsolutePath().toString());
        }
        try {
            layoutStore.save(layout);
        } catch (IOException e) {
            showStatus(messages.format("error.layoutNotSaved", e.getMessage()));
        }
    }

    // ------------------------------------------------------------------ projects

    /** A project read from disk, with what could not be read. */
    public record Loaded(ProjectStore store, LoadResult result) {
    }

    /** Reads a project folder (any thread). */
    public static Loaded load(Path dir) {
        ProjectStore store = ProjectStore.open(dir);
        return new Loaded(store, store.load());
    }

    /** Opens a project folder; the load runs off the EDT and the views fill in when it is done. */
    public void openProject(Path dir) {
        closeAllEditors();
        showStatus(messages.format("status.loading", dir));
        opening = dir;
        if (frame != null && project == null) {
            editorArea.setEmptyContent(welcome());
        }
        new SwingWorker<Loaded, Void>() {
            @Override
            protected Loaded doInBackground() {
                return load(dir);
            }

            @Override
            protected void done() {
                opening = null;
                completeMenus(); // what a test or a user waits for before using the menus
                try {
                    Loaded loaded = get();
                    ProjectStore store = loaded.store();
                    LoadResult result = loaded.result();
                    setProject(new OpenProject(store, result.project()));
                    problems().report("store", result.problems().stream().map(ProblemEntry::fromStore).toList());
                    showStatus(messages.format("status.opened", result.project().name(), result.project().documents().size()));
                    validateProject();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                            ? c.getCause() : e.getCause();
                    if (frame != null) {
                        editorArea.setEmptyContent(welcome());
                    }
                    showError(cause instanceof StoreException ? cause.getMessage()
                            : messages.format("error.openProject", dir, String.valueOf(cause.getMessage())));
                }
            }
        }.execute();
    }

    /** Opens a project synchronously (tests and the command line use it before the window shows). */
    public void openProjectNow(Path dir) {
        ProjectStore store = ProjectStore.open(dir);
        LoadResult result = store.load();
        setProject(new OpenProject(store, result.project()));
        problems().report("store", result.problems().stream().map(ProblemEntry::fromStore).toList());
    }

    /**
     * Checks the whole project off the EDT and shows what is wrong in the Problems view. The
     * validator reads the files on disk, so it also sees what the editors have saved.
     */
    public void validateProject() {
        if (project == null) {
            return;
        }
        ProjectStore store = project.store();
        new SwingWorker<List<dev.mizan.store.Problem>, Void>() {
            @Override
            protected List<dev.mizan.store.Problem> doInBackground() {
                return dev.mizan.store.ProjectValidator.validate(store);
            }

            @Override
            protected void done() {
                try {
                    List<ProblemEntry> found = get().stream().map(ProblemEntry::fromStore).toList();
                    if (project != null && project.store() == store) {
                        // The validator repeats the load problems: one list replaces the other.
                        problemsBySource.remove("store");
                        problems().report("validator", found);
                        showStatus(messages.format("status.validated",
                                ProblemVisibility.visible(found, project.project(), annotator()).size()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException e) {
                    showStatus(messages.format("error.validate", String.valueOf(e.getCause().getMessage())));
                }
            }
        }.execute();
    }

    private void setProject(OpenProject p) {
        this.project = p;
        if (frame != null) {
            frame.setTitle(title());
            editorArea.setEmptyContent(welcome());
            frame.applyComponentOrientation(frame.getComponentOrientation());
        }
        fireProject();
        updateStatus();
    }

    @Override
    public void replaceProject(dev.mizan.model.Project updated) {
        if (project != null) {
            project = new OpenProject(project.store(), updated);
            fireProject();
        }
    }

    private void fireProject() {
        Optional<OpenProject> p = Optional.ofNullable(project);
        projectListeners.forEach(l -> l.accept(p));
    }

    void chooseAndOpenProject() {
        ProjectDialogs.chooseProject(frame, messages).ifPresent(this::openProject);
    }

    void chooseAndCreateProject() {
        ProjectDialogs.createProject(frame, messages).ifPresent(this::openProject);
    }

    // ------------------------------------------------------------------ editors

    @Override
    public void openDocument(String documentId) {
        if (project == null) {
            return;
        }
        if (docking != null && !docking.editorAreaShown()) {
            if (!documentHandlers.isEmpty()) {
                documentHandlers.get(documentHandlers.size() - 1).accept(documentId);
                return;
            }
            // No view here shows documents: show the editor area rather than make a tab nobody sees.
            docking.setEditorAreaShown(true);
            docking.rebuild();
            frame.applyComponentOrientation(frame.getComponentOrientation());
        }
        Optional<EditorTab> existing = editorArea.find(documentId);
        if (existing.isPresent()) {
            editorArea.select(existing.get());
            existing.get().focusText();
            return;
        }
        if (project.project().document(documentId).isEmpty()) {
            showError(messages.format("error.noDocument", documentId));
            return;
        }
        try {
            EditorTab tab = editorFactory.open(project, documentId, annotator(), preferences);
            tab.component().applyComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
            editorArea.add(tab);
            tab.focusText();
        } catch (StoreException e) {
            showError(e.getMessage());
        }
    }

    @Override
    public void revealSpan(String documentId, String spanId) {
        openDocument(documentId);
        editorArea.find(documentId).ifPresent(t -> {
            if (spanId != null) {
                t.revealSpan(spanId);
            }
        });
    }

    /** Closes an editor tab; its session saves what is pending. */
    void closeEditor(EditorTab tab) {
        editorArea.remove(tab);
        validateProject();
    }

    /** Closes the active editor tab, if any. */
    public void closeActiveEditor() {
        editorArea.active().ifPresent(this::closeEditor);
    }

    private void closeAllEditors() {
        if (editorArea != null) {
            editorArea.tabs().forEach(editorArea::remove);
        }
    }

    /** The selected editor tab. */
    public Optional<EditorTab> activeTab() {
        return editorArea == null ? Optional.empty() : editorArea.active();
    }

    /** The open editor tabs (tests use it). */
    public List<EditorTab> editors() {
        return editorArea == null ? List.of() : editorArea.tabs();
    }

    private void activeTabChanged(Optional<EditorTab> tab) {
        if (watched != null) {
            watched.removeListener(sessionListener);
        }
        watched = tab.flatMap(EditorTab::session).orElse(null);
        if (watched != null) {
            watched.addListener(sessionListener);
        }
        Optional<EditSession> session = Optional.ofNullable(watched);
        editorListeners.forEach(l -> l.accept(session));
        updateStatus();
    }

    /** Keeps the status bar and the project's copy of the set in step with the active session. */
    private final class SessionListener implements EditSessionListener {
        @Override
        public void setChanged(AnnotationSet set) {
            onEdt(() -> {
                if (project != null) {
                    project = new OpenProject(project.store(), project.project().withAnnotationSet(set));
                    projectRefresh.restart();
                }
                updateStatusLater();
            });
        }

        @Override
        public void saveStateChanged(SaveState state, String message) {
            onEdt(() -> {
                updateStatusLater();
                if (state == SaveState.FAILED) {
                    showStatus(message);
                }
            });
        }
    }

    private static void onEdt(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    private boolean statusQueued;

    /**
     * Updates the status bar once for a burst of edits, after the events queued now (among them the
     * editor's repaint of the edit): counting 10,000 annotations is not worth delaying the label.
     */
    private void updateStatusLater() {
        if (!statusQueued) {
            statusQueued = true;
            SwingUtilities.invokeLater(() -> {
                statusQueued = false;
                updateStatus();
            });
        }
    }

    private void updateStatus() {
        if (statusBar == null) {
            return;
        }
        Optional<EditorTab> tab = editorArea.active();
        String docTitle = tab.map(EditorTab::title).orElse(null);
        AnnotationSet set = watched != null ? watched.set() : tab.flatMap(t -> project == null ? Optional.empty()
                : project.project().annotationSet(annotator(), t.documentId())).orElse(null);
        String save = watched != null ? watched.saveState().name() : null;
        statusBar.show(StatusBarModel.of(annotator(), docTitle, set, save));
    }

    // ------------------------------------------------------------------ preferences, theme, language

    /** Applies and stores new preferences: theme at once, language by rebuilding the window. */
    public void updatePreferences(Preferences next) {
        Preferences before = preferences;
        preferences = next;
        try {
            preferencesStore.save(next);
        } catch (IOException e) {
            showError(messages.format("error.preferencesNotSaved", preferencesStore.file(), e.getMessage()));
        }
        if (before.theme() != next.theme()) {
            Themes.switchTo(next.theme(), frame != null && frame.isShowing());
        }
        if (!before.language().equals(next.language())) {
            rebuildWindow();
        }
        if (editorArea != null) {
            editorArea.tabs().forEach(t -> t.preferencesChanged(next));
        }
        preferencesListeners.forEach(l -> l.accept(next));
        updateStatus();
    }

    /** Ctrl+= inside an editor changed its font size: keep it as the preference, for every editor. */
    private void fontSizeChangedInEditor(int size) {
        if (size != preferences.editorFontSize()) {
            SwingUtilities.invokeLater(() -> updatePreferences(preferences.withEditorFont(preferences.editorFont(), size)));
        }
    }

    /** Builds the window again (after a language change), keeping the project and open documents. */
    private void rebuildWindow() {
        saveLayout();
        List<String> openDocs = editorArea.tabs().stream().map(EditorTab::documentId).toList();
        String activeDoc = editorArea.active().map(EditorTab::documentId).orElse(null);
        closeAllEditors();
        areas.values().forEach(DockArea::clear); // releases the views' listeners
        projectListeners.clear();
        perspectiveListeners.clear();
        editorListeners.clear();
        problemListeners.clear();
        preferencesListeners.clear();
        documentHandlers.clear();
        JFrame old = frame;
        messages = Messages.of(preferences);
        Messages.setCurrent(messages);
        buildFrame();
        frame.setVisible(true);
        old.dispose();
        fireProject();
        openDocs.forEach(this::openDocument);
        if (activeDoc != null) {
            openDocument(activeDoc);
        }
        fireProblems();
    }

    void openQuickAccess() {
        QuickAccessDialog d = new QuickAccessDialog(frame, messages, new QuickAccessModel(commands), this::execute);
        d.setVisible(true);
    }

    /** Saves what is pending, remembers the layout and ends the application. */
    public void exit() {
        closeAllEditors();
        saveLayout();
        frame.dispose();
        if (!Boolean.getBoolean("mizan.noExit")) {
            System.exit(0);
        }
    }

    private void reportPluginProblems() {
        if (!plugins.problems().isEmpty()) {
            problems().report("plugins", plugins.problems().stream().map(p -> new ProblemEntry(
                    ProblemEntry.Severity.WARNING, p.message(), p.source(), null, null)).toList());
            showStatus(messages.format("status.pluginProblems", plugins.problems().size()));
        }
    }

    void showError(String message) {
        showStatus(message);
        JOptionPane.showMessageDialog(frame, new JLabel(message), "Mizan", JOptionPane.ERROR_MESSAGE);
    }

    // ------------------------------------------------------------------ WorkbenchContext

    @Override
    public Optional<OpenProject> project() {
        return Optional.ofNullable(project);
    }

    @Override
    public Registration addProjectListener(Consumer<Optional<OpenProject>> listener) {
        return scoped(Registration.adding(projectListeners, listener));
    }

    /** A registration made while a view is being built belongs to that view. */
    private Registration scoped(Registration r) {
        if (viewBeingBuilt != null) {
            viewBeingBuilt.add(r);
        }
        return r;
    }

    /** How many listeners and handlers views and commands have registered (tests check that none leak). */
    int listenerCount() {
        return projectListeners.size() + editorListeners.size() + preferencesListeners.size()
                + problemListeners.size() + documentHandlers.size();
    }

    @Override
    public String annotator() {
        return preferences.annotator();
    }

    @Override
    public Preferences preferences() {
        return preferences;
    }

    @Override
    public Registration addPreferencesListener(Consumer<Preferences> listener) {
        return scoped(Registration.adding(preferencesListeners, listener));
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public Optional<EditSession> activeEditor() {
        return Optional.ofNullable(watched);
    }

    @Override
    public Registration addEditorListener(Consumer<Optional<EditSession>> listener) {
        return scoped(Registration.adding(editorListeners, listener));
    }

    @Override
    public Registration handleDocuments(Consumer<String> handler) {
        return scoped(Registration.adding(documentHandlers, handler));
    }

    @Override
    public void showStatus(String message) {
        if (statusBar != null) {
            statusBar.showMessage(message);
        }
    }

    @Override
    public ProblemsSink problems() {
        return (source, entries) -> {
            problemsBySource.put(source, List.copyOf(entries));
            fireProblems();
        };
    }

    @Override
    public Registration addProblemsListener(Consumer<List<ProblemEntry>> listener) {
        Registration r = scoped(Registration.adding(problemListeners, listener));
        listener.accept(allProblems());
        return r;
    }

    public List<ProblemEntry> allProblems() {
        return problemsBySource.values().stream().flatMap(List::stream).toList();
    }

    private void fireProblems() {
        List<ProblemEntry> all = allProblems();
        problemListeners.forEach(l -> l.accept(all));
    }

    @Override
    public PluginRegistry plugins() {
        return plugins;
    }

    @Override
    public void runCommand(String commandId) {
        commands.stream().filter(c -> c.id().equals(commandId)).findFirst().ifPresent(this::execute);
    }

    @Override
    public Window window() {
        return frame;
    }

    public JFrame frame() {
        return frame;
    }

    public MizanHome home() {
        return home;
    }
}
