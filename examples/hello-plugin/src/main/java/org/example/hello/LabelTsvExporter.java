package org.example.hello;

import dev.mizan.model.Span;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ExportWarning;
import dev.mizan.spi.Exporter;
import dev.mizan.spi.ExportedFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An exporter: one line per span, {@code document<TAB>begin<TAB>end<TAB>layer<TAB>label<TAB>text},
 * with offsets in Unicode code points (what Python's str indices count). Use it with
 * {@code mizan export DIR --format label-tsv --out OUT --plugins <mizan home>/plugins}.
 */
public final class LabelTsvExporter implements Exporter {
    @Override
    public String id() {
        return "label-tsv";
    }

    @Override
    public String description() {
        return "One line per span: document, begin, end (code points), layer, label, text.";
    }

    @Override
    public ExportReport export(ExportData data, ExportOptions options, Path outDir) throws IOException {
        StringBuilder tsv = new StringBuilder("document\tbegin\tend\tlayer\tlabel\ttext\n");
        for (ExportDocument doc : data.documents()) {
            String text = doc.text();
            for (Span s : doc.annotations().spans()) {
                if (options.chosenLayer().map(l -> !l.equals(s.layer())).orElse(false)) {
                    continue;
                }
                // Mizan counts UTF-16 units; Python counts code points. Convert at the edge.
                int begin = text.codePointCount(0, s.begin());
                int end = begin + text.codePointCount(s.begin(), s.end());
                String covered = text.substring(s.begin(), s.end()).replaceAll("[\\t\\n\\r]+", " ");
                tsv.append(doc.id()).append('\t').append(begin).append('\t').append(end).append('\t')
                        .append(s.layer()).append('\t').append(s.label()).append('\t').append(covered).append('\n');
            }
        }
        Files.writeString(outDir.resolve("labels.tsv"), tsv, StandardCharsets.UTF_8);
        return new ExportReport(List.of(new ExportedFile("labels.tsv", ExportedFile.CODE_POINTS,
                "one line per span with its covered text")), List.<ExportWarning>of(), -1);
    }
}
