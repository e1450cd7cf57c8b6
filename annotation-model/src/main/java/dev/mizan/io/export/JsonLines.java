package dev.mizan.io.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ExportedFile;
import dev.mizan.spi.Split;
import dev.mizan.store.Json;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A JSON Lines writer: one compact JSON object per line, UTF-8, no pretty printing. */
public final class JsonLines implements AutoCloseable {
    private final JsonGenerator generator;

    public JsonLines(Writer out) throws IOException {
        this.generator = Json.mapper().createGenerator(out);
        generator.setRootValueSeparator(null);
    }

    public JsonGenerator generator() {
        return generator;
    }

    /** Ends the current line (after an object was written). */
    public void endLine() throws IOException {
        generator.writeRaw('\n');
    }

    /** Writes the {@code meta} object every JSONL format shares. */
    public void writeMeta(ExportDocument doc) throws IOException {
        JsonGenerator g = generator;
        g.writeObjectFieldStart("meta");
        g.writeStringField("id", doc.id());
        g.writeStringField("title", doc.document().title());
        if (doc.document().source().publisher() != null) {
            g.writeStringField("publisher", doc.document().source().publisher());
        }
        if (doc.document().source().url() != null) {
            g.writeStringField("url", doc.document().source().url());
        }
        g.writeStringField("split", doc.split().fileStem());
        g.writeStringField("sha256", doc.document().sha256());
        g.writeEndObject();
    }

    /** What writes one document's line. */
    @FunctionalInterface
    public interface DocumentBody {
        void write(ExportDocument doc, JsonLines out) throws IOException;
    }

    /**
     * Writes {@code <split>.jsonl} for every split, one document per line with code point offsets:
     * documents are rendered in parallel and written in document order.
     */
    public static ExportReport documentPerLine(ExportData data, Path outDir, DocumentBody body) throws IOException {
        List<ExportedFile> files = new ArrayList<>();
        for (Split split : data.splits()) {
            Path file = outDir.resolve(split.fileStem() + ".jsonl");
            try (Writer w = ExportFiles.writer(file)) {
                InOrder.map(data.in(split), doc -> render(out -> body.write(doc, out)), w::write);
            }
            files.add(new ExportedFile(ExportFiles.relative(outDir, file), ExportedFile.CODE_POINTS,
                    split.fileStem() + " split: one document per line"));
        }
        return new ExportReport(files, List.of(), -1);
    }

    /** What writes one or more lines. */
    @FunctionalInterface
    public interface Body {
        void write(JsonLines out) throws IOException;
    }

    /** The lines {@code body} writes, as a string (so documents can be rendered in parallel). */
    public static String render(Body body) {
        java.io.StringWriter buffer = new java.io.StringWriter();
        try (JsonLines out = new JsonLines(buffer)) {
            body.write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot render JSON in memory", e);
        }
        return buffer.toString();
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}
