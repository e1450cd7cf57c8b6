package dev.mizan.workbench.curation;

import dev.mizan.curation.Disagreement;
import dev.mizan.curation.ProjectCuration;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.model.SpanKey;
import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.editor.EditorFonts;
import dev.mizan.workbench.shell.OpenProject;
import dev.mizan.workbench.shell.ReadingSplit;
import dev.mizan.workbench.shell.Roles;
import dev.mizan.workbench.shell.WorkbenchContext;
import dev.mizan.workbench.shell.views.CurationCounts;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.ComponentOrientation;
import java.awt.event.ActionEvent;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Swing side of the Curate view. All logic is in {@link CurationModel}; this panel shows it,
 * turns keys into its operations, and tells the workbench when the gold on disk changed.
 * <p>
 * Keys (while the view has the focus): N / F8 next disagreement, P / Shift+F8 previous, 1..9 accept
 * that annotator's version, R or Delete reject, E edit the gold span's boundaries and label.
 */
final class CuratePanel {
    private static final String CONTENT = "content";
    private static final String MESSAGE = "message";

    private final WorkbenchContext ctx;
    private final Messages m;
    private final JPanel root = new JPanel(new CardLayout());
    private final JPanel content = new JPanel(new BorderLayout());
    private final JLabel message = new JLabel("", SwingConstants.CENTER);
    private final JComboBox<String> documents = new JComboBox<>();
    private final JLabel counts = new JLabel();
    private final JLabel legend = new JLabel();
    private final JButton autoMerge = new JButton();
    private final JButton cancel = new JButton();
    private final JProgressBar progress = new JProgressBar();
    private final JPanel textHolder = new JPanel(new BorderLayout());
    private final DefaultListModel<Disagreement> listModel = new DefaultListModel<>();
    private final JList<Disagreement> list = new JList<>(listModel);
    private final JTextArea details = new JTextArea();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private CurationModel model;
    private CurationTextView textView;
    private Map<String, AnnotationSet> openedSets = Map.of();
    private boolean filling;
    private boolean merging;
    private CurationNavigator.Place pending;
    private final CurationCounts progressCache = new CurationCounts();

    CuratePanel(WorkbenchContext ctx) {
        this.ctx = ctx;
        this.m = ctx.messages();
        root.setName("curate.panel");
        message.setName("curate.message");
        root.add(content, CONTENT);
        JPanel messagePanel = new JPanel(new BorderLayout());
        messagePanel.add(message, BorderLayout.CENTER);
        root.add(messagePanel, MESSAGE);
        content.add(toolbar(), BorderLayout.PAGE_START);
        content.add(body(), BorderLayout.CENTER);
        installKeys();
        ctx.addProjectListener(p -> {
            if (isDisplayable()) {
                projectChanged(p);
            }
        });
        ctx.addEditorListener(s -> {
            if (isDisplayable() && root.isShowing()) {
                s.ifPresent(session -> showDocument(session.document().id()));
            }
        });
        // Opening a document while the editor area is hidden shows it here, without a hidden editor tab.
        ctx.handleDocuments(this::showDocument);
        ctx.addPreferencesListener(p -> {
            if (textView != null) {
                textView.setFont(EditorFonts.font(p.editorFont(), p.editorFontSize()));
            }
        });
        projectChanged(ctx.project());
    }

    JComponent component() {
        return root;
    }

    boolean isDisplayable() {
        return root.isDisplayable() || root.getParent() != null;
    }

    boolean isShowing() {
        return root.isShowing();
    }

    /** The model of the document shown (tests use it). */
    Optional<CurationModel> model() {
        return Optional.ofNullable(model);
    }

    // ------------------------------------------------------------------ building

    private JComponent toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        documents.setName("curate.documents");
        documents.setFocusable(false);
        documents.setPrototypeDisplayValue("01-putin-backs-syria-unity (12)");
        documents.addActionListener(e -> {
            if (!filling && documents.getSelectedItem() != null) {
                showDocument(idOf((String) documents.getSelectedItem()));
            }
        });
        bar.add(new JLabel(m.get("curate.document") + " "));
        bar.add(documents);
        bar.addSeparator();
        bar.add(button("curate.previous", "curate.previous.tip", this::previous));
        bar.add(button("curate.next", "curate.next.tip", this::next));
        bar.addSeparator();
        bar.add(button("curate.reject", "curate.reject.tip", this::reject));
        bar.add(button("curate.edit", "curate.edit.tip", this::edit));
        bar.add(button("curate.undo", "curate.undo.tip", this::undo));
        bar.addSeparator();
        autoMerge.setText(m.get("curate.autoMerge"));
        autoMerge.setToolTipText(m.get("curate.autoMerge.tip"));
        autoMerge.setName("curate.autoMerge");
        autoMerge.setFocusable(false);
        autoMerge.addActionListener(e -> autoMerge());
        bar.add(autoMerge);
        progress.setName("curate.progress");
        progress.setVisible(false);
        progress.setStringPainted(true);
        bar.add(progress);
        cancel.setText(m.get("curate.cancel"));
        cancel.setVisible(false);
        cancel.setFocusable(false);
        cancel.addActionListener(e -> cancelRequested.set(true));
        bar.add(cancel);
        JPanel top = new JPanel(new BorderLayout());
        top.add(bar, BorderLayout.PAGE_START);
        // the counts share the legend's row, so a narrow window or a longer language never cuts them off
        JPanel second = new JPanel(new BorderLayout());
        legend.setName("curate.legend");
        legend.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        counts.setName("curate.counts");
        counts.setFont(counts.getFont().deriveFont(java.awt.Font.BOLD));
        counts.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        second.add(counts, BorderLayout.LINE_START);
        second.add(legend, BorderLayout.CENTER);
        top.add(second, BorderLayout.PAGE_END);
        return top;
    }

    private JButton button(String textKey, String tipKey, Runnable action) {
        JButton b = new JButton(m.get(textKey));
        b.setToolTipText(m.get(tipKey));
        b.setName(textKey);
        b.setFocusable(false);
        b.addActionListener(e -> action.run());
        return b;
    }

    private JComponent body() {
        list.setName("curate.disagreements");
        list.setFocusable(false);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
                super.getListCellRendererComponent(l, describe(index, (Disagreement) value), index, sel, focus);
                return this;
            }
        });
        list.addListSelectionListener(e -> {
            if (!filling && !e.getValueIsAdjusting() && model != null && list.getSelectedIndex() >= 0
                    && list.getSelectedIndex() != model.currentIndex()) {
                model.select(list.getSelectedIndex());
            }
        });
        details.setName("curate.details");
        details.setEditable(false);
        details.setFocusable(false);
        details.setLineWrap(true);
        details.setWrapStyleWord(true);
        details.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        JSplitPane side = new JSplitPane(JSplitPane.VERTICAL_SPLIT, true, new JScrollPane(list), new JScrollPane(details));
        side.setResizeWeight(0.45);
        side.setBorder(null);
        // The text where reading starts, the list beside it: mirrored in the Arabic UI.
        JSplitPane split = new ReadingSplit(textHolder, side, 1.0);
        split.setName("curate.split");
        split.setDividerLocation(0.72);
        return split;
    }

    private void installKeys() {
        var input = content.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        var actions = content.getActionMap();
        bind(input, actions, "curate.next", this::next, "N", "F8");
        bind(input, actions, "curate.previous", this::previous, "P", "shift F8");
        bind(input, actions, "curate.reject", this::reject, "R", "DELETE");
        bind(input, actions, "curate.edit", this::edit, "E");
        bind(input, actions, "curate.undo", this::undo, "ctrl Z", "U");
        for (int n = 1; n <= 9; n++) {
            int annotator = n;
            bind(input, actions, "curate.accept" + n, () -> accept(annotator), String.valueOf(n), "NUMPAD" + n);
        }
    }

    private static void bind(javax.swing.InputMap input, javax.swing.ActionMap actions, String id, Runnable r,
                             String... keys) {
        for (String k : keys) {
            input.put(KeyStroke.getKeyStroke(k), id);
        }
        actions.put(id, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    // ------------------------------------------------------------------ project and document

    private void projectChanged(Optional<OpenProject> p) {
        CardLayout cards = (CardLayout) root.getLayout();
        if (p.isEmpty()) {
            message.setText(m.get("curate.noProject"));
            cards.show(root, MESSAGE);
            return;
        }
        Project project = p.get().project();
        if (!Roles.isSupervisor(project, ctx.annotator())) {
            message.setText("<html><div style='text-align:center'>" + m.format("curate.supervisorsOnly", ctx.annotator(),
                    String.join(", ", Roles.supervisors(project))) + "</div></html>");
            cards.show(root, MESSAGE);
            model = null;
            return;
        }
        cards.show(root, CONTENT);
        fillDocuments(project);
        if (model == null || project.document(model.document().id()).isEmpty()) {
            String first = project.documents().stream()
                    .filter(d -> progressCache.of(project, d).open() > 0).map(Document::id).findFirst()
                    .orElse(project.documents().isEmpty() ? null : project.documents().get(0).id());
            if (first != null) {
                open(project, first, null);
                focusText(); // the keys work at once, without a click
            }
        } else {
            String id = model.document().id();
            boolean sameSets = project.annotationSetsOf(id).equals(openedSets);
            boolean sameGold = project.gold(id).map(g -> g.equals(model.gold())).orElse(model.gold().spans().isEmpty()
                    && model.gold().rejected().isEmpty());
            if (!sameSets || !sameGold) {
                open(project, id, model.current().orElse(null));
            }
        }
        if (pending != null) {
            CurationNavigator.Place place = pending;
            pending = null;
            reveal(place);
        }
    }

    private void fillDocuments(Project project) {
        filling = true;
        try {
            String selected = model == null ? null : model.document().id();
            documents.removeAllItems();
            for (Document d : project.documents()) {
                ProjectCuration.Progress pr = progressCache.of(project, d);
                String item = d.id() + (pr.open() > 0 ? " (" + pr.open() + ")" : "");
                documents.addItem(item);
                if (d.id().equals(selected)) {
                    documents.setSelectedItem(item);
                }
            }
        } finally {
            filling = false;
        }
    }

    private static String idOf(String item) {
        int space = item.indexOf(' ');
        return space < 0 ? item : item.substring(0, space);
    }

    /** Shows a document of the open project (the explorer, the document list and the navigator call it). */
    void showDocument(String documentId) {
        Optional<OpenProject> p = ctx.project();
        if (p.isEmpty() || !Roles.isSupervisor(p.get().project(), ctx.annotator())) {
            return;
        }
        if (model != null && model.document().id().equals(documentId)) {
            focusText();
            return;
        }
        if (p.get().project().document(documentId).isPresent()) {
            open(p.get().project(), documentId, null);
            focusText();
        }
    }

    /** Shows a place: its document, with the disagreement there in focus (once the project is loaded). */
    void reveal(CurationNavigator.Place place) {
        if (ctx.project().isEmpty()) {
            pending = place;
            return;
        }
        showDocument(place.documentId());
        if (model != null && model.document().id().equals(place.documentId())) {
            model.reveal(place.begin(), place.end());
            textView.reveal(place.begin(), place.end());
        }
    }

    private void open(Project project, String documentId, Disagreement keep) {
        OpenProject op = ctx.project().orElseThrow();
        model = CurationModel.open(project, documentId, ctx.annotator(), op.store()::saveGold, Clock.systemUTC());
        openedSets = project.annotationSetsOf(documentId);
        if (keep != null) {
            model.reveal(keep.begin(), keep.end());
        }
        model.addListener(this::modelChanged);
        textView = new CurationTextView(model, EditorFonts.font(ctx.preferences().editorFont(),
                ctx.preferences().editorFontSize()), this::clicked);
        textView.applyComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        textHolder.removeAll();
        JScrollPane scroll = new JScrollPane(textView);
        scroll.setName("curate.scroll");
        scroll.setBorder(null);
        textHolder.add(scroll, BorderLayout.CENTER);
        textHolder.revalidate();
        filling = true;
        try {
            for (int i = 0; i < documents.getItemCount(); i++) {
                if (idOf(documents.getItemAt(i)).equals(documentId)) {
                    documents.setSelectedIndex(i);
                }
            }
        } finally {
            filling = false;
        }
        legend.setText(legendText());
        modelChanged();
    }

    private void clicked(int offset) {
        if (model != null) {
            model.selectAt(offset);
        }
    }

    private void focusText() {
        if (textView != null) {
            SwingUtilities.invokeLater(textView::requestFocusInWindow);
        }
    }

    // ------------------------------------------------------------------ showing the model

    private void modelChanged() {
        filling = true;
        try {
            listModel.clear();
            model.disagreements().forEach(listModel::addElement);
            if (model.currentIndex() >= 0) {
                list.setSelectedIndex(model.currentIndex());
                list.ensureIndexIsVisible(model.currentIndex());
            } else {
                list.clearSelection();
            }
        } finally {
            filling = false;
        }
        counts.setText(m.format("curate.counts", model.resolvedCount(), model.openCount()));
        details.setText(detailsText());
        details.setCaretPosition(0);
        model.current().ifPresent(d -> textView.reveal(d.begin(), d.end()));
        textView.repaint();
    }

    private String legendText() {
        StringBuilder sb = new StringBuilder("<html>");
        List<String> annotators = model.annotators();
        for (int i = 0; i < annotators.size(); i++) {
            sb.append("<b>").append(i + 1).append("</b> ").append(annotators.get(i)).append(" &nbsp; ");
        }
        sb.append("<b>G</b> ").append(m.get("curate.gold")).append(" &nbsp; <span style='color:#d84315'>▭</span> ")
                .append(m.get("curate.legend.disagreement")).append(" &nbsp; · ").append(m.get("curate.keys"));
        return sb.append("</html>").toString();
    }

    private String describe(int index, Disagreement d) {
        String text = model.document().text().substring(d.begin(), d.end());
        text = text.length() > 32 ? text.substring(0, 31) + "…" : text;
        return (index + 1) + ". " + d.layer() + (d.attribute() == null ? "" : " · " + d.attribute()) + " " + quoted(text);
    }

    private String detailsText() {
        Optional<Disagreement> current = model.current();
        if (current.isEmpty()) {
            return model.openCount() == 0 ? m.get("curate.nothingOpen") : m.get("curate.pressNext");
        }
        Disagreement d = current.get();
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("curate.kind." + d.kind().name())).append(" · ").append(d.layer());
        if (d.attribute() != null) {
            sb.append(" · ").append(d.attribute());
        }
        sb.append(" [").append(d.begin()).append(", ").append(d.end()).append(")\n")
                .append(quoted(model.document().text().substring(d.begin(), d.end()))).append("\n\n");
        List<List<Disagreement.Version>> byAnnotator = model.versionsByAnnotator(d);
        for (int i = 0; i < byAnnotator.size(); i++) {
            sb.append(i + 1).append("  ").append(model.annotators().get(i)).append(": ");
            if (byAnnotator.get(i).isEmpty()) {
                sb.append(m.get("curate.nothing"));
            }
            for (Disagreement.Version v : byAnnotator.get(i)) {
                sb.append(version(d, v)).append("  ");
            }
            sb.append('\n');
        }
        sb.append("G  ").append(m.get("curate.gold")).append(": ");
        List<Span> inGold = model.gold().spans().stream()
                .filter(s -> s.layer().equals(d.layer()) && s.begin() < d.end() && d.begin() < s.end()).toList();
        sb.append(inGold.isEmpty() ? m.get("curate.nothing") : String.join("  ", inGold.stream()
                .map(s -> s.label() + " " + quoted(model.document().text().substring(s.begin(), s.end()))
                        + (d.attribute() != null && s.attributes().containsKey(d.attribute())
                        ? " " + d.attribute() + "=" + s.attributes().get(d.attribute()) : "")).toList()));
        sb.append("\n\n").append(m.format("curate.howTo", model.annotators().size()));
        return sb.toString();
    }

    /** «Arabic» inside an English line: a right-to-left embedding keeps the quotes around the right words. */
    private static String quoted(String arabic) {
        return "\u202B«" + arabic + "»\u202C";
    }

    private String version(Disagreement d, Disagreement.Version v) {
        String text = model.document().text();
        return switch (d.kind()) {
            case SPAN -> v.label() + " " + quoted(text.substring(v.begin(), v.end()));
            case ATTRIBUTE -> d.attribute() + " = " + (v.value() == null ? m.get("curate.none") : v.value());
            case RELATION -> v.label() + " → " + Objects.toString(v.value(), "?");
        };
    }

    // ------------------------------------------------------------------ actions

    void next() {
        if (model != null) {
            model.next();
            focusText();
        }
    }

    void previous() {
        if (model != null) {
            model.previous();
            focusText();
        }
    }

    void undo() {
        decide(model == null ? () -> "" : model::undo);
    }

    void accept(int n) {
        decide(() -> model.accept(n));
    }

    void reject() {
        decide(model == null ? () -> "" : model::reject);
    }

    void edit() {
        if (model == null) {
            return;
        }
        Optional<SpanKey> target = model.editTarget();
        if (target.isEmpty()) {
            ctx.showStatus(m.get("curate.cannotEdit"));
            return;
        }
        EditSpanDialog.ask(ctx.window(), m, model.document().text(), target.get(), model.labels(target.get().layer()))
                .ifPresent(k -> decide(() -> model.edit(k.begin(), k.end(), k.label())));
    }

    private void decide(java.util.function.Supplier<String> decision) {
        if (model == null) {
            return;
        }
        if (merging) {
            ctx.showStatus(m.get("curate.busy"));
            return;
        }
        try {
            String done = decision.get();
            ctx.showStatus(done);
            ctx.project().ifPresent(p -> ctx.replaceProject(p.project().withGoldSet(model.gold())));
        } catch (CurationException e) {
            ctx.showStatus(e.getMessage());
            java.awt.Toolkit.getDefaultToolkit().beep();
        }
    }

    /** Runs the auto-merge over the whole project off the EDT, with progress and Cancel. */
    void autoMerge() {
        Optional<OpenProject> p = ctx.project();
        if (p.isEmpty() || merging) {
            return;
        }
        merging = true;
        cancelRequested.set(false);
        Project project = p.get().project();
        progress.setMinimum(0);
        progress.setMaximum(Math.max(1, project.documents().size()));
        progress.setValue(0);
        progress.setVisible(true);
        cancel.setVisible(true);
        autoMerge.setEnabled(false);
        content.revalidate();
        new SwingWorker<AutoMergeRun.Outcome, Integer>() {
            @Override
            protected AutoMergeRun.Outcome doInBackground() throws Exception {
                return AutoMergeRun.run(project, p.get().store()::saveGold, this::publishDone, cancelRequested::get);
            }

            private void publishDone(int done) {
                publish(done);
            }

            @Override
            protected void process(List<Integer> chunks) {
                progress.setValue(chunks.get(chunks.size() - 1));
            }

            @Override
            protected void done() {
                merging = false;
                progress.setVisible(false);
                cancel.setVisible(false);
                autoMerge.setEnabled(true);
                try {
                    AutoMergeRun.Outcome o = get();
                    ctx.replaceProject(o.project());
                    ctx.showStatus(m.format(o.cancelled() ? "curate.merge.cancelled" : "curate.merge.done",
                            o.documents(), o.written(), o.merged(), o.open()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    // Gold files written before the failure stay written: reload to show them.
                    ctx.showStatus(m.format("curate.merge.failed", String.valueOf(e.getCause().getMessage())));
                    reloadFromDisk();
                }
            }
        }.execute();
    }

    private void reloadFromDisk() {
        ctx.project().ifPresent(op -> {
            var loaded = op.store().load();
            ctx.replaceProject(loaded.project());
        });
    }
}
