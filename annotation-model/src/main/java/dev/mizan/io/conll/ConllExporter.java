package dev.mizan.io.conll;

import dev.mizan.io.export.TaggedTokenFiles;
import dev.mizan.io.export.TokenTagger;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.Exporter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * CoNLL-2003 style: one {@code TOKEN TAG} pair per line (separated by one space), a blank line after
 * each sentence, and {@code -DOCSTART- O} followed by a blank line before each document. One span
 * layer, IOB2 or BIOES. One file per split ({@code train.conll}...), or {@code all.conll}.
 */
public final class ConllExporter implements Exporter {
    /** The line that starts each document. */
    public static final String DOCSTART = "-DOCSTART- O";

    @Override
    public String id() {
        return "conll";
    }

    @Override
    public String description() {
        return "CoNLL-2003 style: TOKEN TAG per line, IOB2 or BIOES, one span layer";
    }

    @Override
    public ExportReport export(ExportData data, ExportOptions options, Path outDir) throws IOException {
        return TaggedTokenFiles.write(data, options, outDir, "conll",
                options.tokenLayer() + " layer, " + options.scheme() + " tags", 2, ConllExporter::write);
    }

    /** Writes one document: the DOCSTART line, then its sentences. */
    public static void write(TokenTagger.TaggedDocument doc, StringBuilder out) {
        out.append(DOCSTART).append("\n\n");
        for (TokenTagger.TaggedSentence s : doc.sentences()) {
            for (TokenTagger.Tagged t : s.tokens()) {
                out.append(t.text()).append(' ').append(t.tag()).append('\n');
            }
            out.append('\n');
        }
    }
}
