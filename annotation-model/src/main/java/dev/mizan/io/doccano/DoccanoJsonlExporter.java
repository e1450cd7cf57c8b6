package dev.mizan.io.doccano;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mizan.io.export.JsonLines;
import dev.mizan.io.export.Labels;
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
 * doccano's sequence-labelling JSON Lines: {@code {"text", "label": [[start, end, "LABEL"], ...], "meta"}},
 * offsets in code points. doccano keeps no attributes or relations in this format: only labels are written.
 */
public final class DoccanoJsonlExporter implements Exporter {
    @Override
    public String id() {
        return "doccano";
    }

    @Override
    public String description() {
        return "doccano JSONL: text and label [[start, end, label]] in code points";
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
        g.writeArrayFieldStart("label");
        for (Span s : doc.annotations().spans()) {
            if (layers.contains(s.layer())) {
                g.writeStartArray();
                g.writeNumber(offsets.utf16ToCodePoint(s.begin()));
                g.writeNumber(offsets.utf16ToCodePoint(s.end()));
                g.writeString(s.label());
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        out.writeMeta(doc);
        g.writeEndObject();
        out.endLine();
    }
}
