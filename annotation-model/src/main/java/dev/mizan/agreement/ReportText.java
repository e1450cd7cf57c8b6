package dev.mizan.agreement;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report for the terminal: aligned tables of corpus values, confusion matrices and the top disagreements. */
public final class ReportText {
    private static final int TOP_DISAGREEMENTS = 25;

    private ReportText() {
    }

    public static void write(AgreementReport report, Writer out) throws IOException {
        out.write("Agreement in " + report.project() + ": " + report.documents().size() + " documents, annotators "
                + String.join(", ", report.annotators()) + "\n");
        if (!report.skipped().isEmpty()) {
            out.write("Left out (not annotated by every annotator): " + report.skipped().size() + " documents\n");
        }
        out.write("Corpus values pool all documents; 95% intervals from " + report.resamples()
                + " bootstrap resamples of documents (seed " + report.seed() + ").\n");
        List<String> layers = report.entries().stream().map(ReportEntry::layer).distinct().toList();
        for (String layer : layers) {
            out.write("\n== " + layer + " ==\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"measure", "label", "annotators", "value", "95% CI", "n", "note"});
            for (ReportEntry e : report.corpusEntries()) {
                if (!e.layer().equals(layer)) {
                    continue;
                }
                rows.add(new String[]{e.measure(), e.label() == null ? "(all)" : e.label(),
                        e.pair() == null ? "(all)" : e.pair().get(0) + "–" + e.pair().get(1),
                        e.value().isDefined() ? fmt(e.value().get()) : "undefined",
                        e.ci() == null ? "" : "[" + fmt(e.ci().low()) + ", " + fmt(e.ci().high()) + "]",
                        Long.toString(e.n()), e.value().isDefined() ? "" : e.value().reason()});
            }
            table(rows, out);
            for (ConfusionMatrix m : report.confusions()) {
                if (m.layer().equals(layer)) {
                    confusion(m, out);
                }
            }
            List<ReportEntry> worst = ReportHtml.lowestDocuments(report, layer, 10);
            if (!worst.isEmpty()) {
                out.write("\nDocuments with the lowest α_u (all labels, all annotators):\n");
                List<String[]> docRows = new ArrayList<>();
                docRows.add(new String[]{"document", "α_u", "spans"});
                for (ReportEntry e : worst) {
                    docRows.add(new String[]{e.document(), e.value().isDefined() ? fmt(e.value().get()) : "undefined",
                            Long.toString(e.n())});
                }
                table(docRows, out);
            }
        }
        out.write("\n== Disagreements (" + report.disagreements().size() + ", most severe first) ==\n");
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("document", "layer", "offsets", "kind", "text"));
        header.addAll(report.annotators());
        rows.add(header.toArray(String[]::new));
        report.disagreements().stream().limit(TOP_DISAGREEMENTS).forEach(d -> {
            List<String> row = new ArrayList<>(List.of(d.document(), d.layer(), d.begin() + "–" + d.end(), d.kind(),
                    d.text().length() > 40 ? d.text().substring(0, 40) + "…" : d.text()));
            for (String a : report.annotators()) {
                List<Disagreement.Answer> answers = d.answers().getOrDefault(a, List.of());
                row.add(answers.isEmpty() ? "—" : String.join("; ", answers.stream().map(Disagreement.Answer::describe).toList()));
            }
            rows.add(row.toArray(String[]::new));
        });
        table(rows, out);
        if (report.disagreements().size() > TOP_DISAGREEMENTS) {
            out.write("(" + (report.disagreements().size() - TOP_DISAGREEMENTS) + " more in --format json, csv or html)\n");
        }
        out.flush();
    }

    private static void confusion(ConfusionMatrix m, Writer out) throws IOException {
        out.write("\nMatched spans, " + m.pair().get(0) + " (rows) × " + m.pair().get(1) + " (columns):\n");
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(m.labels());
        rows.add(header.toArray(String[]::new));
        for (int i = 0; i < m.labels().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(m.labels().get(i));
            for (int j = 0; j < m.labels().size(); j++) {
                row.add(i == m.labels().size() - 1 && j == i ? "" : Long.toString(m.counts()[i][j]));
            }
            rows.add(row.toArray(String[]::new));
        }
        table(rows, out);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static void table(List<String[]> rows, Writer out) throws IOException {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(row[c]);
                if (c < columns - 1) {
                    line.append(" ".repeat(width[c] - row[c].codePointCount(0, row[c].length()) + 2));
                }
            }
            out.write(line.toString().stripTrailing() + "\n");
        }
    }
}
