package dev.mizan.io.conll;

import dev.mizan.io.export.ExportFiles;
import dev.mizan.io.export.InOrder;
import dev.mizan.io.export.TokenTagger;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ExportWarning;
import dev.mizan.spi.ExportedFile;
import dev.mizan.spi.Exporter;
import dev.mizan.spi.Split;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        TokenTagger tagger = new TokenTagger(options.tokenLayer(), options.scheme(), options.splitClitics());
        List<ExportedFile> files = new ArrayList<>();
        List<ExportWarning> warnings = new ArrayList<>();
        long tokens = 0;
        for (Split split : data.splits()) {
            Path file = outDir.resolve(split.fileStem() + ".conll");
            long[] count = {0};
            try (BufferedWriter w = ExportFiles.writer(file)) {
                InOrder.map(data.in(split), doc -> {
                    TokenTagger.TaggedDocument tagged = tagger.tag(doc);
                    StringBuilder sb = new StringBuilder(doc.text().length() * 2);
                    write(tagged, sb);
                    return new Rendered(sb.toString(), tagged.warnings(), tagged.tokenCount());
                }, r -> {
                    w.write(r.text());
                    warnings.addAll(r.warnings());
                    count[0] += r.tokens();
                });
            }
            tokens += count[0];
            files.add(new ExportedFile(ExportFiles.relative(outDir, file), ExportedFile.TOKENS,
                    split.fileStem() + " split: " + options.tokenLayer() + " layer, " + options.scheme() + " tags"));
        }
        return new ExportReport(files, warnings, tokens);
    }

    /** One document as written, with what could not be tagged. */
    private record Rendered(String text, List<ExportWarning> warnings, long tokens) {
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
