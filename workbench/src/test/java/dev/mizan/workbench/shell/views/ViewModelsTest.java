package dev.mizan.workbench.shell.views;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Relation;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ViewModelsTest {
    static final String TEXT = "قال بوتين إن موسكو تدعم وحدة سوريا.";
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    final Schema schema = DefaultSchema.load();
    final Document doc = Document.of("d1", "Putin backs Syria", null, TEXT);
    final Span putin = new Span("e1", TEXT.indexOf("بوتين"), TEXT.indexOf("بوتين") + 5, "entity", "PER");
    final Span moscow = new Span("e2", TEXT.indexOf("موسكو"), TEXT.indexOf("موسكو") + 5, "entity", "GPE");
    final Span stance = new Span("s1", TEXT.indexOf("تدعم"), TEXT.length() - 1, "stance", "STANCE",
            Map.of("polarity", "SUPPORT", "holder", "e2"));
    final AnnotationSet set = AnnotationSet.empty("amira", doc, NOW)
            .withSpans(List.of(stance, moscow, putin), NOW)
            .withRelations(List.of(new Relation("r1", "same_as", "e2", "e1")), NOW);

    @Test
    void outlineListsAnnotationsInReadingOrderWithTheirText() {
        List<OutlineModel.Row> rows = OutlineModel.rows(set, TEXT);

        assertThat(rows).extracting(OutlineModel.Row::text).containsExactly("بوتين", "موسكو", "تدعم وحدة سوريا");
        assertThat(rows.get(2).attributes()).isEqualTo("holder=e2, polarity=SUPPORT");
        assertThat(OutlineModel.indexOf(rows, "e2")).isEqualTo(1);
    }

    @Test
    void outlineRebuildsOnlyTheRowsOfSpansAnEditChanged() {
        Map<Span, OutlineModel.Row> known = new java.util.IdentityHashMap<>();
        List<OutlineModel.Row> before = OutlineModel.rows(set, TEXT, known);
        AnnotationSet relabelled = set.withSpan(moscow.withLabel("LOC"), NOW);

        List<OutlineModel.Row> after = OutlineModel.rows(relabelled, TEXT, known);

        assertThat(after).isEqualTo(OutlineModel.rows(relabelled, TEXT));
        assertThat(after.get(0)).as("putin's row is reused").isSameAs(before.get(0));
        assertThat(after.get(1).label()).isEqualTo("LOC");
        assertThat(known).hasSize(3).doesNotContainKey(moscow);
    }

    @Test
    void outlineShortensLongTextInTheMiddle() {
        String shortened = OutlineModel.cover("أ".repeat(200), 0, 200);

        assertThat(shortened).hasSizeLessThanOrEqualTo(OutlineModel.MAX_TEXT + 3).contains(" … ");
    }

    @Test
    void propertiesShowEveryAttributeOfTheLayerAndFollowLinks() {
        List<PropertiesModel.Row> rows = PropertiesModel.rows(schema, set, TEXT, "s1");

        assertThat(rows).extracting(PropertiesModel.Row::name)
                .containsExactly("label", "text", "polarity", "holder", "target");
        PropertiesModel.Row holder = rows.get(3);
        assertThat(holder.kind()).isEqualTo(PropertiesModel.Kind.LINK);
        assertThat(holder.shown()).isEqualTo("موسكو (GPE)");
        assertThat(holder.targetId()).isEqualTo("e2");
        assertThat(rows.get(2).choices()).containsExactly("SUPPORT", "OPPOSE", "NEUTRAL");
        assertThat(rows.get(4).value()).isEmpty();
    }

    @Test
    void propertiesListRelationsBothWays() {
        assertThat(PropertiesModel.rows(schema, set, TEXT, "e1")).last()
                .satisfies(r -> assertThat(r.shown()).isEqualTo("← موسكو"));
        assertThat(PropertiesModel.rows(schema, set, TEXT, "e2")).last()
                .satisfies(r -> assertThat(r.shown()).isEqualTo("→ بوتين"));
    }

    @Test
    void propertiesAreEmptyWithoutASelection() {
        assertThat(PropertiesModel.rows(schema, set, TEXT, null)).isEmpty();
    }

    @Test
    void explorerShowsEachAnnotatorsStatusAndTheUsersOwn() {
        AnnotationSet other = AnnotationSet.empty("omar", doc, NOW).withStatus(Status.DONE, NOW);
        Project p = new Project("p", schema, Map.of(), List.of(doc, Document.of("d2", "Second", null, "نص")),
                List.of(set, other), List.of());

        List<ExplorerModel.DocumentRow> rows = ExplorerModel.rows(p, "amira");

        assertThat(rows).extracting(ExplorerModel.DocumentRow::myStatus).containsExactly(Status.IN_PROGRESS, Status.NEW);
        assertThat(rows.get(0).annotators()).extracting(ExplorerModel.AnnotatorRow::annotator).containsExactly("amira", "omar");
        assertThat(rows.get(0).annotators().get(0)).extracting(ExplorerModel.AnnotatorRow::spans, ExplorerModel.AnnotatorRow::isCurrentUser)
                .containsExactly(3, true);
        assertThat(ExplorerModel.doneCount(ExplorerModel.rows(p, "omar"))).isEqualTo(1);
    }

    @Test
    void explorerShortensLongTitles() {
        assertThat(ExplorerModel.shortTitle("بوتين يؤكد دعم وحدة سوريا: «مرحلة جديدة» في العلاقات مع موسكو"))
                .hasSize(ExplorerModel.MAX_TITLE).endsWith("…");
    }

    @Test
    void statusBarCountsAnnotationsAndLinks() {
        StatusBarModel m = StatusBarModel.of("amira", "Putin", set, "SAVED");

        assertThat(m.spans()).isEqualTo(3);
        assertThat(m.links()).isEqualTo(2);
    }
}
