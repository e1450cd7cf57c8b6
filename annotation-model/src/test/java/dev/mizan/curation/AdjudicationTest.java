package dev.mizan.curation;

import dev.mizan.model.GoldSet;
import dev.mizan.model.Provenance;
import dev.mizan.model.Relation;
import dev.mizan.model.Rejection;
import dev.mizan.model.SpanKey;
import dev.mizan.store.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.mizan.curation.CurationFixture.DOC;
import static dev.mizan.curation.CurationFixture.SCHEMA;
import static dev.mizan.curation.CurationFixture.T1;
import static dev.mizan.curation.CurationFixture.entity;
import static dev.mizan.curation.CurationFixture.set;
import static dev.mizan.curation.CurationFixture.stance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdjudicationTest {
    private final List<dev.mizan.model.AnnotationSet> sets = List.of(
            set("a", List.of(entity("a1", "PER", "بوتين"), entity("a2", "GPE", "سوريا"),
                    stance("a3", "تدعم سوريا", Map.of("polarity", "SUPPORT", "holder", "a1"))),
                    List.of(new Relation("ar", "same_as", "a2", "a2"))),
            set("b", entity("b1", "PER", "الرئيس بوتين")));
    private final Adjudication curator = new Adjudication(DOC, SCHEMA, sets, "salma", T1);

    @Test
    void acceptingASpanRecordsTheCuratorTheTimeAndWhoMadeIt() {
        GoldSet gold = curator.acceptSpan(curator.emptyGold(), "a", "a1");

        assertThat(gold.spans()).singleElement().satisfies(s -> assertThat(SpanKey.of(s)).isEqualTo(new SpanKey("entity", "PER", 11, 16)));
        Provenance p = gold.provenance().get(gold.spans().get(0).id());
        assertThat(p.origin()).isEqualTo(Provenance.Origin.MANUAL);
        assertThat(p.curator()).isEqualTo("salma");
        assertThat(p.at()).isEqualTo(T1);
        assertThat(p.annotators()).containsExactly("a");
    }

    @Test
    void acceptingAStanceMapsItsHolderToTheGoldSpanOrLeavesItOut() {
        GoldSet withoutHolder = curator.acceptSpan(curator.emptyGold(), "a", "a3");
        GoldSet withHolder = curator.acceptSpan(curator.acceptSpan(curator.emptyGold(), "a", "a1"), "a", "a3");

        assertThat(withoutHolder.spans().get(0).attributes()).containsOnlyKeys("polarity");
        String putin = Adjudication.goldIdOf(withHolder, new SpanKey("entity", "PER", 11, 16)).orElseThrow();
        assertThat(withHolder.spans()).filteredOn(s -> s.layer().equals("stance")).singleElement()
                .satisfies(s -> assertThat(s.attributes()).containsEntry("holder", putin));
    }

    @Test
    void rejectingRemovesTheSpanItsLinksAndRemembersTheDecision() {
        GoldSet gold = curator.acceptSpan(curator.acceptSpan(curator.emptyGold(), "a", "a1"), "a", "a3");
        String putin = Adjudication.goldIdOf(gold, new SpanKey("entity", "PER", 11, 16)).orElseThrow();

        GoldSet rejected = curator.rejectGoldSpan(gold, putin, "title belongs in the span");

        assertThat(rejected.spans()).extracting(s -> s.layer()).containsExactly("stance");
        assertThat(rejected.spans().get(0).attributes()).doesNotContainKey("holder");
        assertThat(rejected.provenance()).doesNotContainKey(putin);
        assertThat(rejected.rejected()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Rejection.Kind.SPAN);
            assertThat(r.curator()).isEqualTo("salma");
            assertThat(r.note()).isEqualTo("title belongs in the span");
        });
    }

    @Test
    void editingKeepsTheIdAndRejectsTheOldExtent() {
        GoldSet gold = curator.acceptSpan(curator.emptyGold(), "a", "a1");
        String id = gold.spans().get(0).id();

        GoldSet edited = curator.editSpan(gold, id, 4, 16, "PER");

        assertThat(edited.spans().get(0).id()).isEqualTo(id);
        assertThat(edited.provenance().get(id).annotators()).containsExactly("b");
        assertThat(edited.rejected()).singleElement().satisfies(r -> assertThat(r.span()).isEqualTo(new SpanKey("entity", "PER", 11, 16)));
    }

    @Test
    void refusesAnEditOutsideTheTextOrToAnUnknownLabel() {
        GoldSet gold = curator.acceptSpan(curator.emptyGold(), "a", "a1");
        String id = gold.spans().get(0).id();

        assertThatThrownBy(() -> curator.editSpan(gold, id, 4, 999, "PER")).hasMessageContaining("inside d1");
        assertThatThrownBy(() -> curator.editSpan(gold, id, 4, 16, "PERSON")).hasMessageContaining("no label PERSON");
    }

    @Test
    void resolvingAnAttributeChecksItsValue() {
        GoldSet gold = curator.acceptSpan(curator.emptyGold(), "a", "a3");
        String id = gold.spans().get(0).id();

        GoldSet resolved = curator.resolveAttribute(gold, id, "polarity", "OPPOSE");

        assertThat(resolved.spans().get(0).attributes()).containsEntry("polarity", "OPPOSE");
        assertThat(resolved.provenance().get(id).note()).contains("polarity");
        assertThatThrownBy(() -> curator.resolveAttribute(gold, id, "polarity", "MAYBE")).hasMessageContaining("SUPPORT");
        assertThatThrownBy(() -> curator.resolveAttribute(gold, id, "holder", "g99")).hasMessageContaining("no span g99");
    }

    @Test
    void acceptsARelationOnlyWhenBothEndsAreGold() {
        assertThatThrownBy(() -> curator.acceptRelation(curator.emptyGold(), "a", "ar")).hasMessageContaining("accept it first");

        GoldSet gold = curator.acceptRelation(curator.acceptSpan(curator.emptyGold(), "a", "a2"), "a", "ar");
        assertThat(gold.relations()).singleElement().satisfies(r -> assertThat(r.type()).isEqualTo("same_as"));

        GoldSet rejected = curator.rejectGoldRelation(gold, gold.relations().get(0).id(), null);
        assertThat(rejected.relations()).isEmpty();
        assertThat(rejected.rejected()).extracting(Rejection::kind).containsExactly(Rejection.Kind.RELATION);
    }

    @Test
    void goldFilesWithoutRejectionsStillLoadAndRejectionsRoundTrip() throws Exception {
        GoldSet gold = curator.rejectSpan(curator.acceptSpan(curator.emptyGold(), "a", "a1"),
                new SpanKey("entity", "PER", 4, 16), "no");
        String json = Json.toString(gold);

        GoldSet back = Json.mapper().readValue(json, GoldSet.class);
        GoldSet old = Json.mapper().readValue(json.replaceAll("(?s),\\s*\"rejected\"\\s*:\\s*\\[.*\\]\\s*}\\s*$", "}"), GoldSet.class);

        assertThat(back).isEqualTo(gold);
        assertThat(old.rejected()).isEmpty();
        assertThat(old.spans()).isEqualTo(gold.spans());
    }
}
