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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadAnnotationSetTest {
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void readsOneSetFreshFromDiskAndNothingWhenThereIsNone() throws IOException {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "Test", DefaultSchema.load());
        Document doc = Document.of("d1", "t", Source.ofFile("d1.txt"), "بوتين في موسكو");
        store.saveDocument(doc);
        assertThat(store.loadAnnotationSet("amal", "d1")).isEmpty();
        AnnotationSet set = new AnnotationSet("amal", "d1", doc.sha256(), Status.IN_PROGRESS,
                List.of(new Span("s1", 0, 5, "entity", "PER")), List.of(), NOW, NOW);
        store.saveAnnotationSet(set);
        assertThat(store.loadAnnotationSet("amal", "d1")).contains(set);
    }

    @Test
    void aBrokenFileIsNamedInTheError() throws IOException {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "Test", DefaultSchema.load());
        Path file = store.annotationFile("amal", "d1");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ \"format\": 1, \"spans\": [ ");
        assertThatThrownBy(() -> store.loadAnnotationSet("amal", "d1"))
                .isInstanceOf(StoreException.class).hasMessageContaining("annotations/amal/d1.json");
    }
}
