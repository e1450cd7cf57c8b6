package dev.mizan.io.export;

import dev.mizan.model.AttributeDef;
import dev.mizan.model.Label;
import dev.mizan.model.Layer;
import dev.mizan.model.Project;
import dev.mizan.model.RelationType;
import dev.mizan.model.Span;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ExportWarning;
import dev.mizan.spi.ExportedFile;
import dev.mizan.spi.Exporter;
import dev.mizan.spi.Split;
import dev.mizan.store.AtomicFiles;
import dev.mizan.text.ArabicTokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code README.md} of an export folder: where the data comes from, documents, tokens and spans
 * per label and split, the files and the offset unit of each, the schema, the agreement of the source
 * annotations, and what the format could not express.
 */
public final class DatasetCard {
    /** How many warnings the card lists one by one. */
    static final int LISTED_WARNINGS = 100;

    private DatasetCard() {
    }

    /** Everything the card reports. */
    public record Facts(Project project, Exporter exporter, ExportRequest request, ExportData data, ExportReport report,
                        List<ExportWarning> checks, List<String> leftOut, List<String> agreement, Instant when) {
    }

    public static void write(Path file, Facts facts) throws IOException {
        AtomicFiles.write(file, render(facts).getBytes(StandardCharsets.UTF_8));
    }

    public static String render(Facts f) {
        ExportData data = f.data();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(data.projectName()).append(" — ").append(f.exporter().id()).append(" export\n\n");
        sb.append("Exported by Mizan on ").append(f.when().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .append(" from the project **").append(data.projectName()).append("**.\n\n");
        sb.append("- Format: `").append(f.exporter().id()).append("` — ").append(f.exporter().description()).append('\n');
        sb.append("- Source of the annotations: `").append(data.source()).append("` — ").append(sourceMeaning(f.request().source())).append('\n');
        sb.append("- Layer: ").append(f.request().options().chosenLayer().map(l -> "`" + l + "`")
                .orElse("token formats: `" + f.request().options().tokenLayer() + "`; span formats: every layer")).append('\n');
        sb.append("- Tag scheme (token formats): ").append(f.request().options().scheme())
                .append("; clitics split off: ").append(f.request().options().splitClitics() ? "yes" : "no").append('\n');
        sb.append("- Split: ").append(f.request().split() == null ? "none (every document in `all`)"
                : f.request().split() + " (train/validation/test) by document, seed " + f.request().seed()
                + ": the same project, split and seed always give the same split").append('\n');
        if (!f.leftOut().isEmpty()) {
            sb.append("- Left out (no annotations in this source): ").append(String.join(", ", f.leftOut())).append('\n');
        }

        List<Split> splits = data.splits();
        Map<Split, Long> tokens = new LinkedHashMap<>();
        Map<String, Map<Split, Integer>> spans = new TreeMap<>();
        for (ExportDocument d : data.documents()) {
            tokens.merge(d.split(), (long) ArabicTokenizer.tokenize(d.text()).size(), Long::sum);
            for (Span s : d.annotations().spans()) {
                spans.computeIfAbsent(s.layer() + "\t" + s.label(), k -> new HashMap<>()).merge(d.split(), 1, Integer::sum);
            }
        }
        sb.append("\n## Contents\n\n| split | documents | tokens | spans | relations |\n|---|---:|---:|---:|---:|\n");
        long allDocs = 0;
        long allTokens = 0;
        long allSpans = 0;
        long allRelations = 0;
        for (Split s : splits) {
            List<ExportDocument> in = data.in(s);
            long spanCount = in.stream().mapToLong(d -> d.annotations().spans().size()).sum();
            long relCount = in.stream().mapToLong(d -> d.annotations().relations().size()).sum();
            sb.append("| ").append(s.fileStem()).append(" | ").append(in.size()).append(" | ").append(tokens.getOrDefault(s, 0L))
                    .append(" | ").append(spanCount).append(" | ").append(relCount).append(" |\n");
            allDocs += in.size();
            allTokens += tokens.getOrDefault(s, 0L);
            allSpans += spanCount;
            allRelations += relCount;
        }
        if (splits.size() > 1) {
            sb.append("| **total** | ").append(allDocs).append(" | ").append(allTokens).append(" | ").append(allSpans)
                    .append(" | ").append(allRelations).append(" |\n");
        }
        sb.append("\nTokens are counted with Mizan's Arabic tokenizer (words, numbers and punctuation; clitics not split).");
        if (f.report().tokens() >= 0) {
            sb.append(" This format wrote ").append(f.report().tokens()).append(" tokens")
                    .append(f.request().options().splitClitics() ? " (proclitics split off as tokens of their own)" : "")
                    .append(", tagging the `").append(f.request().options().tokenLayer()).append("` layer only.");
        }
        sb.append('\n');

        sb.append("\n## Spans per label and split\n\nAll spans of the source, whether or not this format can hold them "
                + "(see the last sections for the layers written and what was left out).\n\n| layer | label |");
        splits.forEach(s -> sb.append(' ').append(s.fileStem()).append(" |"));
        sb.append(" total |\n|---|---|");
        splits.forEach(s -> sb.append("---:|"));
        sb.append("---:|\n");
        for (var e : spans.entrySet()) {
            String[] ll = e.getKey().split("\t");
            sb.append("| ").append(ll[0]).append(" | ").append(ll[1]).append(" |");
            int total = 0;
            for (Split s : splits) {
                int c = e.getValue().getOrDefault(s, 0);
                total += c;
                sb.append(' ').append(c).append(" |");
            }
            sb.append(' ').append(total).append(" |\n");
        }

        sb.append("\n## Files and offset units\n\n| file | offsets | contents |\n|---|---|---|\n");
        for (ExportedFile file : f.report().files()) {
            sb.append("| `").append(file.path()).append("` | ").append(file.offsetUnit()).append(" | ")
                    .append(file.description()).append(" |\n");
        }
        sb.append("| `README.md` | ").append(ExportedFile.NONE).append(" | this card |\n");
        sb.append("\nInside Mizan offsets are UTF-16 code units; files for Python tools count Unicode code points, "
                + "so `text[start:end]` in Python gives the span's text.\n");

        sb.append("\n## Schema\n");
        for (Layer layer : data.schema().layers()) {
            sb.append("\n### ").append(layer.name()).append(layer.arabicName().isEmpty() ? "" : " (" + layer.arabicName() + ")")
                    .append("\n\n").append(layer.description()).append("\n\n");
            for (Label l : layer.labels()) {
                sb.append("- `").append(l.name()).append("`").append(l.arabicName().isEmpty() ? "" : " " + l.arabicName())
                        .append(" — ").append(l.description()).append('\n');
            }
            for (AttributeDef a : layer.attributes()) {
                sb.append("- attribute `").append(a.name()).append("` (").append(a.type().name().toLowerCase(java.util.Locale.ROOT));
                if (!a.values().isEmpty()) {
                    sb.append(": ").append(String.join(", ", a.values()));
                }
                if (a.targetLayer() != null) {
                    sb.append(", links to ").append(a.targetLayer());
                }
                sb.append(") — ").append(a.description()).append('\n');
            }
        }
        if (!data.schema().relationTypes().isEmpty()) {
            sb.append("\n### Relations\n\n");
            for (RelationType r : data.schema().relationTypes()) {
                sb.append("- `").append(r.name()).append("` ").append(r.sourceLayer() == null ? "any" : r.sourceLayer())
                        .append(" → ").append(r.targetLayer() == null ? "any" : r.targetLayer()).append(" — ")
                        .append(r.description()).append('\n');
            }
        }

        sb.append("\n## Agreement of the source annotations\n\n");
        f.agreement().forEach(line -> sb.append(line).append('\n'));

        List<ExportWarning> warnings = new ArrayList<>(f.checks());
        warnings.addAll(f.report().warnings());
        sb.append("\n## What the format could not express\n\n");
        if (warnings.isEmpty()) {
            sb.append("Nothing: every annotation of the source is in the files.\n");
        } else {
            sb.append(warnings.size()).append(" annotation(s) could not be written as they are and were left out or "
                    + "written differently (UTF-16 offsets):\n\n");
            warnings.stream().limit(LISTED_WARNINGS).forEach(w -> sb.append("- ").append(w).append('\n'));
            if (warnings.size() > LISTED_WARNINGS) {
                sb.append("- … and ").append(warnings.size() - LISTED_WARNINGS).append(" more\n");
            }
        }

        sb.append("\n## Documents\n\n| id | title | source | split |\n|---|---|---|---|\n");
        for (ExportDocument d : data.documents()) {
            var src = d.document().source();
            String from = src.publisher() != null ? src.publisher() : src.url() != null ? src.url()
                    : src.fileName() != null ? src.fileName() : "";
            sb.append("| ").append(d.id()).append(" | ").append(cell(d.document().title())).append(" | ").append(cell(from))
                    .append(" | ").append(d.split().fileStem()).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace('\n', ' ');
    }

    private static String sourceMeaning(ExportSource source) {
        return switch (source.kind()) {
            case GOLD -> "the curated gold standard";
            case MAJORITY -> "a strict-majority merge of the annotators computed at export time (not curated)";
            case ANNOTATOR -> "the annotations of " + source.annotator() + " alone";
        };
    }
}
