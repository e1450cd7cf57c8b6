package dev.mizan.workbench.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordSnapperTest {
    private final WordSnapper snapper = new WordSnapper();

    private String snapped(String text, String selected, int skip) {
        int b = text.indexOf(selected) + skip;
        int[] r = snapper.snap(text, b, b + selected.length() - skip);
        return r == null ? null : text.substring(r[0], r[1]);
    }

    @Test
    void aSelectionInsideAWordWithAProcliticGivesTheWordWithoutIt() {
        String text = "بين دمشق وموسكو في المحافل";
        int inside = text.indexOf("وموسكو") + 3;
        int[] r = snapper.snap(text, inside, inside + 1);
        assertThat(text.substring(r[0], r[1])).isEqualTo("موسكو");
    }

    @Test
    void aCaretInAWordSnapsToTheWholeWord() {
        String text = "أكد الرئيس الروسي فلاديمير بوتين دعم";
        int caret = text.indexOf("بوتين") + 2;
        int[] r = snapper.snap(text, caret, caret);
        assertThat(text.substring(r[0], r[1])).isEqualTo("بوتين");
    }

    @Test
    void aRoughSelectionOverSeveralWordsGrowsToWholeWordsAndDropsEdgePunctuation() {
        String text = "مع إعلان دمشق الانتقال إلى «مرحلة جديدة» مع موسكو";
        assertThat(snapped(text, "رحلة جدي", 0)).isEqualTo("مرحلة جديدة");
        assertThat(snapped(text, "«مرحلة جديدة»", 0)).isEqualTo("مرحلة جديدة");
    }

    @Test
    void keepsProcliticsInsideTheSpanAndWordsThatOnlyLookLikeProclitics() {
        String text = "ووزير الدفاع تدعو لخفض التصعيد";
        assertThat(snapped(text, "وزير الدفاع", 0)).isEqualTo("وزير الدفاع");
        assertThat(snapped(text, "تدعو لخفض التصعيد", 0)).isEqualTo("تدعو لخفض التصعيد");
    }

    @Test
    void findsNothingToLabelInPunctuationAlone() {
        String text = "سوريا، وموسكو";
        int comma = text.indexOf('،');
        assertThat(snapper.snap(text, comma, comma + 1)).isNull();
    }
}
