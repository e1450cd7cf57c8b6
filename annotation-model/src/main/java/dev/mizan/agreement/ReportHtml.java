package dev.mizan.agreement;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The report as one self-contained HTML file (inline CSS and SVG, no scripts, nothing fetched from the
 * network): a summary, per layer a per-label table with a bar chart of α_u and its 95% interval, a
 * heatmap of α_u per annotator pair, the confusion matrices, and the ranked disagreements.
 */
public final class ReportHtml {
    private static final int TOP_DISAGREEMENTS = 200;
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic",sans-serif;margin:24px;color:#1d2733;max-width:1200px}
            h1{font-size:22px;margin:0 0 4px} h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d7dde4;padding-bottom:4px}
            h3{font-size:15px;margin:18px 0 6px} p.note{color:#5b6876;font-size:13px;margin:4px 0}
            .cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
            .card{border:1px solid #d7dde4;border-radius:8px;padding:10px 14px;min-width:170px;background:#f8fafc}
            .card .v{font-size:22px;font-weight:600} .card .k{font-size:12px;color:#5b6876}
            table{border-collapse:collapse;font-size:13px;margin:6px 0}
            th,td{border:1px solid #d7dde4;padding:3px 8px;text-align:right} th{background:#eef2f6}
            td.l,th.l{text-align:left} td.ar{text-align:right;direction:rtl;font-size:15px}
            .undef{color:#a0522d;font-style:italic} .flex{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
            .kind-label{color:#b3261e;font-weight:600} .kind-missing{color:#8a5300} .kind-boundary{color:#235a97} .kind-attribute{color:#4b5563}
            """;

    private ReportHtml() {
    }

    public static void write(AgreementReport report, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Agreement – ").append(esc(report.project())).append("</title><style>")
                .append(CSS).append("</style></head><body>\n");
        h.append("<h1>Inter-annotator agreement: ").append(esc(report.project())).append("</h1>\n");
        h.append("<p class=\"note\">").append(report.documents().size()).append(" documents · annotators ")
                .append(esc(String.join(", ", report.annotators()))).append(" · corpus values pool all documents (not an average of documents) · 95% intervals from ")
                .append(report.resamples()).append(" bootstrap resamples of documents, seed ").append(report.seed()).append("</p>\n");
        if (!report.skipped().isEmpty()) {
            h.append("<p class=\"note\">Left out because not every annotator annotated them: ")
                    .append(report.skipped().size()).append(" documents.</p>\n");
        }
        summary(report, h);
        List<String> layers = report.entries().stream().map(ReportEntry::layer).distinct().toList();
        for (String layer : layers) {
            layerSection(report, layer, h);
        }
        documents(report, h);
        disagreements(report, h);
        h.append("</body></html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static Optional<ReportEntry> corpus(AgreementReport r, String measure, String layer, String label, List<String> pair) {
        return r.corpusEntries().stream().filter(e -> e.measure().equals(measure) && e.layer().equals(layer)
                && Objects.equals(e.label(), label) && Objects.equals(e.pair(), pair)).findFirst();
    }

    private static void summary(AgreementReport r, StringBuilder h) {
        h.append("<h2>Summary</h2><div class=\"cards\">\n");
        for (String layer : r.entries().stream().map(ReportEntry::layer).distinct().toList()) {
            card(h, layer + " · α_u", corpus(r, "krippendorff-alpha-u", layer, null, null));
            card(h, layer + " · span F1 (overlap)", corpus(r, "span-f1-overlap", layer, null, null));
            card(h, layer + " · token α", corpus(r, "krippendorff-alpha", layer, null, null));
        }
        h.append("</div>\n");
    }

    private static void card(StringBuilder h, String key, Optional<ReportEntry> e) {
        h.append("<div class=\"card\"><div class=\"k\">").append(esc(key)).append("</div><div class=\"v\">");
        h.append(e.map(x -> value(x)).orElse("–")).append("</div><div class=\"k\">");
        e.ifPresent(x -> h.append(x.ci() == null ? "" : "95% CI " + ci(x)).append(" · n = ").append(x.n()));
        h.append("</div></div>\n");
    }

    private static String value(ReportEntry e) {
        return e.value().isDefined() ? ReportText.fmt(e.value().get())
                : "<span class=\"undef\" title=\"" + esc(e.value().reason()) + "\">undefined</span>";
    }

    private static String ci(ReportEntry e) {
        return e.ci() == null ? "" : "[" + ReportText.fmt(e.ci().low()) + ", " + ReportText.fmt(e.ci().high()) + "]";
    }

    private static void layerSection(AgreementReport r, String layer, StringBuilder h) {
        h.append("<h2>Layer ").append(esc(layer)).append("</h2>\n");
        List<String> labels = r.corpusEntries().stream()
                .filter(e -> e.layer().equals(layer) && e.measure().equals("krippendorff-alpha-u") && e.label() != null)
                .map(ReportEntry::label).distinct().toList();
        h.append("<div class=\"flex\"><div><h3>Per label, all annotators</h3><table><tr><th class=\"l\">label</th>")
                .append("<th>α_u</th><th>95% CI</th><th>F1 exact</th><th>F1 overlap</th><th>95% CI</th><th>spans</th></tr>\n");
        for (String label : labels) {
            Optional<ReportEntry> a = corpus(r, "krippendorff-alpha-u", layer, label, null);
            Optional<ReportEntry> ex = corpus(r, "span-f1-exact", layer, label, null);
            Optional<ReportEntry> ov = corpus(r, "span-f1-overlap", layer, label, null);
            h.append("<tr><td class=\"l\">").append(esc(label)).append("</td><td>").append(a.map(ReportHtml::value).orElse(""))
                    .append("</td><td>").append(a.map(ReportHtml::ci).orElse("")).append("</td><td>")
                    .append(ex.map(ReportHtml::value).orElse("")).append("</td><td>").append(ov.map(ReportHtml::value).orElse(""))
                    .append("</td><td>").append(ov.map(ReportHtml::ci).orElse("")).append("</td><td>")
                    .append(a.map(x -> Long.toString(x.n())).orElse("")).append("</td></tr>\n");
        }
        h.append("</table></div><div><h3>α_u per label with 95% CI</h3>");
        bars(r, layer, labels, h);
        h.append("</div><div><h3>α_u per annotator pair</h3>");
        heatmap(r, layer, h);
        h.append("</div></div>\n");
        h.append("<h3>Every corpus value of the layer</h3><table><tr><th class=\"l\">measure</th><th class=\"l\">label / attribute / link</th>")
                .append("<th class=\"l\">annotators</th><th>value</th><th>95% CI</th><th>n</th></tr>\n");
        for (ReportEntry e : r.corpusEntries()) {
            if (!e.layer().equals(layer) || (e.label() != null && e.measure().equals("krippendorff-alpha-u"))
                    || (e.label() != null && e.measure().startsWith("span-f1"))) {
                continue;
            }
            h.append("<tr><td class=\"l\">").append(esc(e.measure())).append("</td><td class=\"l\">")
                    .append(e.label() == null ? "(all)" : esc(e.label())).append("</td><td class=\"l\">")
                    .append(e.pair() == null ? "(all)" : esc(e.pair().get(0) + " – " + e.pair().get(1)))
                    .append("</td><td>").append(value(e)).append("</td><td>").append(ci(e)).append("</td><td>")
                    .append(e.n()).append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (ConfusionMatrix m : r.confusions()) {
            if (m.layer().equals(layer)) {
                confusion(m, h);
            }
        }
    }

    private static void bars(AgreementReport r, String layer, List<String> labels, StringBuilder h) {
        int rowHeight = 22;
        int left = 70;
        int width = 320;
        int height = rowHeight * labels.size() + 30;
        double min = 0;
        for (String label : labels) {
            Optional<ReportEntry> e = corpus(r, "krippendorff-alpha-u", layer, label, null);
            if (e.isPresent() && e.get().ci() != null) {
                min = Math.min(min, e.get().ci().low());
            } else if (e.isPresent() && e.get().value().isDefined()) {
                min = Math.min(min, e.get().value().get());
            }
        }
        min = Math.max(-1, Math.floor(min * 4) / 4);
        double range = 1 - min;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(left + width + 20).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"alpha_u per label\" font-size=\"11\">\n");
        for (double tick = min; tick <= 1.0001; tick += 0.25) {
            double x = left + (tick - min) / range * width;
            h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e8ee\"/>", x, x, height - 20));
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#5b6876\">%.2f</text>%n", x, height - 6, tick));
        }
        double zero = left + (0 - min) / range * width;
        for (int i = 0; i < labels.size(); i++) {
            int y = i * rowHeight + 4;
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", left - 6, y + 13, esc(labels.get(i))));
            Optional<ReportEntry> e = corpus(r, "krippendorff-alpha-u", layer, labels.get(i), null);
            if (e.isEmpty() || !e.get().value().isDefined()) {
                h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#a0522d\" font-style=\"italic\">undefined</text>%n", zero + 4, y + 13));
                continue;
            }
            double v = e.get().value().get();
            double x = left + (v - min) / range * width;
            h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"><title>%s: %.3f</title></rect>",
                    Math.min(zero, x), y + 2, Math.abs(x - zero), color(v), esc(labels.get(i)), v));
            if (e.get().ci() != null) {
                double lo = left + (e.get().ci().low() - min) / range * width;
                double hi = left + (e.get().ci().high() - min) / range * width;
                h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1d2733\"/>", lo, y + 9, hi, y + 9));
                h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1d2733\"/>", lo, y + 4, lo, y + 14));
                h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1d2733\"/>", hi, y + 4, hi, y + 14));
            }
            h.append('\n');
        }
        h.append("</svg>\n");
    }

    private static void heatmap(AgreementReport r, String layer, StringBuilder h) {
        List<String> a = r.annotators();
        int cell = 56;
        int left = 90;
        int top = 24;
        int size = left + cell * a.size() + 10;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(size).append("\" height=\"")
                .append(top + cell * a.size() + 10).append("\" role=\"img\" aria-label=\"alpha_u per annotator pair\" font-size=\"11\">\n");
        for (int i = 0; i < a.size(); i++) {
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>", left + i * cell + cell / 2, top - 8, esc(short12(a.get(i)))));
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", left - 6, top + i * cell + cell / 2 + 4, esc(short12(a.get(i)))));
            for (int j = 0; j < a.size(); j++) {
                int x = left + j * cell;
                int y = top + i * cell;
                if (i == j) {
                    h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f1f3f5\" stroke=\"#fff\"/>", x, y, cell, cell));
                    continue;
                }
                List<String> pair = i < j ? List.of(a.get(i), a.get(j)) : List.of(a.get(j), a.get(i));
                Optional<ReportEntry> e = corpus(r, "krippendorff-alpha-u", layer, null, pair);
                boolean defined = e.isPresent() && e.get().value().isDefined();
                double v = defined ? e.get().value().get() : 0;
                h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\"><title>%s – %s: %s</title></rect>",
                        x, y, cell, cell, defined ? color(v) : "#ddd", esc(pair.get(0)), esc(pair.get(1)),
                        defined ? ReportText.fmt(v) : "undefined"));
                h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#fff\" font-weight=\"600\">%s</text>%n",
                        x + cell / 2, y + cell / 2 + 4, defined ? ReportText.fmt(v) : "–"));
            }
        }
        h.append("</svg>\n");
    }

    private static String short12(String s) {
        return s.length() > 12 ? s.substring(0, 11) + "…" : s;
    }

    /** Red below 0.667, amber to 0.8, green above: Krippendorff's suggested thresholds. */
    private static String color(double v) {
        if (v >= 0.8) {
            return "#2e7d4f";
        }
        if (v >= 0.667) {
            return "#c98a12";
        }
        return "#b3261e";
    }

    private static void confusion(ConfusionMatrix m, StringBuilder h) {
        h.append("<h3>Matched spans: ").append(esc(m.pair().get(0))).append(" (rows) × ").append(esc(m.pair().get(1)))
                .append(" (columns)</h3><table><tr><th></th>");
        for (String l : m.labels()) {
            h.append("<th>").append(esc(l)).append("</th>");
        }
        h.append("</tr>\n");
        for (int i = 0; i < m.labels().size(); i++) {
            h.append("<tr><th class=\"l\">").append(esc(m.labels().get(i))).append("</th>");
            for (int j = 0; j < m.labels().size(); j++) {
                long c = m.counts()[i][j];
                String style = c == 0 ? "" : i == j ? " style=\"background:#dff3e6\"" : " style=\"background:#fbe3e1\"";
                h.append("<td").append(style).append('>').append(i == j && i == m.labels().size() - 1 ? "" : c).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** The documents with the lowest α_u over all labels and annotators, per layer: where to look first. */
    private static void documents(AgreementReport r, StringBuilder h) {
        h.append("<h2>Documents with the lowest α_u (all labels, all annotators)</h2>\n<div class=\"flex\">");
        for (String layer : r.entries().stream().map(ReportEntry::layer).distinct().toList()) {
            List<ReportEntry> worst = lowestDocuments(r, layer, 15);
            h.append("<div><h3>").append(esc(layer)).append("</h3><table><tr><th class=\"l\">document</th><th>α_u</th><th>spans</th></tr>\n");
            for (ReportEntry e : worst) {
                h.append("<tr><td class=\"l\">").append(esc(e.document())).append("</td><td>").append(value(e))
                        .append("</td><td>").append(e.n()).append("</td></tr>\n");
            }
            h.append("</table></div>\n");
        }
        h.append("</div>\n");
    }

    /** Per-document α_u entries of a layer (all labels, all annotators), lowest first, undefined last. */
    static List<ReportEntry> lowestDocuments(AgreementReport r, String layer, int limit) {
        return r.entries().stream().filter(e -> e.document() != null && e.layer().equals(layer)
                        && e.measure().equals("krippendorff-alpha-u") && e.label() == null && e.pair() == null)
                .sorted(java.util.Comparator.comparingDouble(e -> e.value().isDefined() ? e.value().get() : Double.MAX_VALUE))
                .limit(limit).toList();
    }

    private static void disagreements(AgreementReport r, StringBuilder h) {
        h.append("<h2>Disagreements (").append(r.disagreements().size()).append(", most severe first")
                .append(r.disagreements().size() > TOP_DISAGREEMENTS ? "; the first " + TOP_DISAGREEMENTS + " shown" : "")
                .append(")</h2>\n<table><tr><th class=\"l\">document</th><th class=\"l\">layer</th><th>offsets (UTF-16)</th><th class=\"l\">kind</th><th>text</th>");
        for (String a : r.annotators()) {
            h.append("<th class=\"l\">").append(esc(a)).append("</th>");
        }
        h.append("</tr>\n");
        r.disagreements().stream().limit(TOP_DISAGREEMENTS).forEach(d -> {
            h.append("<tr><td class=\"l\">").append(esc(d.document())).append("</td><td class=\"l\">").append(esc(d.layer()))
                    .append("</td><td>").append(d.begin()).append("–").append(d.end()).append("</td><td class=\"l kind-")
                    .append(d.kind()).append("\">").append(d.kind()).append("</td><td class=\"ar\" dir=\"rtl\">")
                    .append(esc(d.text())).append("</td>");
            for (String a : r.annotators()) {
                List<Disagreement.Answer> answers = d.answers().getOrDefault(a, List.of());
                h.append("<td class=\"l\">").append(answers.isEmpty() ? "—"
                        : esc(String.join("; ", answers.stream().map(Disagreement.Answer::describe).toList()))).append("</td>");
            }
            h.append("</tr>\n");
        });
        h.append("</table>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
