package dev.mizan.io.export;

import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ExportWarning;
import dev.mizan.spi.ExportedFile;
import dev.mizan.spi.Split;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes one token-per-line file per split (CoNLL, CoNLL-U): tags each document with a
 * {@link TokenTagger}, renders documents in parallel chunks and writes them in document order.
 * The formats differ only in how a tagged document is rendered.
 */
public final class TaggedTokenFiles {
    private TaggedTokenFiles() {
    }

    /**
     * @param extension   file name extension, without the dot
     * @param describe    what the file holds, after "{@code <split> split: }" in the dataset card
     * @param charsPerTextChar a size hint for the rendered text of a document
     * @param render      appends one tagged document in the format
     */
    public static ExportReport write(ExportData data, ExportOptions options, Path outDir, String extension,
                                     String describe, int charsPerTextChar,
                                     BiConsumer<TokenTagger.TaggedDocument, StringBuilder> render) throws IOException {
        TokenTagger tagger = new TokenTagger(options.tokenLayer(), options.scheme(), options.splitClitics());
        List<ExportedFile> files = new ArrayList<>();
        List<ExportWarning> warnings = new ArrayList<>();
        long tokens = 0;
        for (Split split : data.splits()) {
            Path file = outDir.resolve(split.fileStem() + "." + extension);
            long[] count = {0};
            try (BufferedWriter w = ExportFiles.writer(file)) {
                InOrder.map(data.in(split), doc -> {
                    TokenTagger.TaggedDocument tagged = tagger.tag(doc);
                    StringBuilder sb = new StringBuilder(doc.text().length() * charsPerTextChar);
                    render.accept(tagged, sb);
                    return new Rendered(sb.toString(), tagged.warnings(), tagged.tokenCount());
                }, r -> {
                    w.write(r.text());
                    warnings.addAll(r.warnings());
                    count[0] += r.tokens();
                });
            }
            tokens += count[0];
            files.add(new ExportedFile(ExportFiles.relative(outDir, file), ExportedFile.TOKENS,
                    split.fileStem() + " split: " + describe));
        }
        return new ExportReport(files, warnings, tokens);
    }

    private record Rendered(String text, List<ExportWarning> warnings, long tokens) {
    }
}
