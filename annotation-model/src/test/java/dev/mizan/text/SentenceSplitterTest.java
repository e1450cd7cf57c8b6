package dev.mizan.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void splitsOnFullStopsQuestionAndExclamationMarks() {
        assertThat(sentences("وصل الوفد. هل بدأ اللقاء؟ نعم! وانتهى"))
                .containsExactly("وصل الوفد.", "هل بدأ اللقاء؟", "نعم!", "وانتهى");
    }

    @Test
    void splitsAtEveryLineBreakAndTrimsWhiteSpace() {
        assertThat(sentences("  العنوان\n\nالفقرة الأولى\r\nالفقرة الثانية  \n"))
                .containsExactly("العنوان", "الفقرة الأولى", "الفقرة الثانية");
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertThat(sentences("وقال «نريد نقل العلاقة.» ثم غادر."))
                .containsExactly("وقال «نريد نقل العلاقة.»", "ثم غادر.");
    }

    @Test
    void doesNotSplitDecimalsInitialsOrAbbreviations() {
        assertThat(sentences("بلغ النمو 3.5 في المئة. التقى د. محمد Mr. Smith في U.S. اليوم."))
                .containsExactly("بلغ النمو 3.5 في المئة.", "التقى د. محمد Mr. Smith في U.S. اليوم.");
    }

    @Test
    void returnsNothingForBlankText() {
        assertThat(SentenceSplitter.split(" \n\t ")).isEmpty();
    }

    @Test
    void givesOffsetsIntoTheOriginalText() {
        String text = "أولاً. ثانياً.";
        assertThat(SentenceSplitter.split(text)).containsExactly(new Sentence(0, 6), new Sentence(7, 14));
    }
}
