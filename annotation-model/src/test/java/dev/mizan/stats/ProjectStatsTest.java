package dev.mizan.stats;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Project;
import dev.mizan.model.Relation;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectStatsTest {
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    private static final Document D1 = Document.of("d1", "t", null, "استقبل بوتين وزير الخارجية، في موسكو.");
    private static final Document D2 = Document.of("d2", "t", null, "قال لافروف 14 كلمة");

    private static Project project() {
        AnnotationSet a1 = new AnnotationSet("a", "d1", D1.sha256(), Status.DONE,
                List.of(new Span("s1", 7, 12, "entity", "PER"), new Span("s2", 31, 36, "entity", "GPE"),
                        new Span("s3", 0, 36, "stance", "STANCE")),
                List.of(new Relation("r1", "same_as", "s1", "s1")), NOW, NOW);
        AnnotationSet b1 = new AnnotationSet("b", "d1", D1.sha256(), Status.IN_PROGRESS,
                List.of(new Span("s1", 7, 12, "entity", "PER"), new Span("s2", 7, 12, "entity", "WHO")),
                List.of(), NOW, NOW);
        GoldSet gold = new GoldSet("d1", D1.sha256(), Status.DONE, List.of(new Span("s1", 7, 12, "entity", "PER")),
                List.of(), Map.of(), NOW, NOW);
        return new Project("P", DefaultSchema.load(), Map.of(), List.of(D1, D2), List.of(a1, b1), List.of(gold));
    }

    @Test
    void countsDocumentsTokensAndWords() {
        ProjectStats stats = ProjectStats.of(project());

        assertThat(stats.documents()).isEqualTo(2);
        // d1: 6 words + ، + . = 8 tokens; d2: 4 tokens (one a number)
        assertThat(stats.tokens()).isEqualTo(12);
        assertThat(stats.words()).isEqualTo(10);
        assertThat(stats.characters()).isEqualTo(D1.text().length() + D2.text().length());
    }

    @Test
    void countsSpansPerLayerLabelAndAnnotator() {
        ProjectStats stats = ProjectStats.of(project());

        assertThat(stats.annotators()).containsExactly("a", "b");
        assertThat(stats.spans()).isEqualTo(5);
        assertThat(stats.relations()).isEqualTo(1);
        assertThat(stats.spansPerLayer()).containsExactly(Map.entry("entity", 4L), Map.entry("stance", 1L),
                Map.entry("claim", 0L));
        assertThat(stats.spansPerAnnotator()).containsExactly(Map.entry("a", 3L), Map.entry("b", 2L));
        assertThat(stats.labels()).filteredOn(c -> c.label().equals("PER")).singleElement()
                .satisfies(c -> {
                    assertThat(c.total()).isEqualTo(2);
                    assertThat(c.perAnnotator()).containsExactly(Map.entry("a", 1L), Map.entry("b", 1L));
                });
    }

    @Test
    void listsEverySchemaLabelAndThenLabelsTheSchemaDoesNotKnow() {
        ProjectStats stats = ProjectStats.of(project());

        assertThat(stats.labels()).extracting(LabelCount::label)
                .containsExactly("PER", "ORG", "GPE", "LOC", "FAC", "DATE", "EVENT", "MISC", "WHO", "STANCE", "CLAIM");
        assertThat(stats.labels()).filteredOn(c -> c.label().equals("ORG")).singleElement()
                .satisfies(c -> assertThat(c.total()).isZero());
    }

    @Test
    void countsStatusesWithDocumentsWithoutASetAsNew() {
        ProjectStats stats = ProjectStats.of(project());

        assertThat(stats.statusesPerAnnotator().get("a"))
                .containsEntry(Status.DONE, 1L).containsEntry(Status.NEW, 1L).containsEntry(Status.IN_PROGRESS, 0L);
        assertThat(stats.statusesPerAnnotator().get("b"))
                .containsEntry(Status.IN_PROGRESS, 1L).containsEntry(Status.NEW, 1L);
    }

    @Test
    void countsTheGoldApart() {
        ProjectStats stats = ProjectStats.of(project());

        assertThat(stats.goldDocuments()).isEqualTo(1);
        assertThat(stats.goldSpans()).isEqualTo(1);
    }
}
