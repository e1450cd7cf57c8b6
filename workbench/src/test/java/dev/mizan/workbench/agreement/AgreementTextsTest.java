package dev.mizan.workbench.agreement;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementTextsTest {
    private final AgreementTexts english = AgreementTexts.of(Locale.ENGLISH);
    private final AgreementTexts arabic = AgreementTexts.of(Locale.forLanguageTag("ar"));

    @Test
    void englishAndArabicHaveTheSameKeys() {
        assertThat(arabic.keys()).containsExactlyInAnyOrderElementsOf(english.keys());
    }

    @Test
    void everyListedMeasureHasANameInBothLanguages() {
        for (String measure : MeasureNames.ORDER) {
            assertThat(english.has(MeasureNames.key(measure))).as(measure).isTrue();
            assertThat(arabic.has(MeasureNames.key(measure))).as(measure).isTrue();
        }
    }

    @Test
    void countsAgreeWithTheirNouns() {
        assertThat(english.format("status.done", 5, 3, 1)).isEqualTo("Compared 5 documents of 3 annotators; 1 disagreement over all layers.");
        assertThat(english.format("status.done", 1, 2, 0)).isEqualTo("Compared 1 document of 2 annotators; no disagreements over all layers.");
        assertThat(english.format("section.disagreements", 1200, "all documents")).startsWith("1,200 disagreements in all documents");
    }

    @Test
    void anUnknownMeasureShowsItsId() {
        assertThat(english.measure("plugin-measure")).isEqualTo("plugin-measure");
    }

    @Test
    void arabicTextsAreArabic() {
        assertThat(arabic.get("perspective.name")).isEqualTo("الاتفاق");
        // MessageFormat writes numbers with the Arabic UI's own digits.
        assertThat(arabic.format("status.done", 5, 3, 12)).contains("٥").contains("٣").contains("١٢");
    }
}
