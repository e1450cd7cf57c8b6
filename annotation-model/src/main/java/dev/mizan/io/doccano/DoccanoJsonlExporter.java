package dev.mizan.io.doccano;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mizan.io.export.ExportFiles;
import dev.mizan.io.export.InOrder;
import dev.mizan.io.export.JsonLines;
import dev.mizan.io.export.Labels;
import dev.mizan.model.Span;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ExportedFile;
import dev.mizan.spi.Exporter;
import dev.mizan.spi.Split;
import dev.mizan.text.OffsetConverter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<ExportedFile> files = new ArrayList<>();
        for (Split split : data.splits()) {
            Path file = outDir.resolve(split.fileStem() + ".jsonl");
            try (java.io.Writer w = ExportFiles.writer(file)) {
                InOrder.map(data.in(split), doc -> JsonLines.render(out -> {
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
                }), w::write);
            }
            files.add(new ExportedFile(ExportFiles.relative(outDir, file), ExportedFile.CODE_POINTS,
                    split.fileStem() + " split: one document per line"));
        }
        return new ExportReport(files, List.of(), -1);
    }
}
