package dev.mizan.io.export;

import dev.mizan.spi.Split;
import dev.mizan.spi.TagScheme;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenTaggerTest {
    private static List<String> pairs(TokenTagger.TaggedDocument doc) {
        return doc.sentences().stream().flatMap(s -> s.tokens().stream()).map(t -> t.text() + " " + t.tag()).toList();
    }

    @Test
    void splitsTheProcliticOffSoTheEntityGetsItsOwnTag() {
        var tagged = new TokenTagger("entity", TagScheme.IOB2, true).tag(ExportFixture.mainDocument(Split.ALL));

        assertThat(pairs(tagged)).containsSubsequence("و O", "موسكو B-GPE");
        assertThat(tagged.warnings()).isEmpty();
    }

    @Test
    void reportsASpanInsideATokenInsteadOfShiftingIt() {
        var tagged = new TokenTagger("entity", TagScheme.IOB2, false).tag(ExportFixture.mainDocument(Split.ALL));

        assertThat(pairs(tagged)).contains("وموسكو O");
        assertThat(tagged.warnings()).singleElement().satisfies(w -> {
            assertThat(w.documentId()).isEqualTo("d1");
            assertThat(w.begin()).isEqualTo(ExportFixture.TEXT.indexOf("موسكو"));
            assertThat(w.message()).contains("«موسكو»").contains("token boundaries").contains("--split-clitics");
        });
    }

    @Test
    void keepsTheArticleWithItsWord() {
        var tagged = new TokenTagger("entity", TagScheme.IOB2, true).tag(ExportFixture.mainDocument(Split.ALL));

        assertThat(pairs(tagged)).contains("الشيباني B-PER");
    }

    @Test
    void writesOneSentencePerSentenceOfTheText() {
        var tagged = new TokenTagger("entity", TagScheme.IOB2, true).tag(ExportFixture.mainDocument(Split.ALL));

        assertThat(tagged.sentences()).hasSize(2);
        assertThat(tagged.sentences().get(0).tokens().get(tagged.sentences().get(0).tokens().size() - 1).text()).isEqualTo(".");
    }

    @Test
    void tagsMultiTokenSpansInBioes() {
        var doc = ExportFixture.doc("d", "قال الرئيس فلاديمير بوتين أمس.", Split.ALL,
                List.of(ExportFixture.span("قال الرئيس فلاديمير بوتين أمس.", "e", "entity", "PER", "فلاديمير بوتين"),
                        ExportFixture.span("قال الرئيس فلاديمير بوتين أمس.", "d", "entity", "DATE", "أمس")), List.of());

        var tagged = new TokenTagger("entity", TagScheme.BIOES, false).tag(doc);

        assertThat(pairs(tagged)).containsExactly("قال O", "الرئيس O", "فلاديمير B-PER", "بوتين E-PER", "أمس S-DATE", ". O");
    }

    @Test
    void reportsOverlappingSpansOfTheLayer() {
        String text = "قال الرئيس فلاديمير بوتين.";
        var doc = ExportFixture.doc("d", text, Split.ALL, List.of(
                ExportFixture.span(text, "a", "entity", "PER", "الرئيس فلاديمير بوتين"),
                ExportFixture.span(text, "b", "entity", "PER", "بوتين")), List.of());

        var tagged = new TokenTagger("entity", TagScheme.IOB2, false).tag(doc);

        assertThat(pairs(tagged)).containsExactly("قال O", "الرئيس B-PER", "فلاديمير I-PER", "بوتين I-PER", ". O");
        assertThat(tagged.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("overlaps"));
    }
}
