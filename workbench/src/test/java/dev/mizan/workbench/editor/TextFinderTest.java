package dev.mizan.workbench.editor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextFinderTest {
    @Test
    void findsAHamzaSpellingFromAPlainAlifQuery() {
        String text = "وزير الدفاع اللواء مرهف أبو قصرة في موسكو، وقال أبو قصرة";
        List<TextFinder.Match> m = new TextFinder(text).findAll("ابو قصره");
        assertThat(m).hasSize(2);
        assertThat(text.substring(m.get(0).begin(), m.get(0).end())).isEqualTo("أبو قصرة");
    }

    @Test
    void aMatchCoversTheHarakatOfItsLastLetter() {
        String text = "النبي مُحَمَّدٌ";
        TextFinder.Match m = new TextFinder(text).findAll("محمد").get(0);
        assertThat(text.substring(m.begin(), m.end())).isEqualTo("مُحَمَّدٌ");
    }

    @Test
    void annotateAllKeepsOnlyWholeWordMatchesAProcliticAside() {
        String text = "موسكو ودمشق وموسكو والموسكوفي";
        TextFinder finder = new TextFinder(text);
        List<TextFinder.Match> all = finder.findAll("موسكو");
        assertThat(all).hasSize(3);
        assertThat(finder.wholeWords(all, new WordSnapper())).extracting(TextFinder.Match::begin)
                .containsExactly(0, text.indexOf("وموسكو") + 1);
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(new TextFinder("نص").findAll("  ")).isEmpty();
    }
}
