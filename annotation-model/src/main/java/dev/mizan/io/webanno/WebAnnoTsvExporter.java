package dev.mizan.io.webanno;

import dev.mizan.io.export.ExportFiles;
import dev.mizan.io.export.Labels;
import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Layer;
import dev.mizan.model.Relation;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ExportWarning;
import dev.mizan.spi.ExportedFile;
import dev.mizan.spi.Exporter;
import dev.mizan.spi.Split;
import dev.mizan.text.ArabicTokenizer;
import dev.mizan.text.Sentence;
import dev.mizan.text.SentenceSplitter;
import dev.mizan.text.Token;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * WebAnno TSV 3.3, the interchange format of WebAnno and INCEpTION: one {@code <id>.tsv} per document
 * (in a folder per split). The entity layer is written as DKPro's {@code NamedEntity} ({@code value} =
 * label), so it lands in INCEpTION's built-in Named Entity layer; other span layers as
 * {@code webanno.custom.<Layer>} with a {@code label} feature and their enum, boolean and text
 * attributes; relations between spans of the first written layer as {@code webanno.custom.Relation}.
 * Offsets are UTF-16 units, as in INCEpTION. A span that starts or ends inside a token is written on a
 * sub-token row ({@code 1-3.1}), never moved. Link attributes (holder, target, claimant) would need
 * INCEpTION slot features, which this exporter does not write: each document reports how many were left out.
 */
public final class WebAnnoTsvExporter implements Exporter {
    static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    static final String RELATION = "webanno.custom.Relation";

    @Override
    public String id() {
        return "webanno-tsv";
    }

    @Override
    public String description() {
        return "WebAnno TSV 3.3 for INCEpTION/WebAnno: one .tsv per document, UTF-16 offsets";
    }

    /** A span layer as written: its type name and feature columns. */
    record LayerColumns(String layer, String type, List<String> features, List<AttributeDef> attributes) {
    }

    @Override
    public ExportReport export(ExportData data, ExportOptions options, Path outDir) throws IOException {
        List<LayerColumns> layers = new ArrayList<>();
        for (String layer : Labels.layers(data, options.chosenLayer())) {
            layers.add(columns(data.schema(), layer));
        }
        List<ExportedFile> files = new ArrayList<>();
        List<ExportWarning> warnings = new ArrayList<>();
        for (Split split : data.splits()) {
            Path dir = split == Split.ALL ? outDir : outDir.resolve(split.fileStem());
            for (ExportDocument doc : data.in(split)) {
                try (BufferedWriter w = ExportFiles.writer(dir.resolve(doc.id() + ".tsv"))) {
                    new DocumentWriter(doc, layers, warnings).write(w);
                }
            }
            String where = split == Split.ALL ? "" : split.fileStem() + "/";
            files.add(new ExportedFile(where + "*.tsv", ExportedFile.UTF16,
                    split.fileStem() + " split: one WebAnno TSV 3.3 file per document"));
        }
        return new ExportReport(files, warnings, -1);
    }

    static LayerColumns columns(Schema schema, String layer) {
        Optional<Layer> def = schema.layer(layer);
        List<AttributeDef> attributes = def.map(Layer::attributes).orElse(List.of()).stream()
                .filter(a -> a.type() != AttributeType.LINK).toList();
        List<String> features = new ArrayList<>();
        String type;
        if (layer.equals("entity")) {
            type = NAMED_ENTITY;
            features.add("identifier");
            features.add("value");
        } else {
            type = "webanno.custom." + layer.substring(0, 1).toUpperCase(Locale.ROOT) + layer.substring(1);
            features.add("label");
        }
        attributes.forEach(a -> features.add(a.name()));
        return new LayerColumns(layer, type, features, attributes);
    }

    /** Writes one document. */
    static final class DocumentWriter {
        private final ExportDocument doc;
        private final List<LayerColumns> layers;
        private final List<ExportWarning> warnings;
        private final Map<String, List<Row>> rowsOfSpan = new HashMap<>();
        private final Map<Row, List<Span>> spansOfRow = new HashMap<>();

        /** A row: a token, or the part of a token that a span covers. */
        record Row(String address, int begin, int end) {
        }

        DocumentWriter(ExportDocument doc, List<LayerColumns> layers, List<ExportWarning> warnings) {
            this.doc = doc;
            this.layers = layers;
            this.warnings = warnings;
        }

        void write(Appendable out) throws IOException {
            String text = doc.text();
            out.append("#FORMAT=WebAnno TSV 3.3\n");
            for (LayerColumns l : layers) {
                out.append("#T_SP=").append(l.type()).append('|').append(String.join("|", l.features())).append('\n');
            }
            LayerColumns base = layers.isEmpty() ? null : layers.get(0);
            if (base != null) {
                out.append("#T_RL=").append(RELATION).append("|label|BT_").append(base.type()).append('\n');
            }
            out.append("\n\n");

            Map<String, LayerColumns> byLayer = new HashMap<>();
            layers.forEach(l -> byLayer.put(l.layer(), l));
            List<Span> spans = doc.annotations().spans().stream().filter(s -> byLayer.containsKey(s.layer())).toList();
            reportLinks(spans, byLayer);

            List<Sentence> sentences = SentenceSplitter.split(text);
            List<List<Row>> rowsBySentence = rows(text, sentences, spans);
            for (Span x : spans) {
                if (!rowsOfSpan.containsKey(x.id())) {
                    warnings.add(new ExportWarning(doc.id(), x.begin(), x.end(), x.label() + " " + x.id()
                            + " covers no token; left out"));
                }
            }
            Map<String, Integer> ids = disambiguationIds(spans);
            Map<Row, List<String[]>> relationsOfRow = relations(spans, base, ids);

            for (int si = 0; si < sentences.size(); si++) {
                if (rowsBySentence.get(si).isEmpty()) {
                    continue;
                }
                Sentence sentence = sentences.get(si);
                for (String line : text.substring(sentence.begin(), sentence.end()).split("\r?\n|\r", -1)) {
                    out.append("#Text=").append(line.replace("\\", "\\\\")).append('\n');
                }
                for (Row row : rowsBySentence.get(si)) {
                    out.append(row.address()).append('\t').append(String.valueOf(row.begin())).append('-')
                            .append(String.valueOf(row.end())).append('\t').append(text, row.begin(), row.end());
                    List<Span> here = spansOfRow.getOrDefault(row, List.of());
                    for (LayerColumns l : layers) {
                        List<Span> mine = here.stream().filter(x -> x.layer().equals(l.layer())).toList();
                        for (String feature : l.features()) {
                            out.append('\t').append(cell(mine, feature, ids));
                        }
                    }
                    if (base != null) {
                        List<String[]> rels = relationsOfRow.getOrDefault(row, List.of());
                        out.append('\t').append(rels.isEmpty() ? "_" : String.join("|", rels.stream().map(x -> x[0]).toList()));
                        out.append('\t').append(rels.isEmpty() ? "_" : String.join("|", rels.stream().map(x -> x[1]).toList()));
                    }
                    out.append('\n');
                }
                out.append('\n');
            }
        }

        private void reportLinks(List<Span> spans, Map<String, LayerColumns> byLayer) {
            int links = 0;
            for (Span s : spans) {
                for (String name : s.attributes().keySet()) {
                    if (byLayer.get(s.layer()).attributes().stream().noneMatch(a -> a.name().equals(name))) {
                        links++;
                    }
                }
            }
            if (links > 0) {
                warnings.add(new ExportWarning(doc.id(), -1, -1, links + " link attribute(s) (holder, target, claimant) "
                        + "are not written: WebAnno TSV would need INCEpTION slot features; the brat and tables exports keep them"));
            }
        }

        /** Every token as a row, plus a sub-token row for each part of a token that a span covers partly. */
        private List<List<Row>> rows(String text, List<Sentence> sentences, List<Span> spans) {
            List<List<Row>> result = new ArrayList<>();
            List<List<Token>> tokensBySentence = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                result.add(new ArrayList<>());
                tokensBySentence.add(new ArrayList<>());
            }
            if (sentences.isEmpty()) {
                return result;
            }
            int s = 0;
            for (Token t : ArabicTokenizer.tokenize(text)) {
                while (s + 1 < sentences.size() && t.begin() >= sentences.get(s + 1).begin()) {
                    s++;
                }
                tokensBySentence.get(s).add(t);
            }
            List<Span> byBegin = spans.stream().sorted(Comparator.comparingInt(Span::begin)).toList();
            List<Span> active = new ArrayList<>();
            int cursor = 0;
            for (int si = 0; si < sentences.size(); si++) {
                List<Token> ts = tokensBySentence.get(si);
                for (int ti = 0; ti < ts.size(); ti++) {
                    Token t = ts.get(ti);
                    String address = (si + 1) + "-" + (ti + 1);
                    while (cursor < byBegin.size() && byBegin.get(cursor).begin() < t.end()) {
                        active.add(byBegin.get(cursor++));
                    }
                    active.removeIf(x -> x.end() <= t.begin());
                    Row tokenRow = new Row(address, t.begin(), t.end());
                    result.get(si).add(tokenRow);
                    List<int[]> parts = new ArrayList<>();
                    for (Span x : active) {
                        int b = Math.max(x.begin(), t.begin());
                        int e = Math.min(x.end(), t.end());
                        if (b < e && (b != t.begin() || e != t.end()) && parts.stream().noneMatch(p -> p[0] == b && p[1] == e)) {
                            parts.add(new int[]{b, e});
                        }
                    }
                    parts.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
                    List<Row> subRows = new ArrayList<>();
                    for (int k = 0; k < parts.size(); k++) {
                        subRows.add(new Row(address + "." + (k + 1), parts.get(k)[0], parts.get(k)[1]));
                    }
                    for (Span x : active) {
                        int b = Math.max(x.begin(), t.begin());
                        int e = Math.min(x.end(), t.end());
                        if (b >= e) {
                            continue;
                        }
                        Row row = b == t.begin() && e == t.end() ? tokenRow
                                : subRows.stream().filter(r -> r.begin() == b && r.end() == e).findFirst().orElseThrow();
                        rowsOfSpan.computeIfAbsent(x.id(), k -> new ArrayList<>()).add(row);
                        spansOfRow.computeIfAbsent(row, k -> new ArrayList<>()).add(x);
                    }
                    result.get(si).addAll(subRows);
                }
            }
            return result;
        }

        /** Ids for spans on several rows, or sharing a row with another span of their layer. */
        private Map<String, Integer> disambiguationIds(List<Span> spans) {
            Map<String, Integer> ids = new HashMap<>();
            int next = 1;
            for (Span x : spans) {
                List<Row> rows = rowsOfSpan.getOrDefault(x.id(), List.of());
                boolean stacked = rows.stream().anyMatch(r -> spansOfRow.get(r).stream()
                        .filter(o -> o.layer().equals(x.layer())).count() > 1);
                if (rows.size() > 1 || stacked) {
                    ids.put(x.id(), next++);
                }
            }
            return ids;
        }

        /** Relations on the first row of their target, pointing at the first row of their source. */
        private Map<Row, List<String[]>> relations(List<Span> spans, LayerColumns base, Map<String, Integer> ids) {
            Map<Row, List<String[]>> result = new HashMap<>();
            Map<String, Span> spanById = new HashMap<>();
            spans.forEach(x -> spanById.put(x.id(), x));
            for (Relation r : doc.annotations().relations()) {
                Span from = spanById.get(r.from());
                Span to = spanById.get(r.to());
                if (from == null || to == null || !rowsOfSpan.containsKey(from.id()) || !rowsOfSpan.containsKey(to.id())) {
                    continue;
                }
                if (base == null || !from.layer().equals(base.layer()) || !to.layer().equals(base.layer())) {
                    warnings.add(new ExportWarning(doc.id(), from.begin(), from.end(), "relation " + r.id() + " (" + r.type()
                            + ") does not join two spans of the first exported layer; left out"));
                    continue;
                }
                Row target = rowsOfSpan.get(to.id()).get(0);
                Row source = rowsOfSpan.get(from.id()).get(0);
                int fromId = ids.getOrDefault(from.id(), 0);
                int toId = ids.getOrDefault(to.id(), 0);
                String address = source.address() + (fromId > 0 || toId > 0 ? "[" + fromId + "_" + toId + "]" : "");
                result.computeIfAbsent(target, k -> new ArrayList<>()).add(new String[]{escape(r.type()), address});
            }
            return result;
        }

        private static String cell(List<Span> spans, String feature, Map<String, Integer> ids) {
            if (spans.isEmpty()) {
                return "_";
            }
            List<String> items = new ArrayList<>();
            for (Span x : spans) {
                Object value = switch (feature) {
                    case "value", "label" -> x.label();
                    case "identifier" -> null;
                    default -> x.attributes().get(feature);
                };
                String v = value == null ? "*" : escape(String.valueOf(value));
                Integer id = ids.get(x.id());
                items.add(id == null ? v : v + "[" + id + "]");
            }
            return String.join("|", items);
        }
    }

    /** WebAnno TSV's backslash escapes for feature values. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '[', ']', '|', '_', ';', '*' -> sb.append('\\').append(c);
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '-' -> sb.append(i + 1 < s.length() && s.charAt(i + 1) == '>' ? "\\-" : "-");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
