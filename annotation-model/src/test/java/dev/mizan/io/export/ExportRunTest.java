package dev.mizan.io.export;

import dev.mizan.io.conll.ConllExporter;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.Exporters;
import dev.mizan.spi.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportRunTest {
    @TempDir
    Path out;

    private static Project project(Span extra) {
        ExportDocument main = ExportFixture.mainDocument(Split.ALL);
        ExportDocument emoji = ExportFixture.emojiDocument(Split.ALL);
        List<AnnotationSet> sets = new ArrayList<>();
        for (String annotator : List.of("a", "b")) {
            for (ExportDocument d : List.of(main, emoji)) {
                AnnotationSet s = d.annotations();
                List<Span> spans = new ArrayList<>(s.spans());
                if (extra != null && d == main && annotator.equals("a")) {
                    spans.add(extra);
                }
                sets.add(new AnnotationSet(annotator, s.documentId(), s.textSha256(), s.status(), spans, s.relations(),
                        s.created(), s.modified()));
            }
        }
        return new Project("p", ExportFixture.SCHEMA, null, List.of(main.document(), emoji.document()), sets, List.of());
    }

    private static ExportRequest request(String source) {
        return new ExportRequest(ExportSource.parse(source), SplitSpec.parse("50/0/50"), 7, ExportOptions.defaults(), null);
    }

    @Test
    void writesADatasetCardWithCountsFilesOffsetUnitsSchemaAndAgreement() throws Exception {
        ExportOutcome outcome = ExportRun.run(project(null), new ConllExporter(), request("majority"), out,
                new ProjectAgreementFigures(List.of("entity")));

        String card = Files.readString(outcome.card());
        assertThat(card).contains("# p — conll export").contains("`majority`").contains("50/0/50").contains("seed 7")
                .contains("| train | 1 |").contains("| test | 1 |")
                .contains("| entity | GPE |").contains("`train.conll` | no character offsets")
                .contains("### stance (موقف)").contains("attribute `polarity` (enum: SUPPORT, OPPOSE, NEUTRAL)")
                .contains("| entity | krippendorff-alpha-u | 1.000");
        assertThat(card).contains("## What the format could not express").contains("«موسكو» does not begin and end on token boundaries");
    }

    @Test
    void leavesOutAndReportsSpansWhoseOffsetsNoConsumerCouldUse() throws Exception {
        Span broken = new Span("bad", 1, 2, "entity", "PER");
        ExportDocument emoji = ExportFixture.emojiDocument(Split.ALL);
        Project p = new Project("p", ExportFixture.SCHEMA, null, List.of(emoji.document()),
                List.of(new AnnotationSet("a", "d2", emoji.document().sha256(), null, List.of(broken), null, null, null)), null);

        ExportOutcome outcome = ExportRun.run(p, new ConllExporter(), new ExportRequest(ExportSource.parse("annotator:a"),
                null, 42, null, null), out, new ProjectAgreementFigures(List.of()));

        assertThat(outcome.checks()).singleElement().satisfies(w -> assertThat(w.message()).contains("outside the BMP"));
        assertThat(Files.readString(out.resolve("README.md"))).contains("outside the BMP").contains("Only 1 annotator")
                .doesNotContain("krippendorff");
    }

    @Test
    void explainsThatThereIsNoGoldYet() {
        assertThatThrownBy(() -> ExportRun.run(project(null), new ConllExporter(), request("gold"), out, AgreementFigures.NOT_COMPUTED))
                .hasMessageContaining("mizan curate");
    }

    @Test
    void refusesALayerTheSchemaDoesNotHave() {
        ExportRequest r = new ExportRequest(ExportSource.parse("majority"), null, 42,
                new ExportOptions("events", null, false, null), null);

        assertThatThrownBy(() -> ExportRun.run(project(null), new ConllExporter(), r, out, AgreementFigures.NOT_COMPUTED))
                .hasMessageContaining("no layer 'events'");
    }

    @Test
    void findsEveryBuiltInExporterThroughServiceLoader() {
        Exporters exporters = Exporters.load(getClass().getClassLoader());

        assertThat(exporters.all()).extracting(e -> e.id())
                .containsExactly("brat", "conll", "conllu", "doccano", "hf", "spacy", "tables", "webanno-tsv");
        assertThat(exporters.failures()).isEmpty();
        assertThat(exporters.byId("CONLL")).isPresent();
    }

    @Test
    void parsesSources() {
        assertThat(ExportSource.parse("annotator:annotator-a").annotator()).isEqualTo("annotator-a");
        assertThat(ExportSource.parse("GOLD").kind()).isEqualTo(ExportSource.Kind.GOLD);
        assertThatThrownBy(() -> ExportSource.parse("annotator:")).hasMessageContaining("annotator:NAME");
    }
}
