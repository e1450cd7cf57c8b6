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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * WebAnno TSV 3.3, the interchange format of WebAnno and INCEpTION: one {@code <id>.tsv} per document
 * (in a folder per split). The entity layer is written as DKPro's {@code NamedEntity} ({@code value} =
 * label), so it lands in INCEpTION's built-in Named Entity layer; other span layers as
 * {@code webanno.custom.<Layer>} with a {@code label} feature and their enum, boolean and text
 * attributes; relations between spans of the first written layer as {@code webanno.custom.Relation}.
 * Offsets are UTF-16 units, as in INCEpTION. A span that starts or ends inside a token is written on a
 * sub-token row ({@code 1-3.1}), never moved. Link attributes (holder, target, claimant) are INCEpTION
 * slot features: two columns each, the role (the attribute's name) and the address of the target
 * annotation ({@code 2-4}, or {@code 2-4[7]} when the target carries a disambiguation id). A link whose
 * target is not written (its layer left out, or it covers no token) is reported, per document.
 */
public final class WebAnnoTsvExporter implements Exporter {
    static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    static final String RELATION = "webanno.custom.Relation";
    /** The target type of a slot whose targets are in several layers: INCEpTION's "any annotation". */
    static final String ANY_ANNOTATION = "uima.tcas.Annotation";

    @Override
    public String id() {
        return "webanno-tsv";
    }

    @Override
    public String description() {
        return "WebAnno TSV 3.3 for INCEpTION/WebAnno: one .tsv per document, UTF-16 offsets, links as slot features";
    }

    /** A span layer as written: its type name, feature columns and slot (link) features. */
    record LayerColumns(String layer, String type, List<String> features, List<AttributeDef> attributes,
                        List<SlotColumns> slots) {
        LayerColumns(String layer, String type, List<String> features, List<AttributeDef> attributes) {
            this(layer, type, features, attributes, List.of());
        }

        /** The header's declaration: the type, its features, then each slot's two columns. */
        String declaration() {
            StringBuilder sb = new StringBuilder(type).append('|').append(String.join("|", features));
            for (SlotColumns slot : slots) {
                sb.append('|').append(slot.roleDeclaration(type)).append('|').append(slot.targetType());
            }
            return sb.toString();
        }
    }

    /**
     * A link attribute written as a slot feature: the role column and the target column.
     *
     * @param attribute   the link attribute
     * @param targetLayer the one layer its targets are in, or null when they are in several
     *                    (the target type is then {@link #ANY_ANNOTATION} and every target gets an id)
     * @param targetType  the type declared for the target column
     */
    record SlotColumns(AttributeDef attribute, String targetLayer, String targetType) {
        /** {@code ROLE_<type>:<feature>_<link type>}, the link type named as INCEpTION names it. */
        String roleDeclaration(String hostType) {
            String name = attribute.name();
            return "ROLE_" + hostType + ":" + name + "_" + hostType + name.substring(0, 1).toUpperCase(Locale.ROOT)
                    + name.substring(1) + "Link";
        }

        boolean generic() {
            return targetLayer == null;
        }
    }

    @Override
    public ExportReport export(ExportData data, ExportOptions options, Path outDir) throws IOException {
        List<String> written = Labels.layers(data, options.chosenLayer());
        List<LayerColumns> layers = new ArrayList<>();
        for (String layer : written) {
            layers.add(withSlots(columns(data.schema(), layer), data, written));
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

    /**
     * Adds a slot feature for each link attribute of the layer whose targets can be written. The
     * target type is the attribute's target layer, else the one layer its targets are in across the
     * export (INCEpTION needs one declaration per project), else "any annotation".
     */
    static LayerColumns withSlots(LayerColumns columns, ExportData data, List<String> written) {
        List<AttributeDef> links = data.schema().layer(columns.layer()).map(Layer::attributes).orElse(List.of()).stream()
                .filter(a -> a.type() == AttributeType.LINK).toList();
        List<SlotColumns> slots = new ArrayList<>();
        for (AttributeDef link : links) {
            if (link.targetLayer() != null) {
                if (written.contains(link.targetLayer())) {
                    slots.add(new SlotColumns(link, link.targetLayer(), typeName(link.targetLayer())));
                }
                continue;
            }
            Set<String> targetLayers = new TreeSet<>();
            for (ExportDocument doc : data.documents()) {
                Map<String, Span> byId = new HashMap<>();
                doc.annotations().spans().forEach(x -> byId.put(x.id(), x));
                for (Span host : doc.annotations().spansIn(columns.layer())) {
                    Span target = host.attributes().get(link.name()) instanceof String id ? byId.get(id) : null;
                    if (target != null && written.contains(target.layer())) {
                        targetLayers.add(target.layer());
                    }
                }
            }
            String only = targetLayers.size() == 1 ? targetLayers.iterator().next() : null;
            slots.add(new SlotColumns(link, only, only == null ? ANY_ANNOTATION : typeName(only)));
        }
        return new LayerColumns(columns.layer(), columns.type(), columns.features(), columns.attributes(), List.copyOf(slots));
    }

    /** The WebAnno type a layer is written as. */
    static String typeName(String layer) {
        return layer.equals("entity") ? NAMED_ENTITY
                : "webanno.custom." + layer.substring(0, 1).toUpperCase(Locale.ROOT) + layer.substring(1);
    }

    static LayerColumns columns(Schema schema, String layer) {
        Optional<Layer> def = schema.layer(layer);
        List<AttributeDef> attributes = def.map(Layer::attributes).orElse(List.of()).stream()
                .filter(a -> a.type() != AttributeType.LINK).toList();
        List<String> features = new ArrayList<>();
        String type = typeName(layer);
        if (layer.equals("entity")) {
            features.add("identifier");
            features.add("value");
        } else {
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
                out.append("#T_SP=").append(l.declaration()).append('\n');
            }
            LayerColumns base = layers.isEmpty() ? null : layers.get(0);
            if (base != null) {
                out.append("#T_RL=").append(RELATION).append("|label|BT_").append(base.type()).append('\n');
            }
            out.append("\n\n");

            Map<String, LayerColumns> byLayer = new HashMap<>();
            layers.forEach(l -> byLayer.put(l.layer(), l));
            List<Span> spans = doc.annotations().spans().stream().filter(s -> byLayer.containsKey(s.layer())).toList();

            List<Sentence> sentences = SentenceSplitter.split(text);
            List<List<Row>> rowsBySentence = rows(text, sentences, spans);
            for (Span x : spans) {
                if (!rowsOfSpan.containsKey(x.id())) {
                    warnings.add(new ExportWarning(doc.id(), x.begin(), x.end(), x.label() + " " + x.id()
                            + " covers no token; left out"));
                }
            }
            Map<String, Span> spanById = new HashMap<>();
            spans.forEach(x -> spanById.put(x.id(), x));
            Map<String, List<Slot>> slots = slots(spans, byLayer, spanById);
            Set<String> mustHaveIds = new HashSet<>();
            slots.values().forEach(list -> list.stream().filter(x -> x.column().generic()).forEach(x -> mustHaveIds.add(x.target().id())));
            Map<String, Integer> ids = disambiguationIds(spans, mustHaveIds);
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
                        for (SlotColumns slot : l.slots()) {
                            out.append('\t').append(roleCell(mine, slot, slots, ids));
                            out.append('\t').append(targetCell(mine, slot, slots, ids));
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

        /** A link written as a slot: its column, and the span it points at. */
        record Slot(SlotColumns column, Span target) {
        }

        /**
         * The slots of every host span, by span id. A link that cannot be written (no slot column for
         * it, a target that is missing, in a layer not written, of another layer than the column
         * declares, or on no token) is counted and reported once per document, by reason.
         */
        private Map<String, List<Slot>> slots(List<Span> spans, Map<String, LayerColumns> byLayer, Map<String, Span> spanById) {
            Map<String, List<Slot>> result = new HashMap<>();
            Map<String, Integer> leftOut = new TreeMap<>();
            for (Span host : spans) {
                LayerColumns layer = byLayer.get(host.layer());
                for (Map.Entry<String, Object> a : host.attributes().entrySet()) {
                    if (layer.attributes().stream().anyMatch(d -> d.name().equals(a.getKey()))) {
                        continue; // a plain attribute, written in its own column
                    }
                    Optional<SlotColumns> column = layer.slots().stream().filter(x -> x.attribute().name().equals(a.getKey())).findFirst();
                    Span target = spanById.get(String.valueOf(a.getValue()));
                    String reason;
                    if (column.isEmpty()) {
                        reason = "'" + a.getKey() + "' of " + host.layer() + " has no slot column (its target layer is not exported, "
                                + "or it is not a link attribute of the schema)";
                    } else if (target == null) {
                        reason = "'" + a.getKey() + "' points at a span that is not exported (another layer, or missing)";
                    } else if (!rowsOfSpan.containsKey(target.id())) {
                        reason = "'" + a.getKey() + "' points at a span that covers no token";
                    } else if (!column.get().generic() && !column.get().targetLayer().equals(target.layer())) {
                        reason = "'" + a.getKey() + "' points at a " + target.layer() + " span, but the column holds "
                                + column.get().targetLayer() + " spans";
                    } else if (!rowsOfSpan.containsKey(host.id())) {
                        continue; // the host itself is reported as covering no token
                    } else {
                        result.computeIfAbsent(host.id(), k -> new ArrayList<>()).add(new Slot(column.get(), target));
                        continue;
                    }
                    leftOut.merge(reason, 1, Integer::sum);
                }
            }
            leftOut.forEach((reason, n) -> warnings.add(new ExportWarning(doc.id(), -1, -1,
                    n + " link(s) not written: " + reason)));
            return result;
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

        /**
         * Ids for spans on several rows, or sharing a row with another span of their layer, and for the
         * targets of slots that may point at any layer (a row alone does not say which annotation).
         */
        private Map<String, Integer> disambiguationIds(List<Span> spans, Set<String> mustHaveIds) {
            Map<String, Integer> ids = new HashMap<>();
            int next = 1;
            for (Span x : spans) {
                List<Row> rows = rowsOfSpan.getOrDefault(x.id(), List.of());
                boolean stacked = rows.stream().anyMatch(r -> spansOfRow.get(r).stream()
                        .filter(o -> o.layer().equals(x.layer())).count() > 1);
                if (rows.size() > 1 || stacked || mustHaveIds.contains(x.id())) {
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

        /**
         * The role column: per stacked span, its role (the attribute's name) or {@code _} when it has no
         * slot, followed by the span's id as INCEpTION writes it.
         */
        private static String roleCell(List<Span> spans, SlotColumns column, Map<String, List<Slot>> slots, Map<String, Integer> ids) {
            if (spans.isEmpty()) {
                return "_";
            }
            List<String> items = new ArrayList<>();
            for (Span x : spans) {
                List<Slot> mine = slotsOf(x, column, slots);
                String v = mine.isEmpty() ? "_" : String.join(";", mine.stream().map(s -> escape(s.column().attribute().name())).toList());
                Integer id = ids.get(x.id());
                items.add(id == null ? v : v + "[" + id + "]");
            }
            return String.join("|", items);
        }

        /**
         * The target column: per stacked span, the address of each slot's target (its first row, with its
         * id when it has one), or {@code *} when the span has no slot (dkpro-core #1329: the placeholder
         * keeps a span that has nothing but an empty slot feature).
         */
        private String targetCell(List<Span> spans, SlotColumns column, Map<String, List<Slot>> slots, Map<String, Integer> ids) {
            if (spans.isEmpty()) {
                return "_";
            }
            List<String> items = new ArrayList<>();
            for (Span x : spans) {
                List<Slot> mine = slotsOf(x, column, slots);
                items.add(mine.isEmpty() ? "*" : String.join(";", mine.stream().map(s -> {
                    Integer id = ids.get(s.target().id());
                    String address = rowsOfSpan.get(s.target().id()).get(0).address();
                    return id == null ? address : address + "[" + id + "]";
                }).toList()));
            }
            return String.join("|", items);
        }

        private static List<Slot> slotsOf(Span span, SlotColumns column, Map<String, List<Slot>> slots) {
            return slots.getOrDefault(span.id(), List.of()).stream().filter(s -> s.column() == column).toList();
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
