package dev.mizan.workbench.agreement;

import dev.mizan.agreement.ConfusionMatrix;
import dev.mizan.workbench.shell.ReadingSplit;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Annotator pairs view: the pair heatmap of a chosen measure, and beside it the confusion matrix
 * of the chosen pair over matched spans, with the "missing" row and column.
 */
final class PairsPanel extends JPanel {
    private final AgreementSession session;
    private final AgreementTexts texts;
    private final JComboBox<String> measure = new JComboBox<>();
    private final HeatmapPanel heatmap;
    private final JLabel confusionTitle = new JLabel(" ");
    private final ConfusionModel confusionModel = new ConfusionModel();
    private final JTable confusion = new JTable(confusionModel);
    private boolean updating;

    PairsPanel(AgreementSession session) {
        super(new BorderLayout());
        this.session = session;
        this.texts = session.texts();
        setName("agreement.pairs");
        heatmap = new HeatmapPanel(session::choosePair);
        measure.setName("agreement.pairMeasure");
        measure.setRenderer(new MeasureRenderer(texts));
        measure.addActionListener(e -> {
            if (!updating) {
                session.choosePairMeasure((String) measure.getSelectedItem());
            }
        });
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
        top.add(new JLabel(texts.get("label.measure")));
        top.add(measure);
        JPanel upper = new JPanel(new BorderLayout());
        upper.add(top, BorderLayout.PAGE_START);
        upper.add(heatmap, BorderLayout.CENTER);
        JLabel hint = new JLabel(texts.get("hint.heatmap"));
        hint.setBorder(BorderFactory.createEmptyBorder(2, 8, 4, 8));
        hint.setEnabled(false);
        upper.add(hint, BorderLayout.PAGE_END);

        confusion.setName("agreement.confusion");
        confusion.setDefaultRenderer(Long.class, new CountRenderer());
        confusion.setAutoResizeMode(JTable.AUTO_RESIZE_ALL_COLUMNS);
        confusion.setRowHeight(Math.max(confusion.getRowHeight(), 22));
        confusion.setCellSelectionEnabled(true);
        confusionTitle.setName("agreement.confusionTitle");
        confusionTitle.setFont(confusionTitle.getFont().deriveFont(java.awt.Font.BOLD));
        confusionTitle.setBorder(BorderFactory.createEmptyBorder(6, 6, 3, 6));
        JPanel lower = new JPanel(new BorderLayout());
        lower.add(confusionTitle, BorderLayout.PAGE_START);
        lower.add(new JScrollPane(confusion), BorderLayout.CENTER);

        add(new ReadingSplit(upper, lower, 0.5), BorderLayout.CENTER);
        session.listen(AnnotatorPairsView.ID, this::refresh);
        refresh();
    }

    private void refresh() {
        updating = true;
        try {
            Optional<AgreementDashboard> dashboard = session.dashboard();
            String layer = session.layer();
            List<String> measures = dashboard.isPresent() && layer != null ? dashboard.get().pairMeasures(layer) : List.of();
            List<String> current = new ArrayList<>();
            for (int i = 0; i < measure.getItemCount(); i++) {
                current.add(measure.getItemAt(i));
            }
            if (!measures.equals(current)) {
                measure.setModel(new DefaultComboBoxModel<>(measures.toArray(String[]::new)));
            }
            if (!Objects.equals(measure.getSelectedItem(), session.pairMeasure())) {
                measure.setSelectedItem(session.pairMeasure());
            }
            if (dashboard.isPresent() && layer != null && session.pairMeasure() != null) {
                heatmap.show(dashboard.get().pairs(layer, session.pairMeasure()), session.pair());
            } else {
                heatmap.show(null, null);
            }
            Optional<ConfusionMatrix> matrix = dashboard.isPresent() && layer != null && session.pair() != null
                    ? dashboard.get().confusion(layer, session.pair()) : Optional.empty();
            confusionModel.show(matrix.orElse(null));
            confusionTitle.setText(matrix.map(m -> texts.format("section.confusion", m.pair().get(0), m.pair().get(1), m.layer()))
                    .orElse(texts.get("section.confusionNone")));
            if (confusion.getColumnCount() > 0) {
                confusion.getColumnModel().getColumn(0).setPreferredWidth(110);
                for (int i = 1; i < confusion.getColumnCount(); i++) {
                    confusion.getColumnModel().getColumn(i).setPreferredWidth(56);
                }
            }
        } finally {
            updating = false;
        }
    }

    /** Rows: the first annotator's labels; columns: the second's. */
    private final class ConfusionModel extends AbstractTableModel {
        private ConfusionMatrix matrix;
        private long max;

        void show(ConfusionMatrix next) {
            matrix = next;
            max = 0;
            if (next != null) {
                for (long[] row : next.counts()) {
                    for (long x : row) {
                        max = Math.max(max, x);
                    }
                }
            }
            fireTableStructureChanged();
        }

        @Override
        public int getRowCount() {
            return matrix == null ? 0 : matrix.labels().size();
        }

        @Override
        public int getColumnCount() {
            return matrix == null ? 0 : matrix.labels().size() + 1;
        }

        @Override
        public String getColumnName(int column) {
            return column == 0 ? "" : name(matrix.labels().get(column - 1));
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? String.class : Long.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            return column == 0 ? name(matrix.labels().get(row)) : matrix.counts()[row][column - 1];
        }

        private String name(String label) {
            return ConfusionMatrix.MISSING.equals(label) ? texts.get("label.missing") : label;
        }
    }

    /** A count shaded by its share of the largest: agreement on the diagonal, confusion off it. */
    private final class CountRenderer extends DefaultTableCellRenderer {
        CountRenderer() {
            setHorizontalAlignment(SwingConstants.CENTER);
        }

        @Override
        public Component getTableCellRendererComponent(javax.swing.JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            long count = value == null ? 0 : (Long) value;
            super.getTableCellRendererComponent(table, count == 0 ? "·" : String.valueOf(count), selected, focus, row, column);
            if (!selected) {
                Color fill = HeatColors.count(count, confusionModel.max, row == column - 1);
                setBackground(fill);
                setForeground(count == 0 ? HeatColors.grid() : HeatColors.textOn(fill));
            }
            return this;
        }
    }
}
