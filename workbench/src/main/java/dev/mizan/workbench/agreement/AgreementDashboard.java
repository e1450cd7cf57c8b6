package dev.mizan.workbench.agreement;

import dev.mizan.agreement.AgreementReport;
import dev.mizan.agreement.ConfusionMatrix;
import dev.mizan.agreement.Disagreement;
import dev.mizan.agreement.ReportEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the Agreement perspective shows of one report, for one layer: the corpus values, the per-label
 * table, the annotator-pair grid, the documents from least to most agreement, confusion matrices and
 * disagreements. Swing-free, so plain tests can read what the views will show.
 */
public final class AgreementDashboard {
    /** The measures of the per-label table, in its column order. */
    public static final List<String> LABEL_MEASURES = List.of("krippendorff-alpha-u", "span-f1-exact", "span-f1-overlap");

    /** One measure of the corpus: value, interval and the units behind it. */
    public record ValueRow(String measure, ReportEntry entry) {
    }

    /** One label of the layer with its values, in {@link #LABEL_MEASURES} order (null when absent). */
    public record LabelRow(String label, List<ReportEntry> entries) {
    }

    /** One document's value of the chosen measure. */
    public record DocumentRow(String documentId, String title, ReportEntry entry) {
    }

    /**
     * The chosen measure for every pair of annotators; {@code cells[i][j]} is null on the diagonal and
     * where the report has no value.
     */
    public record PairGrid(String measure, List<String> annotators, ReportEntry[][] cells) {
        public Optional<ReportEntry> cell(int row, int column) {
            return Optional.ofNullable(cells[row][column]);
        }
    }

    private final AgreementReport report;
    private final Function<String, String> titles;

    /**
     * @param report the report to show
     * @param titles a document's title by id (the id itself when it has none)
     */
    public AgreementDashboard(AgreementReport report, Function<String, String> titles) {
        this.report = Objects.requireNonNull(report, "report");
        this.titles = titles;
    }

    public AgreementReport report() {
        return report;
    }

    /** The layers the report covers, in its order. */
    public List<String> layers() {
        return report.entries().stream().map(ReportEntry::layer).distinct().toList();
    }

    /** The layer-level corpus values for all annotators together, in {@link MeasureNames#ORDER}. */
    public List<ValueRow> corpusValues(String layer) {
        return report.entries().stream()
                .filter(e -> e.document() == null && e.label() == null && e.pair() == null && e.layer().equals(layer))
                .sorted(Comparator.comparingInt((ReportEntry e) -> MeasureNames.rank(e.measure())).thenComparing(ReportEntry::measure))
                .map(e -> new ValueRow(e.measure(), e))
                .toList();
    }

    /** The corpus value of a measure for all annotators, or for a pair. */
    public Optional<ReportEntry> corpusValue(String layer, String measure, String label, List<String> pair) {
        return report.entries().stream()
                .filter(e -> e.document() == null && e.layer().equals(layer) && e.measure().equals(measure)
                        && Objects.equals(e.label(), label) && Objects.equals(e.pair(), pair))
                .findFirst();
    }

    /** Every label of the layer that has a value of the per-label measures, all annotators together. */
    public List<LabelRow> labels(String layer) {
        Set<String> labels = new LinkedHashSet<>();
        Map<String, Map<String, ReportEntry>> byLabel = new java.util.HashMap<>();
        for (ReportEntry e : report.entries()) {
            if (e.document() == null && e.pair() == null && e.label() != null && e.layer().equals(layer)
                    && LABEL_MEASURES.contains(e.measure())) {
                labels.add(e.label());
                byLabel.computeIfAbsent(e.label(), k -> new java.util.HashMap<>()).put(e.measure(), e);
            }
        }
        List<LabelRow> rows = new ArrayList<>();
        for (String label : labels) {
            Map<String, ReportEntry> m = byLabel.get(label);
            rows.add(new LabelRow(label, LABEL_MEASURES.stream().map(m::get).toList()));
        }
        return rows;
    }

    /** The measures the report has for pairs of annotators on a layer (for the heatmap's chooser). */
    public List<String> pairMeasures(String layer) {
        return report.entries().stream()
                .filter(e -> e.document() == null && e.label() == null && e.pair() != null && e.layer().equals(layer))
                .map(ReportEntry::measure).distinct()
                .sorted(Comparator.comparingInt(MeasureNames::rank).thenComparing(Function.identity()))
                .toList();
    }

    /** The measures the report has per document on a layer (for the document list's chooser). */
    public List<String> documentMeasures(String layer) {
        return report.entries().stream()
                .filter(e -> e.document() != null && e.label() == null && e.pair() == null && e.layer().equals(layer))
                .map(ReportEntry::measure).distinct()
                .sorted(Comparator.comparingInt(MeasureNames::rank).thenComparing(Function.identity()))
                .toList();
    }

    /** The chosen measure for every pair of the report's annotators, both halves filled. */
    public PairGrid pairs(String layer, String measure) {
        List<String> annotators = report.annotators();
        int n = annotators.size();
        ReportEntry[][] cells = new ReportEntry[n][n];
        for (ReportEntry e : report.entries()) {
            if (e.document() == null && e.label() == null && e.pair() != null && e.layer().equals(layer)
                    && e.measure().equals(measure)) {
                int i = annotators.indexOf(e.pair().get(0));
                int j = annotators.indexOf(e.pair().get(1));
                if (i >= 0 && j >= 0) {
                    cells[i][j] = e;
                    cells[j][i] = e;
                }
            }
        }
        return new PairGrid(measure, annotators, cells);
    }

    /**
     * Every document's value of a measure for all annotators, least agreement first; documents where
     * the value is undefined come last, as there is nothing to rank them by.
     */
    public List<DocumentRow> documents(String layer, String measure) {
        return report.entries().stream()
                .filter(e -> e.document() != null && e.label() == null && e.pair() == null && e.layer().equals(layer)
                        && e.measure().equals(measure))
                .sorted(Comparator.comparing((ReportEntry e) -> !e.value().isDefined())
                        .thenComparingDouble(e -> e.value().isDefined() ? e.value().get() : 0)
                        .thenComparing(ReportEntry::document))
                .map(e -> new DocumentRow(e.document(), titles.apply(e.document()), e))
                .toList();
    }

    /** The confusion matrix of a pair on a layer, whichever way round the pair is given. */
    public Optional<ConfusionMatrix> confusion(String layer, List<String> pair) {
        Optional<ConfusionMatrix> same = report.confusions().stream()
                .filter(c -> c.layer().equals(layer) && c.pair().equals(pair)).findFirst();
        if (same.isPresent() || pair.size() != 2) {
            return same;
        }
        List<String> swapped = List.of(pair.get(1), pair.get(0));
        return report.confusions().stream()
                .filter(c -> c.layer().equals(layer) && c.pair().equals(swapped)).findFirst()
                .map(AgreementDashboard::transpose);
    }

    private static ConfusionMatrix transpose(ConfusionMatrix c) {
        int k = c.labels().size();
        long[][] t = new long[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                t[j][i] = c.counts()[i][j];
            }
        }
        return new ConfusionMatrix(c.layer(), List.of(c.pair().get(1), c.pair().get(0)), c.labels(), t);
    }

    /** The disagreements on a layer, most severe first; only those of one document when it is given. */
    public List<Disagreement> disagreements(String layer, String documentId) {
        return report.disagreements().stream()
                .filter(d -> d.layer().equals(layer) && (documentId == null || d.document().equals(documentId)))
                .toList();
    }

    /** How many disagreements each document has on a layer. */
    public Map<String, Long> disagreementCounts(String layer) {
        return report.disagreements().stream().filter(d -> d.layer().equals(layer))
                .collect(Collectors.groupingBy(Disagreement::document, Collectors.counting()));
    }

    /** The document's title, for lists. */
    public String title(String documentId) {
        return titles.apply(documentId);
    }
}
