package dev.mizan.io.export;

import dev.mizan.agreement.AgreementOptions;
import dev.mizan.agreement.AgreementReport;
import dev.mizan.agreement.ProjectAgreement;
import dev.mizan.agreement.ReportEntry;
import dev.mizan.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The card's agreement section from the agreement engine: every corpus-level value over all
 * annotators together (per layer and measure, all labels), with its 95% bootstrap interval. These are
 * the agreement figures of the annotators' independent passes, whatever the export's source is:
 * they say how reliable the annotation scheme was on this data.
 */
public final class ProjectAgreementFigures implements AgreementFigures {
    /** Fewer resamples than the agreement command: the card needs the order of magnitude, fast. */
    static final int RESAMPLES = 200;

    private final List<String> layers;

    /** @param layers the layers to report, or empty for every layer */
    public ProjectAgreementFigures(List<String> layers) {
        this.layers = List.copyOf(layers);
    }

    @Override
    public List<String> describe(Project project, ExportSource source) {
        if (project.annotators().size() < 2) {
            return List.of("Only " + project.annotators().size() + " annotator(s): agreement cannot be measured.");
        }
        AgreementReport report;
        try {
            report = ProjectAgreement.compute(project, AgreementOptions.defaults().withLayers(layers).withResamples(RESAMPLES));
        } catch (RuntimeException e) {
            return List.of("Agreement could not be computed: " + e.getMessage());
        }
        List<String> lines = new ArrayList<>();
        lines.add("Agreement of the annotators' independent passes (" + String.join(", ", report.annotators()) + ") over "
                + report.documents().size() + " document(s), before curation; 95% intervals from " + report.resamples()
                + " bootstrap resamples of documents (seed " + report.seed() + "). `mizan agreement` gives the full report "
                + "(per label, per pair, per document).");
        lines.add("");
        lines.add("| layer | measure | value | 95% interval | n |");
        lines.add("|---|---|---:|---|---:|");
        for (ReportEntry e : report.corpusEntries()) {
            if (e.pair() != null || e.label() != null) {
                continue;
            }
            String value = e.value().isDefined() ? String.format(Locale.ROOT, "%.3f", e.value().get()) : "undefined (" + e.value().reason() + ")";
            String ci = e.ci() == null ? "" : String.format(Locale.ROOT, "[%.3f, %.3f]", e.ci().low(), e.ci().high());
            lines.add("| " + e.layer() + " | " + e.measure() + " | " + value + " | " + ci + " | " + e.n() + " |");
        }
        if (!report.skipped().isEmpty()) {
            lines.add("");
            lines.add("Documents not annotated by every annotator were left out of these figures: "
                    + String.join(", ", report.skipped()) + ".");
        }
        return lines;
    }
}
