package dev.mizan.workbench.agreement;

import dev.mizan.agreement.AgreementReport;
import dev.mizan.agreement.ConfusionMatrix;
import dev.mizan.agreement.ProjectAgreement;
import dev.mizan.agreement.ReportEntry;
import dev.mizan.model.Project;
import dev.mizan.store.ProjectStore;
import dev.mizan.workbench.testing.SampleProjects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard over the sample project's report (three annotators, five articles). */
class AgreementDashboardTest {
    private static Project project;
    private static AgreementDashboard dashboard;

    @BeforeAll
    static void computeOnce() {
        project = ProjectStore.open(SampleProjects.SAMPLE).load().project();
        AgreementReport report = ProjectAgreement.compute(project, AgreementRequest.all().options().withResamples(50));
        dashboard = new AgreementDashboard(report, id -> "title of " + id);
    }

    @Test
    void corpusValuesAreTheLayerLevelEntriesForAllAnnotatorsWithAlphaUFirst() {
        List<AgreementDashboard.ValueRow> rows = dashboard.corpusValues("entity");

        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).measure()).isEqualTo("krippendorff-alpha-u");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.entry().layer()).isEqualTo("entity");
            assertThat(r.entry().label()).isNull();
            assertThat(r.entry().pair()).isNull();
            assertThat(r.entry().document()).isNull();
        });
        assertThat(rows).extracting(AgreementDashboard.ValueRow::measure).doesNotHaveDuplicates();
    }

    @Test
    void perLabelRowsCarryTheirLabelsValuesInColumnOrder() {
        List<AgreementDashboard.LabelRow> rows = dashboard.labels("entity");

        assertThat(rows).extracting(AgreementDashboard.LabelRow::label).contains("PER", "GPE");
        AgreementDashboard.LabelRow per = rows.stream().filter(r -> r.label().equals("PER")).findFirst().orElseThrow();
        for (int i = 0; i < AgreementDashboard.LABEL_MEASURES.size(); i++) {
            assertThat(per.entries().get(i).measure()).isEqualTo(AgreementDashboard.LABEL_MEASURES.get(i));
            assertThat(per.entries().get(i).label()).isEqualTo("PER");
        }
    }

    @Test
    void pairGridIsSymmetricWithAnEmptyDiagonal() {
        AgreementDashboard.PairGrid grid = dashboard.pairs("entity", "span-f1-overlap");

        assertThat(grid.annotators()).containsExactly("annotator-a", "annotator-b", "annotator-c");
        for (int i = 0; i < 3; i++) {
            assertThat(grid.cell(i, i)).isEmpty();
            for (int j = 0; j < 3; j++) {
                if (i != j) {
                    assertThat(grid.cell(i, j)).isPresent();
                    assertThat(grid.cells()[i][j]).isSameAs(grid.cells()[j][i]);
                }
            }
        }
        assertThat(grid.cell(0, 2).orElseThrow().pair()).containsExactly("annotator-a", "annotator-c");
    }

    @Test
    void documentsComeLeastAgreementFirstAndUndefinedLast() {
        List<AgreementDashboard.DocumentRow> rows = dashboard.documents("entity", "krippendorff-alpha-u");

        assertThat(rows).hasSize(project.documents().size());
        List<ReportEntry> defined = rows.stream().map(AgreementDashboard.DocumentRow::entry)
                .filter(e -> e.value().isDefined()).toList();
        for (int i = 1; i < defined.size(); i++) {
            assertThat(defined.get(i).value().get()).isGreaterThanOrEqualTo(defined.get(i - 1).value().get());
        }
        int firstUndefined = rows.stream().map(r -> r.entry().value().isDefined()).toList().indexOf(false);
        if (firstUndefined >= 0) {
            assertThat(rows.subList(firstUndefined, rows.size())).allSatisfy(r -> assertThat(r.entry().value().isDefined()).isFalse());
        }
        assertThat(rows.get(0).title()).isEqualTo("title of " + rows.get(0).documentId());
    }

    @Test
    void confusionOfAPairGivenTheOtherWayRoundIsTransposed() {
        ConfusionMatrix ab = dashboard.confusion("entity", List.of("annotator-a", "annotator-b")).orElseThrow();
        ConfusionMatrix ba = dashboard.confusion("entity", List.of("annotator-b", "annotator-a")).orElseThrow();

        assertThat(ba.pair()).containsExactly("annotator-b", "annotator-a");
        assertThat(ab.labels()).endsWith(ConfusionMatrix.MISSING);
        for (int i = 0; i < ab.labels().size(); i++) {
            for (int j = 0; j < ab.labels().size(); j++) {
                assertThat(ba.counts()[j][i]).isEqualTo(ab.counts()[i][j]);
            }
        }
    }

    @Test
    void disagreementsNarrowToTheLayerAndDocument() {
        assertThat(dashboard.report().disagreements()).as("the sample's annotators disagree somewhere").isNotEmpty();
        String layer = dashboard.report().disagreements().get(0).layer();
        String doc = dashboard.report().disagreements().get(0).document();

        assertThat(dashboard.disagreements(layer, null)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.layer()).isEqualTo(layer));
        assertThat(dashboard.disagreements(layer, doc)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.document()).isEqualTo(doc));
        assertThat(dashboard.disagreementCounts(layer).get(doc))
                .isEqualTo((long) dashboard.disagreements(layer, doc).size());
    }

    @Test
    void choosingEveryAnnotatorAndDocumentRequestsTheSameAsTheCommandLineDefault() {
        List<String> allDocs = project.documents().stream().map(d -> d.id()).toList();

        assertThat(AgreementRequest.of(project, project.annotators(), allDocs)).isEqualTo(AgreementRequest.all());
        assertThat(AgreementRequest.of(project, List.of("annotator-a", "annotator-b"), allDocs).annotators())
                .containsExactly("annotator-a", "annotator-b");
    }

    @Test
    void aChoiceWithOneAnnotatorOrNoDocumentIsRefusedRatherThanTakenAsAll() {
        assertThat(AgreementRequest.problem(List.of("annotator-a"), List.of("d1"))).contains("problem.twoAnnotators");
        assertThat(AgreementRequest.problem(List.of("annotator-a", "annotator-b"), List.of())).contains("problem.noDocuments");
        assertThat(AgreementRequest.problem(List.of("annotator-a", "annotator-b"), List.of("d1"))).isEmpty();
    }
}
