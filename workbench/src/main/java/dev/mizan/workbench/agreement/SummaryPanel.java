package dev.mizan.workbench.agreement;

import dev.mizan.agreement.ReportEntry;
import dev.mizan.model.Document;
import dev.mizan.model.Project;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Agreement view: what to compare (layer, annotators, documents), the computation's progress and
 * Cancel, the corpus values with their 95% intervals and the per-label table.
 */
final class SummaryPanel extends JPanel {
    private final AgreementSession session;
    private final AgreementTexts texts;
    private final JComboBox<String> layer = new JComboBox<>();
    private final JPanel annotators = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
    private final List<JCheckBox> annotatorBoxes = new ArrayList<>();
    private final DefaultListModel<Document> documentModel = new DefaultListModel<>();
    private final JList<Document> documents = new JList<>(documentModel);
    private final JButton compute = new JButton();
    private final JButton cancel = new JButton();
    private final JButton save = new JButton();
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JLabel status = new JLabel(" ");
    private final RowsTableModel<AgreementDashboard.ValueRow> corpusModel;
    private final RowsTableModel<AgreementDashboard.LabelRow> labelModel;
    private final JTable corpus;
    private final JTable labels;
    private Project shownProject;
    private boolean updating;

    SummaryPanel(AgreementSession session) {
        super(new BorderLayout());
        this.session = session;
        this.texts = session.texts();
        setName("agreement.summary");
        corpusModel = new RowsTableModel<>(List.of(
                new RowsTableModel.Column<>(texts.get("column.measure"), String.class, r -> texts.measure(r.measure())),
                new RowsTableModel.Column<>(texts.get("column.value"), ReportEntry.class, AgreementDashboard.ValueRow::entry),
                new RowsTableModel.Column<>(texts.get("column.ci"), Interval.class, r -> new Interval(r.entry())),
                new RowsTableModel.Column<>(texts.get("column.n"), Long.class, r -> r.entry().n())));
        List<RowsTableModel.Column<AgreementDashboard.LabelRow>> labelColumns = new ArrayList<>();
        labelColumns.add(new RowsTableModel.Column<>(texts.get("column.label"), String.class, AgreementDashboard.LabelRow::label));
        for (int i = 0; i < AgreementDashboard.LABEL_MEASURES.size(); i++) {
            int at = i;
            labelColumns.add(new RowsTableModel.Column<>(texts.shortMeasure(AgreementDashboard.LABEL_MEASURES.get(i)),
                    ReportEntry.class, r -> r.entries().get(at)));
        }
        labelColumns.add(new RowsTableModel.Column<>(texts.format("column.ciOf", texts.shortMeasure(AgreementDashboard.LABEL_MEASURES.get(0))),
                Interval.class, r -> new Interval(r.entries().get(0))));
        labelColumns.add(new RowsTableModel.Column<>(texts.get("column.spans"), Long.class,
                r -> r.entries().get(0) == null ? null : r.entries().get(0).n()));
        labelModel = new RowsTableModel<>(labelColumns);
        corpus = table(corpusModel, "agreement.corpus");
        labels = table(labelModel, "agreement.labels");
        corpus.getColumnModel().getColumn(0).setPreferredWidth(190);
        corpus.getColumnModel().getColumn(2).setPreferredWidth(210);
        labels.getColumnModel().getColumn(4).setPreferredWidth(210);

        add(controls(), BorderLayout.PAGE_START);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, true,
                titled(new JScrollPane(corpus), texts.get("section.corpus")),
                titled(new JScrollPane(labels), texts.get("section.labels")));
        split.setResizeWeight(0.6);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        session.listen(AgreementSummaryView.ID, this::refresh);
        refresh();
    }

    /** A table column value that draws as an interval whisker. */
    record Interval(ReportEntry entry) {
    }

    private static JTable table(RowsTableModel<?> model, String name) {
        JTable t = new JTable(model);
        t.setName(name);
        t.setFillsViewportHeight(true);
        t.setAutoCreateRowSorter(false);
        t.setDefaultRenderer(ReportEntry.class, new EntryRenderer());
        IntervalRenderer whisker = new IntervalRenderer();
        t.setDefaultRenderer(Interval.class, (table, value, selected, focus, row, column) ->
                whisker.getTableCellRendererComponent(table, ((Interval) value).entry(), selected, focus, row, column));
        t.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        t.setRowHeight(Math.max(t.getRowHeight(), 22));
        return t;
    }

    private static JComponent titled(JComponent c, String title) {
        JPanel p = new JPanel(new BorderLayout());
        JLabel l = new JLabel(title);
        l.setFont(l.getFont().deriveFont(java.awt.Font.BOLD));
        l.setBorder(BorderFactory.createEmptyBorder(6, 6, 3, 6));
        p.add(l, BorderLayout.PAGE_START);
        p.add(c, BorderLayout.CENTER);
        return p;
    }

    private JComponent controls() {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createEmptyBorder(6, 6, 4, 6));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 2, 2, 2);
        c.anchor = GridBagConstraints.FIRST_LINE_START;
        c.fill = GridBagConstraints.HORIZONTAL;

        layer.setName("agreement.layer");
        layer.addActionListener(e -> {
            if (!updating) {
                session.chooseLayer((String) layer.getSelectedItem());
            }
        });
        documents.setName("agreement.documents");
        documents.setVisibleRowCount(3);
        documents.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        documents.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                Document d = (Document) value;
                String title = d.title() == null || d.title().isBlank() ? d.id() : d.title();
                super.getListCellRendererComponent(list, title, index, sel, focus);
                // Arabic titles read from the right whatever the UI language.
                boolean arabic = Bidi.isArabic(title);
                setComponentOrientation(arabic ? java.awt.ComponentOrientation.RIGHT_TO_LEFT : java.awt.ComponentOrientation.LEFT_TO_RIGHT);
                setHorizontalAlignment(arabic ? javax.swing.SwingConstants.RIGHT : javax.swing.SwingConstants.LEFT);
                setToolTipText(title);
                return this;
            }
        });
        JButton allDocuments = new JButton(texts.get("button.allDocuments"));
        allDocuments.addActionListener(e -> documents.setSelectionInterval(0, documentModel.size() - 1));

        compute.setName("agreement.compute");
        compute.setText(texts.get("button.compute"));
        compute.addActionListener(e -> computeChosen());
        cancel.setName("agreement.cancel");
        cancel.setText(texts.get("button.cancel"));
        cancel.addActionListener(e -> session.cancel());
        save.setName("agreement.save");
        save.setText(texts.get("button.save"));
        save.addActionListener(e -> ReportSaving.chooseAndSave(session, this));
        progress.setName("agreement.progress");
        progress.setStringPainted(true);
        status.setName("agreement.status");

        c.gridx = 0;
        c.gridy = 0;
        c.weightx = 0;
        p.add(new JLabel(texts.get("label.layer")), c);
        c.gridx = 1;
        c.weightx = 1;
        p.add(layer, c);
        c.gridx = 0;
        c.gridy = 1;
        c.weightx = 0;
        p.add(new JLabel(texts.get("label.annotators")), c);
        c.gridx = 1;
        p.add(annotators, c);
        c.gridx = 0;
        c.gridy = 2;
        p.add(new JLabel(texts.get("label.documents")), c);
        c.gridx = 1;
        JPanel docs = new JPanel(new BorderLayout(4, 0));
        JScrollPane docScroll = new JScrollPane(documents);
        // Three rows whatever the titles' length; a long title scrolls rather than widening the view.
        docScroll.setPreferredSize(new java.awt.Dimension(200, 3 * Math.max(20, documents.getFontMetrics(documents.getFont()).getHeight() + 4) + 6));
        docs.add(docScroll, BorderLayout.CENTER);
        JPanel docButtons = new JPanel();
        docButtons.setLayout(new BoxLayout(docButtons, BoxLayout.PAGE_AXIS));
        docButtons.add(allDocuments);
        docs.add(docButtons, BorderLayout.LINE_END);
        p.add(docs, c);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        buttons.add(compute);
        buttons.add(cancel);
        buttons.add(Box.createHorizontalStrut(12));
        buttons.add(save);
        c.gridx = 0;
        c.gridy = 3;
        c.gridwidth = 2;
        p.add(buttons, c);
        c.gridy = 4;
        p.add(progress, c);
        c.gridy = 5;
        p.add(status, c);
        return p;
    }

    /** Computes for the ticked annotators and the selected documents. */
    void computeChosen() {
        session.project().ifPresent(open -> {
            Project project = open.project();
            List<String> chosenAnnotators = annotatorBoxes.stream().filter(JCheckBox::isSelected).map(JCheckBox::getText).toList();
            List<String> chosenDocuments = documents.getSelectedValuesList().stream().map(Document::id).toList();
            session.compute(AgreementRequest.of(project, chosenAnnotators, chosenDocuments));
        });
    }

    private void refresh() {
        updating = true;
        try {
            Project project = session.project().map(p -> p.project()).orElse(null);
            if (project != shownProject) {
                fillChoices(project);
                shownProject = project;
            }
            var dashboard = session.dashboard();
            List<String> layers = dashboard.map(AgreementDashboard::layers).orElse(List.of());
            if (!layers.equals(items(layer))) {
                layer.setModel(new DefaultComboBoxModel<>(layers.toArray(String[]::new)));
            }
            if (!Objects.equals(layer.getSelectedItem(), session.layer())) {
                layer.setSelectedItem(session.layer());
            }
            String l = session.layer();
            corpusModel.setRows(dashboard.isPresent() && l != null ? dashboard.get().corpusValues(l) : List.of());
            labelModel.setRows(dashboard.isPresent() && l != null ? dashboard.get().labels(l) : List.of());
            boolean running = session.running();
            progress.setValue(session.progress());
            progress.setIndeterminate(running && session.progress() == 0);
            compute.setEnabled(project != null && !running);
            cancel.setEnabled(running);
            save.setEnabled(dashboard.isPresent() && !running);
            status.setText(session.status().isEmpty() ? " " : session.status());
        } finally {
            updating = false;
        }
    }

    /** Ticks every annotator and selects every document of a newly opened project. */
    private void fillChoices(Project project) {
        annotators.removeAll();
        annotatorBoxes.clear();
        documentModel.clear();
        if (project != null) {
            List<String> chosen = session.request().annotators();
            for (String a : project.annotators()) {
                JCheckBox box = new JCheckBox(a, chosen.isEmpty() || chosen.contains(a));
                box.setName("agreement.annotator." + a);
                annotatorBoxes.add(box);
                annotators.add(box);
            }
            project.documents().forEach(documentModel::addElement);
            List<String> docs = session.request().documents();
            if (docs.isEmpty()) {
                documents.setSelectionInterval(0, Math.max(0, documentModel.size() - 1));
            } else {
                for (int i = 0; i < documentModel.size(); i++) {
                    if (docs.contains(documentModel.get(i).id())) {
                        documents.addSelectionInterval(i, i);
                    }
                }
            }
        }
        annotators.revalidate();
        annotators.repaint();
    }

    private static List<String> items(JComboBox<String> combo) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < combo.getItemCount(); i++) {
            result.add(combo.getItemAt(i));
        }
        return result;
    }
}
