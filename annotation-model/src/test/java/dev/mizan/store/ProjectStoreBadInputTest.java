package dev.mizan.store;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectStoreBadInputTest {
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    private static final String TEXT = "استقبل بوتين الشيباني في موسكو.\n";

    @TempDir
    Path dir;
    private ProjectStore store;
    private Document doc;

    @BeforeEach
    void createProject() throws IOException {
        store = ProjectStore.create(dir.resolve("p"), "Test", DefaultSchema.load());
        doc = Document.of("d1", "t", null, TEXT);
        store.saveDocument(doc);
    }

    private void write(String relative, String content) throws IOException {
        Path file = store.root().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void ignoresUnknownFieldsAtEveryLevel() throws IOException {
        write("annotations/a/d1.json", "{\"format\": 1, \"annotator\": \"a\", \"documentId\": \"d1\", \"textSha256\": \""
                + doc.sha256() + "\", \"colour\": \"red\", \"spans\": [{\"id\": \"s1\", \"begin\": 7, \"end\": 12,"
                + " \"layer\": \"entity\", \"label\": \"PER\", \"confidence\": 0.9, \"note\": {\"x\": [1]}}]}\n");

        LoadResult loaded = store.load();

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.project().annotationSet("a", "d1").orElseThrow().spans())
                .containsExactly(new Span("s1", 7, 12, "entity", "PER"));
    }

    @Test
    void reportsAWrongTypeWithFileLineAndColumn() throws IOException {
        write("annotations/a/d1.json", "{\n  \"format\": 1,\n  \"annotator\": \"a\",\n  \"documentId\": \"d1\",\n"
                + "  \"spans\": [\n    {\"id\": \"s1\", \"begin\": \"seven\", \"end\": 12, \"layer\": \"entity\", \"label\": \"PER\"}\n  ]\n}\n");

        LoadResult loaded = store.load();

        assertThat(loaded.problems()).singleElement().asString()
                .startsWith("annotations/a/d1.json:6:").contains("at spans[0].begin").contains("\"seven\"");
    }

    @Test
    void reportsAWrongTypeInAFileOfAnOlderFormatAtItsLine() throws IOException {
        write("annotations/a/d1.json", "{\n  \"annotator\": \"a\",\n  \"documentId\": \"d1\",\n"
                + "  \"status\": [\"DONE\"]\n}\n");

        LoadResult loaded = store.load();

        assertThat(loaded.problems()).singleElement().asString()
                .startsWith("annotations/a/d1.json:4:13: at status:");
    }

    @Test
    void reportsAnEmptyOrBinaryFileAndLoadsTheRest() throws IOException {
        store.saveAnnotationSet(AnnotationSet.empty("a", doc, NOW));
        write("annotations/b/d1.json", "");
        Path binary = store.root().resolve("annotations/c/d1.json");
        Files.createDirectories(binary.getParent());
        Files.write(binary, new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0x7B});

        LoadResult loaded = store.load();

        assertThat(loaded.project().annotationSet("a", "d1")).isPresent();
        assertThat(loaded.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("annotations/b/d1.json:1:1: is not a JSON object (the file is empty)"),
                p -> assertThat(p).startsWith("annotations/c/d1.json:1:"));
    }

    @Test
    void reportsACorruptDocumentFileAndLoadsTheOtherDocuments() throws IOException {
        store.saveDocument(Document.of("d2", "t", null, "نص آخر"));
        write("documents/d2.json", "{\"format\": 1, \"id\": \"d2\",, }");

        LoadResult loaded = store.load();

        assertThat(loaded.project().documents()).extracting(Document::id).containsExactly("d1");
        assertThat(loaded.problems()).singleElement().asString().startsWith("documents/d2.json:1:");
    }

    @Test
    void refusesADocumentIdThatClimbsOutOfTheProject() {
        Document escaping = Document.of("../../x", "t", null, "نص");

        assertThatThrownBy(() -> store.saveDocument(escaping)).isInstanceOf(StoreException.class)
                .hasMessageContaining("unsafe document id \"../../x\"").hasMessageContaining("path separator");
        assertThat(dir.resolve("x.txt")).doesNotExist();
        assertThat(dir.resolve("p").resolve("x.txt")).doesNotExist();
    }

    @Test
    void refusesUnsafeAnnotatorIdsAndDocumentIdsInAnnotationSets() {
        AnnotationSet climbing = new AnnotationSet("../a", "d1", doc.sha256(), Status.NEW, List.of(), List.of(), NOW, NOW);
        AnnotationSet dotted = new AnnotationSet("a", "..", doc.sha256(), Status.NEW, List.of(), List.of(), NOW, NOW);
        AnnotationSet control = new AnnotationSet("a\u0007b", "d1", doc.sha256(), Status.NEW, List.of(), List.of(), NOW, NOW);

        assertThatThrownBy(() -> store.saveAnnotationSet(climbing)).hasMessageContaining("unsafe annotator id");
        assertThatThrownBy(() -> store.saveAnnotationSet(dotted)).hasMessageContaining("unsafe document id");
        assertThatThrownBy(() -> store.saveAnnotationSet(control)).hasMessageContaining("control character");
        assertThat(store.root().resolve("annotations")).isEmptyDirectory();
    }
}
