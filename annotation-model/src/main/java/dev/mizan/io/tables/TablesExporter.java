package dev.mizan.io.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mizan.io.export.ExportFiles;
import dev.mizan.io.export.JsonLines;
import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Layer;
import dev.mizan.model.Span;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ExportWarning;
import dev.mizan.spi.ExportedFile;
import dev.mizan.spi.Exporter;
import dev.mizan.text.OffsetConverter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stances, claims (every layer with attributes) as tables, one row per span, in CSV (RFC 4180, UTF-8
 * without BOM) and JSON Lines: document, split, id, offsets in code points, text, label, then each
 * attribute; a link attribute (holder, target, claimant) gives the linked span's id, text, offsets and label.
 */
public final class TablesExporter implements Exporter {
    @Override
    public String id() {
        return "tables";
    }

    @Override
    public String description() {
        return "stances and claims as CSV and JSONL tables with holder/target/claimant text and offsets";
    }

    @Override
    public ExportReport export(ExportData data, ExportOptions options, Path outDir) throws IOException {
        List<Layer> layers = data.schema().layers().stream().filter(l -> !l.attributes().isEmpty())
                .filter(l -> options.chosenLayer().map(l.name()::equals).orElse(true)).toList();
        List<ExportedFile> files = new ArrayList<>();
        List<ExportWarning> warnings = new ArrayList<>();
        for (Layer layer : layers) {
            List<String> columns = columns(layer);
            List<List<Object>> rows = new ArrayList<>();
            for (ExportDocument doc : data.documents()) {
                OffsetConverter offsets = OffsetConverter.of(doc.text());
                for (Span s : doc.annotations().spansIn(layer.name())) {
                    rows.add(row(doc, s, layer, offsets, warnings));
                }
            }
            String stem = layer.name().endsWith("s") ? layer.name() : layer.name() + "s";
            Path csv = outDir.resolve(stem + ".csv");
            try (BufferedWriter w = ExportFiles.writer(csv)) {
                writeCsvRow(w, new ArrayList<>(columns));
                for (List<Object> r : rows) {
                    writeCsvRow(w, r);
                }
            }
            Path jsonl = outDir.resolve(stem + ".jsonl");
            try (JsonLines out = new JsonLines(ExportFiles.writer(jsonl))) {
                for (List<Object> r : rows) {
                    JsonGenerator g = out.generator();
                    g.writeStartObject();
                    for (int i = 0; i < columns.size(); i++) {
                        g.writeObjectField(columns.get(i), r.get(i));
                    }
                    g.writeEndObject();
                    out.endLine();
                }
            }
            String what = layer.name() + " spans, one per row (" + rows.size() + ")";
            files.add(new ExportedFile(ExportFiles.relative(outDir, csv), ExportedFile.CODE_POINTS, what));
            files.add(new ExportedFile(ExportFiles.relative(outDir, jsonl), ExportedFile.CODE_POINTS, what));
        }
        return new ExportReport(files, warnings, -1);
    }

    static List<String> columns(Layer layer) {
        List<String> c = new ArrayList<>(List.of("document", "split", "id", "begin", "end", "text", "label"));
        for (AttributeDef a : layer.attributes()) {
            if (a.type() == AttributeType.LINK) {
                for (String part : List.of("id", "text", "begin", "end", "label")) {
                    c.add(a.name() + "_" + part);
                }
            } else {
                c.add(a.name());
            }
        }
        return c;
    }

    private static List<Object> row(ExportDocument doc, Span s, Layer layer, OffsetConverter offsets,
                                    List<ExportWarning> warnings) {
        List<Object> r = new ArrayList<>(List.of(doc.id(), doc.split().fileStem(), s.id(),
                offsets.utf16ToCodePoint(s.begin()), offsets.utf16ToCodePoint(s.end()),
                doc.text().substring(s.begin(), s.end()), s.label()));
        for (AttributeDef a : layer.attributes()) {
            Object value = s.attributes().get(a.name());
            if (a.type() != AttributeType.LINK) {
                r.add(value);
                continue;
            }
            Span linked = value instanceof String id ? doc.annotations().span(id).orElse(null) : null;
            if (value != null && linked == null) {
                warnings.add(new ExportWarning(doc.id(), s.begin(), s.end(), a.name() + " of " + s.id()
                        + " points at " + value + ", which is not in this annotation set; left empty"));
            }
            r.add(linked == null ? null : linked.id());
            r.add(linked == null ? null : doc.text().substring(linked.begin(), linked.end()));
            r.add(linked == null ? null : offsets.utf16ToCodePoint(linked.begin()));
            r.add(linked == null ? null : offsets.utf16ToCodePoint(linked.end()));
            r.add(linked == null ? null : linked.label());
        }
        return r;
    }

    static void writeCsvRow(Appendable out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values.get(i);
            String s = v == null ? "" : v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                out.append(s);
            }
        }
        out.append("\r\n");
    }
}
