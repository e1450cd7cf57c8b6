package dev.mizan.workbench.shell.views;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import dev.mizan.workbench.shell.Roles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer under blind annotation: annotators see their own row only, supervisors everything and the curation counts. */
class ExplorerRolesTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Document DOC = Document.of("d1", "One", null, "زار الشيباني موسكو.");

    private static Project project(Map<String, String> settings) {
        AnnotationSet a = set("amira", "GPE");
        AnnotationSet b = set("omar", "ORG");
        return new Project("p", DefaultSchema.load(), settings, List.of(DOC), List.of(a, b), List.of());
    }

    private static AnnotationSet set(String annotator, String moscow) {
        int at = DOC.text().indexOf("موسكو");
        return new AnnotationSet(annotator, DOC.id(), DOC.sha256(), Status.DONE,
                List.of(new Span("e1", at, at + 5, "entity", moscow)), List.of(), NOW, NOW);
    }

    @Test
    void aBlindAnnotatorSeesOnlyTheirOwnStatusAndNoCurationCounts() {
        Project p = project(Map.of(Roles.SUPERVISORS_SETTING, "lead"));

        ExplorerModel.DocumentRow row = ExplorerModel.rows(p, "amira").get(0);

        assertThat(row.annotators()).extracting(ExplorerModel.AnnotatorRow::annotator).containsExactly("amira");
        assertThat(row.curation()).isNull();
    }

    @Test
    void aSupervisorSeesEveryAnnotatorAndTheResolvedAndOpenCounts() {
        Project p = project(Map.of(Roles.SUPERVISORS_SETTING, "lead"));

        ExplorerModel.DocumentRow row = ExplorerModel.rows(p, "lead").get(0);

        assertThat(row.annotators()).extracting(ExplorerModel.AnnotatorRow::annotator).containsExactly("amira", "omar");
        assertThat(row.curation()).isNotNull();
        assertThat(row.curation().open()).isEqualTo(1);
        assertThat(row.curation().resolved()).isZero();
    }

    @Test
    void rememberedCountsFollowANewGold() {
        Project p = project(Map.of());
        CurationCounts counts = new CurationCounts();
        assertThat(ExplorerModel.rows(p, "amira", counts).get(0).curation().open()).isEqualTo(1);
        int at = DOC.text().indexOf("موسكو");
        dev.mizan.model.GoldSet gold = new dev.mizan.model.GoldSet(DOC.id(), DOC.sha256(), Status.IN_PROGRESS,
                List.of(new Span("g1", at, at + 5, "entity", "GPE")), List.of(),
                Map.of("g1", new dev.mizan.model.Provenance(dev.mizan.model.Provenance.Origin.MANUAL, List.of("amira"),
                        "lead", NOW, null)), NOW, NOW);

        ExplorerModel.DocumentRow row = ExplorerModel.rows(p.withGoldSet(gold), "amira", counts).get(0);

        assertThat(row.curation().open()).isZero();
        assertThat(row.curation().resolved()).isEqualTo(1);
    }

    @Test
    void countsAreUnknownUntilComputedAndAgainWhenTheGoldChanges() {
        Project p = project(Map.of());
        CurationCounts counts = new CurationCounts();
        assertThat(counts.known(p, DOC)).isNull();
        assertThat(ExplorerModel.countsMissing(p, "amira", counts)).isTrue();
        assertThat(ExplorerModel.rows(p, "amira", d -> counts.known(p, d)).get(0).curation()).isNull();

        counts.of(p, DOC);

        assertThat(counts.known(p, DOC).open()).isEqualTo(1);
        assertThat(ExplorerModel.countsMissing(p, "amira", counts)).isFalse();
        int at = DOC.text().indexOf("موسكو");
        Project withGold = p.withGoldSet(new dev.mizan.model.GoldSet(DOC.id(), DOC.sha256(), Status.IN_PROGRESS,
                List.of(new Span("g1", at, at + 5, "entity", "GPE")), List.of(), Map.of(), NOW, NOW));
        assertThat(counts.known(withGold, DOC)).isNull();
    }

    @Test
    void aBlindAnnotatorNeverWaitsForCounts() {
        Project p = project(Map.of(Roles.SUPERVISORS_SETTING, "lead"));

        assertThat(ExplorerModel.countsMissing(p, "amira", new CurationCounts())).isFalse();
    }

    @Test
    void withoutSupervisorsInTheSettingsEveryoneSeesEverything() {
        ExplorerModel.DocumentRow row = ExplorerModel.rows(project(Map.of()), "amira").get(0);

        assertThat(row.annotators()).hasSize(2);
        assertThat(row.curation()).isNotNull();
    }
}
