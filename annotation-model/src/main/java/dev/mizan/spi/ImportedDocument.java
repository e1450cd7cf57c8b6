package dev.mizan.spi;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One text read from the input, with one annotator's annotations of it when the format has any.
 *
 * @param file        the file the text (or the record) came from, for messages and the source metadata
 * @param line        the 1-based line of the record in {@code file} (JSONL), or 0
 * @param suggestedId what the document id should be derived from (a file name stem, a record id)
 * @param title       a readable title, or null
 * @param text        the exact text; offsets of spans are UTF-16 offsets into it
 * @param textIsExact false when the format does not carry the exact text (WebAnno TSV loses the
 *                    whitespace between sentences); the import then matches it against the project's
 *                    documents by {@code tokens} instead of by hash
 * @param tokens      the tokens of an inexact text, used to find the document it belongs to
 * @param annotated   true when the input carries annotations of the text (possibly none of them):
 *                    an annotation set is created; false for plain text
 * @param annotator   the annotator named by the input (a per-user file), or null for the default
 * @param annotationFile the file the annotations came from (brat's .ann), for messages
 * @param spans       the spans
 * @param relations   the relations between them
 */
public record ImportedDocument(Path file, int line, String suggestedId, String title, String text,
                               boolean textIsExact, List<Token> tokens, boolean annotated, String annotator,
                               Path annotationFile, List<ImportedSpan> spans, List<ImportedRelation> relations) {
    /** A token of an inexact text: its UTF-16 offsets and its characters. */
    public record Token(int begin, int end, String text) {
    }

    public ImportedDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(suggestedId, "suggestedId");
        Objects.requireNonNull(text, "text");
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        spans = spans == null ? List.of() : List.copyOf(spans);
        relations = relations == null ? List.of() : List.copyOf(relations);
        annotationFile = annotationFile == null ? file : annotationFile;
    }

    /** A plain text without annotations. */
    public static ImportedDocument plainText(Path file, String suggestedId, String text) {
        return new ImportedDocument(file, 0, suggestedId, null, text, true, List.of(), false, null, file,
                List.of(), List.of());
    }

    /** An exact text with one annotator's annotations. */
    public static ImportedDocument annotated(Path file, int line, String suggestedId, String text, String annotator,
                                             Path annotationFile, List<ImportedSpan> spans,
                                             List<ImportedRelation> relations) {
        return new ImportedDocument(file, line, suggestedId, null, text, true, List.of(), true, annotator,
                annotationFile, spans, relations);
    }
}
