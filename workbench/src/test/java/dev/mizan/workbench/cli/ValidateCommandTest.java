package dev.mizan.workbench.cli;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import dev.mizan.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void exitsZeroOnTheSampleProject() {
        CliRun run = CliRun.of("validate", "../sample-projects/syria-russia-visit");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("no problems");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsOneLinePerProblemAndExitsOne() throws IOException {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "T", DefaultSchema.load());
        Document doc = Document.of("d1", "t", null, "استقبل بوتين الوزير");
        store.saveDocument(doc);
        Instant now = Instant.parse("2026-11-30T00:00:00Z");
        store.saveAnnotationSet(new AnnotationSet("a", "d1", doc.sha256(), Status.IN_PROGRESS,
                List.of(new Span("s1", 7, 12, "entity", "PERSON"), new Span("s2", 7, 99, "entity", "PER")),
                List.of(), now, now));

        CliRun run = CliRun.of("validate", dir.resolve("p").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).matches("annotations/a/d1\\.json:\\d+:\\d+: .*"));
        assertThat(run.err()).contains("2 problems");
    }

    @Test
    void saysInOneLineWhenTheFolderIsNotAProject() {
        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("mizan validate:").contains("is not a Mizan project")
                .doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
