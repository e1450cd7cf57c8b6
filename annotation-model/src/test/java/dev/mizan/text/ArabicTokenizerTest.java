package dev.mizan.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicTokenizerTest {

    private static Token only(String text) {
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    private static List<String> texts(String text) {
        return ArabicTokenizer.tokenize(text).stream().map(t -> t.text(text)).toList();
    }

    @ParameterizedTest(name = "{0} → stem {1}, after article {2}")
    @CsvSource({
            "وموسكو, موسكو, موسكو",
            "ودمشق, دمشق, دمشق",
            "بموسكو, موسكو, موسكو",
            "لسوريا, سوريا, سوريا",
            "والشيباني, الشيباني, شيباني",
            "والرئيس, الرئيس, رئيس",
            "بالرئيس, الرئيس, رئيس",
            "للرئيس, لرئيس, رئيس",
            "للجيش, لجيش, جيش",
            "وللرئيس, لرئيس, رئيس",
            "للبنان, لبنان, لبنان",
            "الشيباني, الشيباني, شيباني",
            "وأكد, أكد, أكد",
            "وقال, قال, قال",
            "فناقش, ناقش, ناقش",
            "ووزير, وزير, وزير",
            "وبحث, بحث, بحث",
            "برفض, رفض, رفض",
            "لإعادة, إعادة, إعادة",
            "سيجري, يجري, يجري",
            "وشدّد, شدّد, شدّد",
            "والتي, التي, التي",
            "وفي, في, في",
            "فقد, قد, قد",
            "وحث, حث, حث",
            "فإن, إن, إن",
            "ووادي, وادي, وادي",
    })
    void splitsProcliticsOffRealWords(String word, String stem, String afterArticle) {
        Token token = only(word);
        assertThat(token.kind()).isEqualTo(TokenKind.WORD);
        assertThat(token.stemText(word)).isEqualTo(stem);
        assertThat(word.substring(token.articleEnd())).isEqualTo(afterArticle);
    }

    @ParameterizedTest
    @ValueSource(strings = {"وزير", "وزارة", "وكالة", "وحدة", "وقوف", "بوتين", "بيلوسوف", "لافروف", "فلاديمير",
            "كانون", "كانت", "بلاده", "بيان", "لقاء", "لاسيما", "لافتا", "كذلك", "سوريا", "سيادة", "بشار", "لا",
            "لله", "فقط", "بالغة", "وادي", "وكيل", "واجهت", "كما", "بما"})
    void keepsWordsWhoseFirstLetterIsARootLetterWhole(String word) {
        Token token = only(word);
        assertThat(token.stemBegin()).isZero();
        assertThat(token.cliticBoundaries()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"التزام", "التقى", "الذي", "التي", "إلى", "الا"})
    void doesNotTakeAlefLamOfOtherWordsForTheArticle(String word) {
        assertThat(only(word).hasArticle()).isFalse();
    }

    @Test
    void listsEveryCliticBoundaryInOrder() {
        Token token = only("وبالاتفاق");
        assertThat(token.cliticBoundaries()).containsExactly(1, 2, 4);
        assertThat(token.stemBegin()).isEqualTo(2);
        assertThat(token.articleEnd()).isEqualTo(4);
    }

    @Test
    void keepsHarakatAndTatweelInsideTheirWord() {
        String text = "جدّد بوتينـــ مُحَمَّدٌ";
        assertThat(texts(text)).containsExactly("جدّد", "بوتينـــ", "مُحَمَّدٌ");
    }

    @Test
    void harakatOnAProcliticStayWithIt() {
        Token token = only("وَموسكو");
        assertThat(token.stemText("وَموسكو")).isEqualTo("موسكو");
    }

    @Test
    void treatsASeparatedProcliticWithTatweelAsAllProclitic() {
        String text = "بـ “دعم";
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        assertThat(texts(text)).containsExactly("بـ", "“", "دعم");
        assertThat(tokens.get(0).stemBegin()).isEqualTo(tokens.get(0).end());
    }

    @Test
    void splitsOffArabicAndLatinPunctuation() {
        String text = "«مرحلة جديدة»، (قسد)؛ هل؟ نعم! قال: لا. – انتهى";
        assertThat(texts(text)).containsExactly("«", "مرحلة", "جديدة", "»", "،", "(", "قسد", ")", "؛", "هل", "؟",
                "نعم", "!", "قال", ":", "لا", ".", "–", "انتهى");
        assertThat(ArabicTokenizer.tokenize(text).get(0).kind()).isEqualTo(TokenKind.PUNCT);
    }

    @Test
    void keepsNumbersWholeWithTheirSeparators() {
        String text = "دامت 14 عاماً، ٢٠٢٥ و3.5 و1,000 و٣٫٥ في 15.";
        List<Token> numbers = ArabicTokenizer.tokenize(text).stream()
                .filter(t -> t.kind() == TokenKind.NUMBER).toList();
        assertThat(numbers).extracting(t -> t.text(text)).containsExactly("14", "٢٠٢٥", "3.5", "1,000", "٣٫٥", "15");
    }

    @Test
    void keepsLatinWordsWhole() {
        String text = "موقع syriahomenews وF16 O'Brien";
        assertThat(ArabicTokenizer.tokenize(text)).filteredOn(t -> t.kind() == TokenKind.LATIN)
                .extracting(t -> t.text(text)).containsExactly("syriahomenews", "F16", "O'Brien");
    }

    @Test
    void tokenizesHtmlEntityResidueAsOneSymbol() {
        String text = "دمشق&nbsp;موسكو &nbsp و&#160;";
        assertThat(texts(text)).containsExactly("دمشق", "&nbsp;", "موسكو", "&nbsp", "و", "&#160;");
        assertThat(ArabicTokenizer.tokenize(text).get(1).kind()).isEqualTo(TokenKind.SYMBOL);
    }

    @Test
    void keepsCharactersOutsideTheBmpWhole() {
        String text = "سلام 😀 𝔸";
        assertThat(texts(text)).containsExactly("سلام", "😀", "𝔸");
    }

    @Test
    void skipsNoBreakSpacesAndInvisibleControls() {
        assertThat(texts("دمشق\u00A0\u200Fموسكو\u200B")).containsExactly("دمشق", "موسكو");
    }

    @Test
    void keepsLamAlefLigatureInsideItsWord() {
        assertThat(texts("\uFEFBبد ولا")).containsExactly("\uFEFBبد", "ولا");
    }

    @Test
    void producesOrderedTokensOnValidBoundariesForTheSampleTexts() throws IOException {
        Path documents = Path.of("../sample-projects/syria-russia-visit/documents");
        List<Path> files;
        try (Stream<Path> list = Files.list(documents)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(5);
        for (Path file : files) {
            String text = Files.readString(file);
            int previousEnd = 0;
            for (Token token : ArabicTokenizer.tokenize(text)) {
                assertThat(token.begin()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(token.text(text)).isNotBlank();
                assertThat(TextBoundaries.isValidBoundary(text, token.begin())).isTrue();
                assertThat(TextBoundaries.isValidBoundary(text, token.stemBegin())).isTrue();
                assertThat(TextBoundaries.isValidBoundary(text, token.end())).isTrue();
                previousEnd = token.end();
            }
        }
    }
}
