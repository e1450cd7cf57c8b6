package dev.mizan.workbench.agreement;

import dev.mizan.agreement.Disagreement;
import dev.mizan.agreement.ReportEntry;
import dev.mizan.workbench.shell.ReadingSplit;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.BorderLayout;
import java.awt.ComponentOrientation;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Documents and disagreements view: the documents from least to most agreement on the chosen
 * measure, and the ranked disagreements (of the selected document, or of all). Double-click or Enter on
 * a disagreement opens it for curation.
 */
final class DisagreementsPanel extends JPanel {
    private final AgreementSession session;
    private final AgreementTexts texts;
    private final JComboBox<String> measure = new JComboBox<>();
    private final RowsTableModel<AgreementDashboard.DocumentRow> documentModel;
    private final JTable documents;
    private RowsTableModel<Disagreement> disagreementModel;
    private final JTable disagreements = new JTable();
    private final JLabel disagreementTitle = new JLabel(" ");
    private List<String> shownAnnotators = List.of();
    private Map<String, Long> counts = Map.of();
    private boolean updating;

    DisagreementsPanel(AgreementSession session) {
        super(new BorderLayout());
        this.session = session;
        this.texts = session.texts();
        setName("agreement.disagreementsView");
        documentModel = new RowsTableModel<>(List.of(
                new RowsTableModel.Column<>(texts.get("column.document"), String.class, AgreementDashboard.DocumentRow::title),
                new RowsTableModel.Column<>(texts.get("column.value"), ReportEntry.class, AgreementDashboard.DocumentRow::entry),
                new RowsTableModel.Column<>(texts.get("column.disagreements"), Long.class,
                        r -> counts.getOrDefault(r.documentId(), 0L))));
        documents = new JTable(documentModel);
        documents.setName("agreement.documentList");
        documents.setDefaultRenderer(ReportEntry.class, new EntryRenderer());
        documents.setDefaultRenderer(String.class, new ArabicRenderer());
        documents.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        documents.setRowHeight(Math.max(documents.getRowHeight(), 24));
        documents.setFillsViewportHeight(true);
        documents.getColumnModel().getColumn(0).setPreferredWidth(320);
        documents.getSelectionModel().addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting()) {
                int row = documents.getSelectedRow();
                session.chooseDocument(row < 0 ? null : documentModel.row(row).documentId());
            }
        });
        measure.setName("agreement.documentMeasure");
        measure.setRenderer(new MeasureRenderer(texts));
        measure.addActionListener(e -> {
            if (!updating) {
                session.chooseDocumentMeasure((String) measure.getSelectedItem());
            }
        });
        JButton all = new JButton(texts.get("button.allDocuments"));
        all.setName("agreement.allDocuments");
        all.addActionListener(e -> session.chooseDocument(null));
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
        JLabel docTitle = new JLabel(texts.get("section.documents"));
        docTitle.setFont(docTitle.getFont().deriveFont(java.awt.Font.BOLD));
        top.add(docTitle);
        top.add(measure);
        top.add(all);
        JPanel left = new JPanel(new BorderLayout());
        left.add(top, BorderLayout.PAGE_START);
        left.add(new JScrollPane(documents), BorderLayout.CENTER);

        disagreements.setName("agreement.disagreements");
        disagreements.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        disagreements.setRowHeight(Math.max(disagreements.getRowHeight(), 24));
        disagreements.setFillsViewportHeight(true);
        disagreements.setDefaultRenderer(String.class, new ArabicRenderer());
        disagreements.setToolTipText(texts.get("hint.disagreements"));
        disagreements.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && disagreements.rowAtPoint(e.getPoint()) >= 0) {
                    revealSelected();
                }
            }
        });
        disagreements.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke("ENTER"), "reveal");
        disagreements.getActionMap().put("reveal", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                revealSelected();
            }
        });
        disagreementTitle.setFont(disagreementTitle.getFont().deriveFont(java.awt.Font.BOLD));
        disagreementTitle.setBorder(BorderFactory.createEmptyBorder(8, 6, 7, 6));
        JPanel right = new JPanel(new BorderLayout());
        right.add(disagreementTitle, BorderLayout.PAGE_START);
        right.add(new JScrollPane(disagreements), BorderLayout.CENTER);

        left.setPreferredSize(new java.awt.Dimension(480, 200));
        add(new ReadingSplit(left, right, 0.35), BorderLayout.CENTER);
        session.listen(DisagreementsView.ID, this::refresh);
        refresh();
    }

    /** Opens the selected disagreement for curation (what a double-click does). */
    void revealSelected() {
        int row = disagreements.getSelectedRow();
        if (row >= 0 && disagreementModel != null) {
            session.reveal(disagreementModel.row(disagreements.convertRowIndexToModel(row)));
        }
    }

    private void refresh() {
        updating = true;
        try {
            Optional<AgreementDashboard> dashboard = session.dashboard();
            String layer = session.layer();
            List<String> measures = dashboard.isPresent() && layer != null ? dashboard.get().documentMeasures(layer) : List.of();
            List<String> current = new ArrayList<>();
            for (int i = 0; i < measure.getItemCount(); i++) {
                current.add(measure.getItemAt(i));
            }
            if (!measures.equals(current)) {
                measure.setModel(new DefaultComboBoxModel<>(measures.toArray(String[]::new)));
            }
            if (!Objects.equals(measure.getSelectedItem(), session.documentMeasure())) {
                measure.setSelectedItem(session.documentMeasure());
            }
            boolean ready = dashboard.isPresent() && layer != null;
            counts = ready ? dashboard.get().disagreementCounts(layer) : Map.of();
            documentModel.setRows(ready && session.documentMeasure() != null
                    ? dashboard.get().documents(layer, session.documentMeasure()) : List.of());
            documents.clearSelection();
            for (int i = 0; i < documentModel.getRowCount(); i++) {
                if (documentModel.row(i).documentId().equals(session.document())) {
                    documents.setRowSelectionInterval(i, i);
                }
            }
            List<String> annotators = dashboard.map(d -> d.report().annotators()).orElse(List.of());
            if (disagreementModel == null || !annotators.equals(shownAnnotators)) {
                disagreementModel = new RowsTableModel<>(disagreementColumns(annotators));
                disagreements.setModel(disagreementModel);
                shownAnnotators = annotators;
                sizeDisagreementColumns();
            }
            List<Disagreement> rows = ready ? dashboard.get().disagreements(layer, session.document()) : List.of();
            disagreementModel.setRows(rows);
            String where = session.document() == null ? texts.get("label.allDocuments")
                    : dashboard.map(d -> d.title(session.document())).orElse(session.document());
            disagreementTitle.setText(texts.format("section.disagreements", rows.size(), where));
        } finally {
            updating = false;
        }
    }

    private List<RowsTableModel.Column<Disagreement>> disagreementColumns(List<String> annotators) {
        List<RowsTableModel.Column<Disagreement>> columns = new ArrayList<>();
        columns.add(new RowsTableModel.Column<>(texts.get("column.document"), String.class,
                d -> session.dashboard().map(x -> x.title(d.document())).orElse(d.document())));
        columns.add(new RowsTableModel.Column<>(texts.get("column.kind"), Object.class, d -> texts.get("kind." + d.kind())));
        columns.add(new RowsTableModel.Column<>(texts.get("column.text"), String.class, Disagreement::text));
        for (String a : annotators) {
            columns.add(new RowsTableModel.Column<>(a, Object.class, d -> d.answers().getOrDefault(a, List.of()).isEmpty()
                    ? "—" : d.answers().get(a).stream().map(Disagreement.Answer::label).collect(Collectors.joining(", "))));
        }
        columns.add(new RowsTableModel.Column<>(texts.get("column.offsets"), Object.class, d -> "[" + d.begin() + ", " + d.end() + ")"));
        return columns;
    }

    private void sizeDisagreementColumns() {
        if (disagreements.getColumnCount() < 3) {
            return;
        }
        disagreements.getColumnModel().getColumn(0).setPreferredWidth(220);
        disagreements.getColumnModel().getColumn(1).setPreferredWidth(80);
        disagreements.getColumnModel().getColumn(2).setPreferredWidth(260);
    }

    /** Text that may be Arabic: laid out right to left, with the whole text in the tooltip. */
    private static final class ArabicRenderer extends DefaultTableCellRenderer {
        @Override
        public java.awt.Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                                int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            String s = value == null ? "" : value.toString();
            boolean arabic = Bidi.isArabic(s);
            setComponentOrientation(arabic ? ComponentOrientation.RIGHT_TO_LEFT : ComponentOrientation.LEFT_TO_RIGHT);
            setHorizontalAlignment(arabic ? SwingConstants.RIGHT : SwingConstants.LEFT);
            setToolTipText(s.isEmpty() ? null : s);
            return this;
        }
    }
}
