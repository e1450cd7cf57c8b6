package dev.mizan.curation;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCurationTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final Document DOC = Document.of("d1", "One", null, "زار الشيباني موسكو.");

    private static AnnotationSet set(String annotator, String sha, String label) {
        int at = DOC.text().indexOf("موسكو");
        return new AnnotationSet(annotator, DOC.id(), sha, Status.DONE, List.of(new Span("e1", at, at + 5, "entity", label)),
                List.of(), T, T);
    }

    private static Project project(Map<String, String> settings, AnnotationSet... sets) {
        return new Project("p", DefaultSchema.load(), settings, List.of(DOC), List.of(sets), List.of());
    }

    @Test
    void leavesOutASetMadeOnAnotherText() {
        Project p = project(Map.of(), set("a", DOC.sha256(), "GPE"), set("b", "0".repeat(64), "GPE"));

        assertThat(new ProjectCuration(p).setsOf(DOC)).extracting(AnnotationSet::annotator).containsExactly("a");
    }

    @Test
    void readsTheAgreementNeededFromTheProjectSettings() {
        Project p = project(Map.of(ProjectCuration.MIN_AGREE_SETTING, "1"), set("a", DOC.sha256(), "GPE"),
                set("b", DOC.sha256(), "ORG"));

        assertThat(new ProjectCuration(p).progress(DOC).open()).isZero();
        assertThat(new ProjectCuration(project(Map.of(), set("a", DOC.sha256(), "GPE"), set("b", DOC.sha256(), "ORG")))
                .progress(DOC).open()).isEqualTo(1);
    }

    @Test
    void aDocumentWithoutAnnotationsHasNothingToCurate() {
        assertThat(new ProjectCuration(project(Map.of())).progress(DOC).applies()).isFalse();
    }
}
