package dev.mizan.store;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticProjectTest {
    @TempDir
    Path dir;

    @Test
    void generatesTheRequestedShapeAsAValidProject() throws IOException {
        SyntheticProject.Shape shape = SyntheticProject.generate(dir.resolve("p"), 4, 3, 10, 7);

        LoadResult loaded = ProjectStore.open(dir.resolve("p")).load();
        Project project = loaded.project();
        assertThat(loaded.problems()).isEmpty();
        assertThat(shape.sets()).isEqualTo(12);
        assertThat(project.documents()).hasSize(4);
        assertThat(project.annotators()).containsExactly("annotator-1", "annotator-2", "annotator-3");
        assertThat(project.annotationSets()).hasSize(12).allSatisfy(set -> assertThat(set.spans()).hasSize(10));
        assertThat(project.annotationSets()).flatExtracting(AnnotationSet::spans)
                .extracting(s -> s.layer()).contains("entity", "stance");
        assertThat(ProjectValidator.validate(dir.resolve("p"))).isEmpty();
    }

    @Test
    void givesTheSameFilesForTheSameSeed() throws IOException {
        SyntheticProject.generate(dir.resolve("a"), 3, 2, 5, 1);
        SyntheticProject.generate(dir.resolve("b"), 3, 2, 5, 1);

        Path file = Path.of("annotations", "annotator-2", "doc-00002.json");
        assertThat(Files.readString(dir.resolve("a").resolve(file))).isEqualTo(Files.readString(dir.resolve("b").resolve(file)));
    }
}
