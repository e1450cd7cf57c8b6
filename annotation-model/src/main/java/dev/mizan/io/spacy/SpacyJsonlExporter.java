package dev.mizan.io.spacy;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mizan.io.export.JsonLines;
import dev.mizan.io.export.Labels;
import dev.mizan.model.Relation;
import dev.mizan.model.Span;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.Exporter;
import dev.mizan.text.OffsetConverter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * spaCy-style JSON Lines, one document per line:
 * {@code {"text", "spans": [{"start", "end", "label", "layer", "id", "attributes"?}], "relations", "meta"}}
 * with offsets in code points, which is what Python's {@code str} and spaCy's {@code doc.char_span} count.
 * Link attributes hold the {@code id} of the linked span. Every layer unless one is chosen.
 */
public final class SpacyJsonlExporter implements Exporter {
    @Override
    public String id() {
        return "spacy";
    }

    @Override
    public String description() {
        return "spaCy-style JSONL: text, spans with start/end/label in code points, meta";
    }

    @Override
    public ExportReport export(ExportData data, ExportOptions options, Path outDir) throws IOException {
        Set<String> layers = Set.copyOf(Labels.layers(data, options.chosenLayer()));
        return JsonLines.documentPerLine(data, outDir, (doc, out) -> write(doc, layers, out));
    }

    private static void write(ExportDocument doc, Set<String> layers, JsonLines out) throws IOException {
        OffsetConverter offsets = OffsetConverter.of(doc.text());
        JsonGenerator g = out.generator();
        g.writeStartObject();
        g.writeStringField("text", doc.text());
        g.writeArrayFieldStart("spans");
        Set<String> written = new java.util.HashSet<>();
        for (Span s : doc.annotations().spans()) {
            if (!layers.contains(s.layer())) {
                continue;
            }
            written.add(s.id());
            g.writeStartObject();
            g.writeNumberField("start", offsets.utf16ToCodePoint(s.begin()));
            g.writeNumberField("end", offsets.utf16ToCodePoint(s.end()));
            g.writeStringField("label", s.label());
            g.writeStringField("layer", s.layer());
            g.writeStringField("id", s.id());
            if (!s.attributes().isEmpty()) {
                g.writeObjectField("attributes", s.attributes());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("relations");
        for (Relation r : doc.annotations().relations()) {
            if (written.contains(r.from()) && written.contains(r.to())) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("type", r.type());
                g.writeStringField("from", r.from());
                g.writeStringField("to", r.to());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        out.writeMeta(doc);
        g.writeEndObject();
        out.endLine();
    }
}
