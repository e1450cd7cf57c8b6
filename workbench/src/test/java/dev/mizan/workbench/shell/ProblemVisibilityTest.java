package dev.mizan.workbench.shell;

import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Project;
import dev.mizan.store.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemVisibilityTest {
    private static final Project BLIND = project(Map.of(Roles.SUPERVISORS_SETTING, "lead"));
    private static final Project OPEN = project(Map.of());

    private static Project project(Map<String, String> settings) {
        return new Project("p", DefaultSchema.load(), settings, List.of(), List.of(), List.of());
    }

    private static ProblemEntry in(String file) {
        return ProblemEntry.fromStore(Problem.of(Path.of(file), "bad"));
    }

    @ParameterizedTest
    @CsvSource({
            "annotations/annotator-a/01-putin.json, true",
            "annotations/annotator-b/01-putin.json, false",
            "annotations/annotator-ab/01-putin.json, false",
            "annotations/stray.json, false",
            "curation/01-putin.json, false",
            "documents/01-putin.txt, true",
            "documents/01-putin.json, true",
            "project.json, true",
    })
    void anAnnotatorUnderBlindAnnotationSeesOnlyTheirOwnFilesAndTheProjectWideProblems(String file, boolean shown) {
        assertThat(ProblemVisibility.visible(List.of(in(file)), BLIND, "annotator-a")).hasSize(shown ? 1 : 0);
    }

    @Test
    void aProblemInNoFileIsShownToEveryone() {
        ProblemEntry plugin = new ProblemEntry(ProblemEntry.Severity.WARNING, "broken.jar is damaged", "broken.jar", null, null);

        assertThat(ProblemVisibility.visible(List.of(plugin), BLIND, "annotator-a")).containsExactly(plugin);
    }

    @Test
    void aSupervisorSeesEveryonesProblems() {
        List<ProblemEntry> all = List.of(in("annotations/annotator-b/01.json"), in("curation/01.json"));

        assertThat(ProblemVisibility.visible(all, BLIND, "lead")).isEqualTo(all);
        assertThat(ProblemVisibility.visible(all, OPEN, "annotator-a")).as("no supervisors named: everyone supervises")
                .isEqualTo(all);
    }
}
