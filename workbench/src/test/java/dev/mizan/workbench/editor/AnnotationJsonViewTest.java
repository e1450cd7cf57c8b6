package dev.mizan.workbench.editor;

import dev.mizan.model.AnnotationSet;
import dev.mizan.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationJsonViewTest {
    @TempDir
    Path dir;

    @Test
    void showsTheSetExactlyAsTheStoreWritesIt() throws Exception {
        SampleProject sample = SampleProject.copyTo(dir);
        try (EditSession s = EditSession.open(sample.store(), sample.project(), SampleProject.DOC, "amal")) {
            s.addSpan(0, 2, "entity", "PER");
            s.flush();
            String shown = AnnotationJsonView.json(s.set());
            assertThat(shown).startsWith("{").contains("\"format\"");
            assertThat(Json.mapper().readValue(shown, AnnotationSet.class)).isEqualTo(s.set());
            assertThat(shown.strip()).isEqualTo(Files.readString(sample.store().annotationFile("amal", SampleProject.DOC)).strip());
        }
    }
}
