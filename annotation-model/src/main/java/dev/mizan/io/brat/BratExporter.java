package dev.mizan.io.brat;

import dev.mizan.io.export.ExportFiles;
import dev.mizan.io.export.Labels;
import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Label;
import dev.mizan.model.Layer;
import dev.mizan.model.Relation;
import dev.mizan.model.RelationType;
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
import dev.mizan.store.AtomicFiles;
import dev.mizan.text.OffsetConverter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * brat standoff: {@code <id>.txt} (the exact text) and {@code <id>.ann} per document, in a folder per
 * split, with {@code annotation.conf} and {@code visual.conf} generated from the schema at the top.
 * Spans become T lines (label = brat entity type; offsets in code points, as brat counts), enum and
 * boolean attributes A lines (booleans as the values true and false, so that false is not lost), link attributes (holder, target, claimant) and relations R lines named
 * after the attribute or relation type, free-text attributes AnnotatorNotes (#) lines. A span that
 * crosses a line break is written as fragments, the way brat writes it, and reported.
 */
public final class BratExporter implements Exporter {
    @Override
    public String id() {
        return "brat";
    }

    @Override
    public String description() {
        return "brat standoff: .txt + .ann (T, R, A lines, code point offsets) and annotation.conf from the schema";
    }

    @Override
    public ExportReport export(ExportData data, ExportOptions options, Path outDir) throws IOException {
        Set<String> layers = Set.copyOf(Labels.layers(data, options.chosenLayer()));
        List<ExportedFile> files = new ArrayList<>();
        List<ExportWarning> warnings = new ArrayList<>();
        for (Split split : data.splits()) {
            Path dir = split == Split.ALL ? outDir : outDir.resolve(split.fileStem());
            for (ExportDocument doc : data.in(split)) {
                AtomicFiles.write(dir.resolve(doc.id() + ".txt"), doc.text().getBytes(StandardCharsets.UTF_8));
                try (BufferedWriter w = ExportFiles.writer(dir.resolve(doc.id() + ".ann"))) {
                    writeAnn(doc, data.schema(), layers, w, warnings);
                }
            }
            String where = split == Split.ALL ? "" : split.fileStem() + "/";
            files.add(new ExportedFile(where + "*.txt", ExportedFile.NONE, split.fileStem() + " split: the exact texts (UTF-8)"));
            files.add(new ExportedFile(where + "*.ann", ExportedFile.CODE_POINTS, split.fileStem() + " split: brat annotations"));
        }
        AtomicFiles.write(outDir.resolve("annotation.conf"), annotationConf(data, layers).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(outDir.resolve("visual.conf"), visualConf(data.schema(), layers).getBytes(StandardCharsets.UTF_8));
        files.add(new ExportedFile("annotation.conf", ExportedFile.NONE, "brat's tag set, generated from the schema"));
        files.add(new ExportedFile("visual.conf", ExportedFile.NONE, "brat's label colours, from the schema"));
        return new ExportReport(files, warnings, -1);
    }

    static void writeAnn(ExportDocument doc, Schema schema, Set<String> layers, Appendable out,
                         List<ExportWarning> warnings) throws IOException {
        String text = doc.text();
        OffsetConverter offsets = OffsetConverter.of(text);
        Map<String, String> tIds = new HashMap<>();
        List<Span> spans = doc.annotations().spans().stream().filter(s -> layers.contains(s.layer())).toList();
        int t = 0;
        for (Span s : spans) {
            String id = "T" + (++t);
            tIds.put(s.id(), id);
            List<int[]> fragments = fragments(text, s.begin(), s.end());
            if (fragments.size() > 1) {
                warnings.add(new ExportWarning(doc.id(), s.begin(), s.end(), s.label() + " " + s.id()
                        + " crosses a line break: written as " + fragments.size() + " brat fragments"));
            }
            StringBuilder where = new StringBuilder();
            StringBuilder quoted = new StringBuilder();
            for (int[] f : fragments) {
                if (!where.isEmpty()) {
                    where.append(';');
                    quoted.append(' ');
                }
                where.append(offsets.utf16ToCodePoint(f[0])).append(' ').append(offsets.utf16ToCodePoint(f[1]));
                quoted.append(text, f[0], f[1]);
            }
            out.append(id).append('\t').append(s.label()).append(' ').append(where).append('\t').append(quoted).append('\n');
        }
        int a = 0;
        int r = 0;
        int note = 0;
        for (Span s : spans) {
            Layer layer = schema.layer(s.layer()).orElse(null);
            for (var e : s.attributes().entrySet()) {
                AttributeType type = layer == null ? null : layer.attribute(e.getKey()).map(AttributeDef::type).orElse(null);
                Object v = e.getValue();
                if (type == AttributeType.LINK) {
                    String target = tIds.get(String.valueOf(v));
                    if (target == null) {
                        warnings.add(new ExportWarning(doc.id(), s.begin(), s.end(), e.getKey() + " of " + s.id()
                                + " points at " + v + ", which is not exported; left out"));
                    } else {
                        out.append("R").append(String.valueOf(++r)).append('\t').append(e.getKey()).append(" Arg1:")
                                .append(tIds.get(s.id())).append(" Arg2:").append(target).append('\n');
                    }
                } else if (v instanceof Boolean b) {
                    // A multi-valued attribute, so that false is kept (a brat binary attribute can only say true).
                    out.append("A").append(String.valueOf(++a)).append('\t').append(e.getKey()).append(' ')
                            .append(tIds.get(s.id())).append(' ').append(String.valueOf(b)).append('\n');
                } else if (type == AttributeType.ENUM || (type == null && isToken(String.valueOf(v)))) {
                    out.append("A").append(String.valueOf(++a)).append('\t').append(e.getKey()).append(' ')
                            .append(tIds.get(s.id())).append(' ').append(String.valueOf(v)).append('\n');
                } else {
                    out.append("#").append(String.valueOf(++note)).append("\tAnnotatorNotes ").append(tIds.get(s.id()))
                            .append('\t').append(e.getKey()).append(": ").append(String.valueOf(v).replace('\n', ' ')).append('\n');
                }
            }
        }
        for (Relation rel : doc.annotations().relations()) {
            String from = tIds.get(rel.from());
            String to = tIds.get(rel.to());
            if (from != null && to != null) {
                out.append("R").append(String.valueOf(++r)).append('\t').append(rel.type()).append(" Arg1:").append(from)
                        .append(" Arg2:").append(to).append('\n');
            }
        }
    }

    private static boolean isToken(String s) {
        return !s.isEmpty() && s.chars().noneMatch(Character::isWhitespace);
    }

    /** The pieces of [begin, end) between line breaks, without empty pieces. */
    static List<int[]> fragments(String text, int begin, int end) {
        List<int[]> result = new ArrayList<>();
        int start = begin;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (i > start) {
                    result.add(new int[]{start, i});
                }
                start = i + 1;
            }
        }
        if (end > start) {
            result.add(new int[]{start, end});
        }
        if (result.isEmpty()) {
            result.add(new int[]{begin, end});
        }
        return result;
    }

    static String annotationConf(ExportData data, Set<String> layers) {
        Schema schema = data.schema();
        StringBuilder sb = new StringBuilder("# Generated by Mizan from the schema of ").append(data.projectName()).append('\n');
        sb.append("[entities]\n");
        for (String layer : Labels.layers(data, java.util.Optional.empty())) {
            if (layers.contains(layer)) {
                Labels.of(data, layer).forEach(l -> sb.append(l).append('\n'));
            }
        }
        sb.append("\n[relations]\n");
        for (Layer layer : schema.layers()) {
            if (!layers.contains(layer.name())) {
                continue;
            }
            for (AttributeDef a : layer.attributes()) {
                if (a.type() == AttributeType.LINK) {
                    sb.append(a.name()).append(" Arg1:").append(types(data, layer.name(), layers))
                            .append(", Arg2:").append(types(data, a.targetLayer(), layers)).append('\n');
                }
            }
        }
        for (RelationType rt : schema.relationTypes()) {
            sb.append(rt.name()).append(" Arg1:").append(types(data, rt.sourceLayer(), layers))
                    .append(", Arg2:").append(types(data, rt.targetLayer(), layers)).append('\n');
        }
        sb.append("<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        sb.append("\n[events]\n\n[attributes]\n");
        for (Layer layer : schema.layers()) {
            if (!layers.contains(layer.name())) {
                continue;
            }
            for (AttributeDef a : layer.attributes()) {
                if (a.type() == AttributeType.ENUM) {
                    sb.append(a.name()).append(" Arg:").append(types(data, layer.name(), layers))
                            .append(", Value:").append(String.join("|", a.values())).append('\n');
                } else if (a.type() == AttributeType.BOOLEAN) {
                    sb.append(a.name()).append(" Arg:").append(types(data, layer.name(), layers))
                            .append(", Value:true|false").append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The brat types of a layer, joined with |; any type for no layer. */
    private static String types(ExportData data, String layer, Set<String> layers) {
        if (layer == null || !layers.contains(layer)) {
            return "<ENTITY>";
        }
        List<String> labels = Labels.of(data, layer);
        return labels.isEmpty() ? "<ENTITY>" : String.join("|", labels);
    }

    static String visualConf(Schema schema, Set<String> layers) {
        StringBuilder sb = new StringBuilder("[labels]\n");
        for (Layer layer : schema.layers()) {
            if (layers.contains(layer.name())) {
                for (Label l : layer.labels()) {
                    sb.append(l.name()).append(" | ").append(l.name()).append(l.arabicName().isEmpty() ? "" : " | " + l.arabicName())
                            .append('\n');
                }
            }
        }
        sb.append("\n[drawing]\n");
        for (Layer layer : schema.layers()) {
            if (layers.contains(layer.name())) {
                for (Label l : layer.labels()) {
                    sb.append(l.name()).append("\tbgColor:").append(l.color()).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
