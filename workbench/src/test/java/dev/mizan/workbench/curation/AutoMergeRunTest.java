package dev.mizan.workbench.curation;

import dev.mizan.model.GoldSet;
import dev.mizan.model.Project;
import dev.mizan.model.Provenance;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AutoMergeRunTest {
    @Test
    void writesTheGoldOfEveryDocumentThatChangedAndCountsWhatIsOpen() throws Exception {
        List<GoldSet> written = new ArrayList<>();
        List<Integer> progress = new ArrayList<>();

        AutoMergeRun.Outcome o = AutoMergeRun.run(CurationFixture.project(), written::add, progress::add, () -> false);

        assertThat(o.written()).isEqualTo(1);
        assertThat(o.merged()).isEqualTo(2); // بوتين and the stance span
        assertThat(o.open()).isEqualTo(3);
        assertThat(progress).containsExactly(1);
        assertThat(written.get(0).provenance().values()).extracting(Provenance::origin).containsOnly(Provenance.Origin.AUTO);
        assertThat(o.project().gold("d1")).contains(written.get(0));
    }

    @Test
    void keepsAManualDecisionWhenRunAgain() throws Exception {
        CurationFixture f = new CurationFixture();
        CurationModel model = f.open(CurationFixture.project());
        model.next();
        model.accept(2);
        Project decided = CurationFixture.project().withGoldSet(model.gold());

        AutoMergeRun.Outcome o = AutoMergeRun.run(decided, g -> { }, d -> { }, () -> false);

        GoldSet gold = o.project().gold("d1").orElseThrow();
        assertThat(gold.provenance().values()).extracting(Provenance::origin).contains(Provenance.Origin.MANUAL);
        assertThat(o.open()).isEqualTo(2);
    }

    @Test
    void stopsBetweenDocumentsWhenCancelled() throws Exception {
        List<GoldSet> written = new ArrayList<>();

        AutoMergeRun.Outcome o = AutoMergeRun.run(CurationFixture.project(), written::add, d -> { }, () -> true);

        assertThat(o.cancelled()).isTrue();
        assertThat(o.documents()).isZero();
        assertThat(written).isEmpty();
    }
}
