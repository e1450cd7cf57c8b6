package dev.mizan.store;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Source;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private static final String TEXT = "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية السوري.\n";

    @TempDir
    Path dir;

    @Test
    void savesAndLoadsDocumentsAndAnnotationSetsUnchanged() throws IOException {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "Test", DefaultSchema.load());
        Document doc = Document.of("d1", "A title", new Source("d1.txt", "SANA", null, null), TEXT);
        store.saveDocument(doc);
        Span putin = new Span("s1", 21, 35, "entity", "PER", Map.of());
        AnnotationSet set = new AnnotationSet("annotator-a", "d1", doc.sha256(), Status.IN_PROGRESS,
                List.of(putin), List.of(), NOW, NOW);
        store.saveAnnotationSet(set);

        LoadResult loaded = ProjectStore.open(dir.resolve("p")).load();

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.project().document("d1").orElseThrow().text()).isEqualTo(TEXT);
        assertThat(loaded.project().annotationSet("annotator-a", "d1")).contains(set);
        assertThat(Files.readAllBytes(store.documentText("d1"))).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesStableSortedPrettyJsonWithTrailingNewline() throws IOException {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "Test", DefaultSchema.load());
        Document doc = Document.of("d1", "t", null, TEXT);
        store.saveDocument(doc);
        AnnotationSet set = AnnotationSet.empty("a", doc, NOW);
        store.saveAnnotationSet(set);
        String first = Files.readString(store.annotationFile("a", "d1"));
        store.saveAnnotationSet(set);

        assertThat(Files.readString(store.annotationFile("a", "d1"))).isEqualTo(first);
        assertThat(first).endsWith("}\n").contains("\n  \"annotator\" : \"a\"").doesNotContain("\r");
    }

    @Test
    void refusesToChangeTheTextOfAnExistingDocument() throws IOException {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "Test", DefaultSchema.load());
        store.saveDocument(Document.of("d1", "t", null, TEXT));

        assertThatThrownBy(() -> store.saveDocument(Document.of("d1", "t", null, TEXT + "x")))
                .isInstanceOf(StoreException.class).hasMessageContaining("never changes");
        assertThat(Files.readString(store.documentText("d1"))).isEqualTo(TEXT);
    }

    @Test
    void reportsACorruptFileWithLineAndColumnAndStillLoadsTheRest() throws IOException {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "Test", DefaultSchema.load());
        Document doc = Document.of("d1", "t", null, TEXT);
        store.saveDocument(doc);
        store.saveAnnotationSet(AnnotationSet.empty("a", doc, NOW));
        Path broken = store.annotationFile("b", "d1");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "{\n  \"annotator\": \"b\",\n  \"spans\": [ oops ]\n}\n");

        LoadResult loaded = store.load();

        assertThat(loaded.project().annotationSet("a", "d1")).isPresent();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("annotations/b/d1.json:3:");
        });
    }

    @Test
    void ignoresUnknownFieldsInsteadOfFailing() throws IOException {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "Test", DefaultSchema.load());
        Document doc = Document.of("d1", "t", null, TEXT);
        store.saveDocument(doc);
        Path file = store.annotationFile("a", "d1");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\":1,\"annotator\":\"a\",\"documentId\":\"d1\",\"futureField\":[1,2],\"spans\":[]}\n");

        LoadResult loaded = store.load();

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.project().annotationSet("a", "d1")).isPresent();
    }

    @Test
    void refusesToCreateAProjectInAFolderWithFiles() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> ProjectStore.create(dir, "x", DefaultSchema.load()))
                .isInstanceOf(StoreException.class).hasMessageContaining("not empty");
        assertThat(dir.resolve("keep.txt")).hasContent("mine");
    }
}
