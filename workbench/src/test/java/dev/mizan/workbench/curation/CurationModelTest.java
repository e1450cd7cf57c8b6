package dev.mizan.workbench.curation;

import dev.mizan.curation.Disagreement;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Provenance;
import dev.mizan.model.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.mizan.workbench.curation.CurationFixture.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurationModelTest {
    private final CurationFixture f = new CurationFixture();
    private final CurationModel model = f.open(CurationFixture.project());

    @Test
    void numbersTheAnnotatorsInNameOrder() {
        assertThat(model.annotators()).containsExactly("annotator-a", "annotator-b", "annotator-c");
    }

    @Test
    void listsTheOpenDisagreementsInTextOrderWithNoneInFocus() {
        assertThat(model.disagreements()).extracting(Disagreement::kind)
                .containsExactly(Disagreement.Kind.SPAN, Disagreement.Kind.SPAN, Disagreement.Kind.ATTRIBUTE);
        assertThat(model.current()).isEmpty();
        assertThat(model.openCount()).isEqualTo(3);
        assertThat(model.resolvedCount()).isZero();
    }

    @Test
    void nextAndPreviousWrapAround() {
        model.next();
        assertThat(model.currentIndex()).isZero();
        model.previous();
        assertThat(model.currentIndex()).isEqualTo(2);
        model.next();
        assertThat(model.currentIndex()).isZero();
    }

    @Test
    void acceptingAnAnnotatorsSpanWritesItWithManualProvenanceAndRejectsTheOthers() {
        model.next(); // موسكو: a GPE, b ORG, c nothing

        model.accept(2);

        GoldSet written = f.written.get(f.written.size() - 1);
        Span moscow = written.spans().stream().filter(s -> s.begin() == TEXT.indexOf("موسكو")).findFirst().orElseThrow();
        assertThat(moscow.label()).isEqualTo("ORG");
        Provenance p = written.provenance().get(moscow.id());
        assertThat(p.origin()).isEqualTo(Provenance.Origin.MANUAL);
        assertThat(p.curator()).isEqualTo("supervisor");
        assertThat(p.annotators()).containsExactly("annotator-b");
        assertThat(written.rejected()).extracting(r -> r.span().label()).containsExactly("GPE");
        assertThat(model.gold()).isEqualTo(written);
    }

    @Test
    void aSettledDisagreementLeavesTheListAndTheNextOneTakesTheFocus() {
        model.next();
        Disagreement second = model.disagreements().get(1);

        model.accept(1);

        assertThat(model.openCount()).isEqualTo(2);
        assertThat(model.current()).contains(second);
        assertThat(model.resolvedCount()).isEqualTo(2); // the accepted span and the rejected version
    }

    @Test
    void acceptingAnAnnotatorWhoMarkedNothingRejectsTheOthers() {
        model.select(1); // لافروف: only b

        model.accept(1);

        assertThat(model.gold().spans()).noneMatch(s -> s.begin() == TEXT.indexOf("لافروف"));
        assertThat(model.gold().rejected()).hasSize(1);
        assertThat(model.openCount()).isEqualTo(2);
    }

    @Test
    void acceptingAnAttributeValueTakesTheSpanWithThatValue() {
        model.select(2);

        model.accept(3);

        Span stance = model.gold().spans().stream().filter(s -> s.layer().equals("stance")).findFirst().orElseThrow();
        assertThat(stance.attributes()).containsEntry("polarity", "NEUTRAL");
        assertThat(model.gold().provenance().get(stance.id()).origin()).isEqualTo(Provenance.Origin.MANUAL);
        assertThat(model.disagreements()).noneMatch(d -> d.kind() == Disagreement.Kind.ATTRIBUTE);
    }

    @Test
    void rejectRemembersEveryVersion() {
        model.next();

        model.reject();

        assertThat(model.gold().rejected()).extracting(r -> r.span().label()).containsExactlyInAnyOrder("GPE", "ORG");
        assertThat(model.gold().spans()).isEmpty();
    }

    @Test
    void editTakesAVersionAndSetsItsBoundariesAndLabel() {
        model.next();
        int b = TEXT.indexOf("إن موسكو");
        int e = b + "إن موسكو".length();

        model.edit(b, e, "LOC");

        assertThat(model.gold().spans()).singleElement().satisfies(s -> {
            assertThat(s.begin()).isEqualTo(b);
            assertThat(s.end()).isEqualTo(e);
            assertThat(s.label()).isEqualTo("LOC");
        });
    }

    @Test
    void undoWritesTheGoldBackAsItWasAndReopensTheDisagreement() {
        model.next();
        GoldSet before = model.gold();
        model.accept(2);

        model.undo();

        assertThat(f.written.get(f.written.size() - 1)).isEqualTo(before);
        assertThat(model.gold()).isEqualTo(before);
        assertThat(model.openCount()).isEqualTo(3);
        assertThat(model.canUndo()).isFalse();
    }

    @Test
    void refusesAnAnnotatorNumberThatDoesNotExist() {
        model.next();

        assertThatThrownBy(() -> model.accept(4)).isInstanceOf(CurationException.class)
                .hasMessageContaining("no annotator 4").hasMessageContaining("has 3");
        assertThat(f.written).isEmpty();
    }

    @Test
    void refusesADecisionWithoutADisagreementInFocus() {
        assertThatThrownBy(() -> model.reject()).isInstanceOf(CurationException.class).hasMessageContaining("press N");
    }

    @Test
    void aGoldThatCannotBeWrittenLeavesTheModelAsItWas() {
        CurationModel failing = CurationModel.open(CurationFixture.project(), "d1", "supervisor",
                g -> {
                    throw new IOException("disk full");
                }, CurationFixture.CLOCK);
        failing.next();

        assertThatThrownBy(() -> failing.accept(1)).isInstanceOf(CurationException.class).hasMessageContaining("disk full");
        assertThat(failing.gold().spans()).isEmpty();
        assertThat(failing.openCount()).isEqualTo(3);
    }

    @Test
    void revealFocusesTheDisagreementAtAPlace() {
        int at = TEXT.indexOf("لافروف");

        assertThat(model.reveal(at, at + 3)).isTrue();

        assertThat(model.currentIndex()).isEqualTo(1);
    }
}
