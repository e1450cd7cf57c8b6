package dev.mizan.curation;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Provenance;
import dev.mizan.model.Relation;
import dev.mizan.model.Span;
import dev.mizan.model.SpanKey;
import dev.mizan.model.Status;
import dev.mizan.store.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.mizan.curation.CurationFixture.DOC;
import static dev.mizan.curation.CurationFixture.SCHEMA;
import static dev.mizan.curation.CurationFixture.T0;
import static dev.mizan.curation.CurationFixture.T1;
import static dev.mizan.curation.CurationFixture.entity;
import static dev.mizan.curation.CurationFixture.set;
import static dev.mizan.curation.CurationFixture.stance;
import static org.assertj.core.api.Assertions.assertThat;

class AutoMergerTest {
    private final AutoMerger merger = new AutoMerger(SCHEMA, MergeOptions.defaults());

    private List<AnnotationSet> threeAnnotators() {
        return List.of(
                set("a", entity("a1", "PER", "بوتين"), entity("a2", "GPE", "موسكو"), entity("a3", "GPE", "سوريا")),
                set("b", entity("b1", "PER", "بوتين"), entity("b2", "ORG", "موسكو"), entity("b3", "GPE", "سوريا")),
                set("c", entity("c1", "PER", "الرئيس بوتين"), entity("c2", "ORG", "موسكو")));
    }

    @Test
    void mergesSpansThatAStrictMajorityMade() {
        MergeResult r = merger.merge(DOC, threeAnnotators(), null, T0);

        assertThat(r.threshold()).isEqualTo(2);
        assertThat(r.gold().spans()).extracting(SpanKey::of).containsExactly(
                new SpanKey("entity", "PER", 11, 16), new SpanKey("entity", "ORG", 20, 25),
                new SpanKey("entity", "GPE", 31, 36));
        Span putin = r.gold().spans().get(0);
        assertThat(r.gold().provenance().get(putin.id()).annotators()).containsExactly("a", "b");
        assertThat(r.gold().provenance().get(putin.id()).origin()).isEqualTo(Provenance.Origin.AUTO);
        assertThat(r.gold().status()).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void listsMinoritySpansAsDisagreementsWithEveryAnnotatorsVersion() {
        MergeResult r = merger.merge(DOC, threeAnnotators(), null, T0);

        assertThat(r.disagreements()).hasSize(2);
        Disagreement title = r.disagreements().get(0);
        assertThat(title.kind()).isEqualTo(Disagreement.Kind.SPAN);
        assertThat(title.begin()).isEqualTo(4);
        assertThat(title.versions()).extracting(Disagreement.Version::annotator).containsExactly("a", "b", "c");
        Disagreement moscow = r.disagreements().get(1);
        assertThat(moscow.versions()).extracting(Disagreement.Version::label).containsExactly("GPE", "ORG", "ORG");
    }

    @Test
    void honoursAHigherMinimumAgreement() {
        MergeResult r = new AutoMerger(SCHEMA, new MergeOptions(3, null)).merge(DOC, threeAnnotators(), null, T0);

        assertThat(r.gold().spans()).isEmpty();
        assertThat(r.mergedSpans()).isZero();
    }

    @Test
    void mergesAttributesByMajorityAndMapsLinksToGoldIds() {
        var a = set("a", List.of(entity("a1", "PER", "بوتين"), stance("a2", "تدعم سوريا", Map.of("polarity", "SUPPORT", "holder", "a1"))), List.of());
        var b = set("b", List.of(entity("b7", "PER", "بوتين"), stance("b8", "تدعم سوريا", Map.of("polarity", "SUPPORT", "holder", "b7"))), List.of());
        var c = set("c", List.of(stance("c1", "تدعم سوريا", Map.of("polarity", "OPPOSE"))), List.of());

        MergeResult r = merger.merge(DOC, List.of(a, b, c), null, T0);

        String putin = Adjudication.goldIdOf(r.gold(), SpanKey.of(entity("x", "PER", "بوتين"))).orElseThrow();
        Span stance = r.gold().spans().stream().filter(s -> s.layer().equals("stance")).findFirst().orElseThrow();
        assertThat(stance.attributes()).containsEntry("polarity", "SUPPORT").containsEntry("holder", putin);
        assertThat(r.disagreements()).isEmpty();
    }

    @Test
    void leavesAnAttributeWithoutMajorityOpen() {
        var a = set("a", stance("a1", "تدعم سوريا", Map.of("polarity", "SUPPORT")));
        var b = set("b", stance("b1", "تدعم سوريا", Map.of("polarity", "NEUTRAL")));

        MergeResult r = merger.merge(DOC, List.of(a, b), null, T0);

        assertThat(r.gold().spans()).singleElement().satisfies(s -> assertThat(s.attributes()).doesNotContainKey("polarity"));
        assertThat(r.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Disagreement.Kind.ATTRIBUTE);
            assertThat(d.attribute()).isEqualTo("polarity");
            assertThat(d.versions()).extracting(Disagreement.Version::value).containsExactly("SUPPORT", "NEUTRAL");
        });
    }

    @Test
    void mergesRelationsOnlyBetweenGoldSpansThatEnoughAnnotatorsDrew() {
        var a = set("a", List.of(entity("a1", "GPE", "موسكو"), entity("a2", "GPE", "سوريا")),
                List.of(new Relation("ar1", "same_as", "a1", "a2")));
        var b = set("b", List.of(entity("b1", "GPE", "موسكو"), entity("b2", "GPE", "سوريا")),
                List.of(new Relation("br1", "same_as", "b1", "b2")));
        var c = set("c", List.of(entity("c1", "GPE", "موسكو"), entity("c2", "GPE", "سوريا")), List.of());

        MergeResult two = merger.merge(DOC, List.of(a, b, c), null, T0);
        MergeResult three = new AutoMerger(SCHEMA, new MergeOptions(3, null)).merge(DOC, List.of(a, b, c), null, T0);

        assertThat(two.gold().relations()).singleElement().satisfies(rel -> assertThat(rel.type()).isEqualTo("same_as"));
        assertThat(two.mergedRelations()).isEqualTo(1);
        assertThat(three.gold().relations()).isEmpty();
        assertThat(three.disagreements()).extracting(Disagreement::kind).containsExactly(Disagreement.Kind.RELATION);
    }

    @Test
    void reRunningOnTheSameAnnotationsLeavesTheGoldFileUnchanged() {
        GoldSet first = merger.merge(DOC, threeAnnotators(), null, T0).gold();

        MergeResult again = merger.merge(DOC, threeAnnotators(), first, T1);

        assertThat(again.changed()).isFalse();
        assertThat(Json.toString(again.gold())).isEqualTo(Json.toString(first));
    }

    @Test
    void neverOverwritesAManualDecisionNorResurrectsARejectedSpan() {
        GoldSet auto = merger.merge(DOC, threeAnnotators(), null, T0).gold();
        Adjudication curator = new Adjudication(DOC, SCHEMA, threeAnnotators(), "salma", T1);
        String putin = Adjudication.goldIdOf(auto, new SpanKey("entity", "PER", 11, 16)).orElseThrow();
        GoldSet curated = curator.editSpan(auto, putin, 4, 16, "PER");
        curated = curator.rejectSpan(curated, new SpanKey("entity", "ORG", 20, 25), "Moscow is the city here");
        curated = curator.acceptSpan(curated, "a", "a2");

        MergeResult again = merger.merge(DOC, threeAnnotators(), curated, T1.plusSeconds(60));

        assertThat(again.gold().spans()).extracting(SpanKey::of).containsExactly(
                new SpanKey("entity", "PER", 4, 16), new SpanKey("entity", "GPE", 20, 25),
                new SpanKey("entity", "GPE", 31, 36));
        assertThat(again.gold().provenance().get(putin).origin()).isEqualTo(Provenance.Origin.MANUAL);
        assertThat(again.gold().provenance().get(putin).curator()).isEqualTo("salma");
        assertThat(again.disagreements()).isEmpty();
    }

    @Test
    void ignoresAnnotatorsWhoHaveNotStarted() {
        var untouched = new AnnotationSet("d", DOC.id(), DOC.sha256(), Status.NEW, List.of(), List.of(), T0, T0);
        var sets = new java.util.ArrayList<>(threeAnnotators());
        sets.add(untouched);

        MergeResult r = merger.merge(DOC, sets, null, T0);

        assertThat(r.annotators()).containsExactly("a", "b", "c");
        assertThat(r.threshold()).isEqualTo(2);
    }
}
