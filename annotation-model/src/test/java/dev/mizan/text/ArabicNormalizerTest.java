package dev.mizan.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "مُحَمَّدٌ, محمد",
            "شدّد, شدد",
            "عسكرياً, عسكريا",
            "بوتيـــن, بوتين",
            "أكد, اكد",
            "إلى, الي",
            "آمن, امن",
            "ٱلله, الله",
            "رحمٰن, رحمن",
            "مستشفى, مستشفي",
            "٢٠٢٥, 2025",
            "۱۴, 14",
            "٣٫٥, 3.5",
            "مدرسة, مدرسة",
    })
    void foldsSpellingVariantsWithTheDefaults(String original, String normalized) {
        assertThat(ArabicNormalizer.normalize(original).text()).isEqualTo(normalized);
    }

    @Test
    void foldsTaMarbutaOnlyWhenAsked() {
        NormalizerOptions options = NormalizerOptions.DEFAULT.withTaMarbutaToHa(true);
        assertThat(ArabicNormalizer.normalize("مدرسة", options).text()).isEqualTo("مدرسه");
    }

    @Test
    void turnsNoBreakSpacesIntoSpacesAndDropsInvisibleCharacters() {
        String text = "دمشق\u00A0\u200Fو\u200Dموسكو\uFEFF\u200C";
        assertThat(ArabicNormalizer.normalize(text).text()).isEqualTo("دمشق وموسكو");
    }

    @Test
    void mapsOffsetsBackToTheOriginal() {
        String original = "قال مُحَمَّدٌ اليوم";
        Normalized n = ArabicNormalizer.normalize(original);
        int begin = n.text().indexOf("محمد");
        int end = begin + "محمد".length();
        assertThat(original.substring(n.originalOffset(begin), n.originalEnd(end))).isEqualTo("مُحَمَّدٌ");
        assertThat(n.originalOffset(n.text().length())).isEqualTo(original.length());
        assertThat(n.originalEnd(0)).isZero();
    }

    @Test
    void endOfAMatchInsideAWordKeepsTheHarakatOfItsLastLetter() {
        String original = "مُحَمَّدٌ";
        Normalized n = ArabicNormalizer.normalize(original);
        assertThat(original.substring(0, n.originalEnd(2))).isEqualTo("مُحَ");
    }

    @Test
    void expandsLamAlefLigaturesAndMapsBothLettersToTheLigature() {
        String original = "\uFEFBبد";
        Normalized n = ArabicNormalizer.normalize(original);
        assertThat(n.text()).isEqualTo("لابد");
        assertThat(n.originalOffset(1)).isZero();
        assertThat(n.originalEnd(1)).isEqualTo(1);
        assertThat(n.originalOffset(2)).isEqualTo(1);
    }

    @Test
    void leavesCharactersOutsideTheBmpAndLatinUntouched() {
        String original = "Putin 😀 بوتين";
        Normalized n = ArabicNormalizer.normalize(original);
        assertThat(n.text()).isEqualTo(original);
        assertThat(n.originalOffset(8)).isEqualTo(8);
    }
}
