package dev.mizan.text;

import java.util.List;

/**
 * One token of a text, as UTF-16 offsets into that text.
 *
 * <p>For Arabic words the token also knows its proclitics: {@code stemBegin} is the offset after the
 * conjunctions and prepositions (و ف ب ل ك, and the future س) but before the article, so a selection
 * in "وموسكو" snaps to "موسكو" and in "والرئيس" to "الرئيس"; in "للرئيس" only the preposition is
 * outside ("لرئيس", the article's alif being dropped in writing). {@code articleEnd} is the offset
 * after the article ال (or the second ل of لل) when there is one, else {@code stemBegin}.
 * {@code cliticBoundaries} lists every boundary strictly inside the token between a proclitic, the
 * article and the rest, in increasing order.
 *
 * @param begin            first UTF-16 offset, inclusive
 * @param end              last UTF-16 offset, exclusive
 * @param kind             what the token is made of
 * @param stemBegin        offset after the proclitics; {@code begin} when there are none
 * @param articleEnd       offset after the article; {@code stemBegin} when there is none
 * @param cliticBoundaries boundaries after each proclitic and after the article
 */
public record Token(int begin, int end, TokenKind kind, int stemBegin, int articleEnd,
                    List<Integer> cliticBoundaries) {

    public Token {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token range [" + begin + ", " + end + ")");
        }
        if (stemBegin < begin || stemBegin > end || articleEnd < stemBegin || articleEnd > end) {
            throw new IllegalArgumentException("stem/article offsets outside the token [" + begin + ", " + end
                    + "): stemBegin " + stemBegin + ", articleEnd " + articleEnd);
        }
        cliticBoundaries = List.copyOf(cliticBoundaries);
    }

    /** A token without article; the only clitic boundary, if any, is {@code stemBegin}. */
    public Token(int begin, int end, TokenKind kind, int stemBegin) {
        this(begin, end, kind, stemBegin, stemBegin,
                stemBegin > begin && stemBegin < end ? List.of(stemBegin) : List.of());
    }

    /** A token without proclitics or article. */
    public static Token plain(int begin, int end, TokenKind kind) {
        return new Token(begin, end, kind, begin, begin, List.of());
    }

    /** Length in UTF-16 units. */
    public int length() {
        return end - begin;
    }

    /** Whether the token starts with at least one proclitic. */
    public boolean hasProclitic() {
        return stemBegin > begin;
    }

    /** Whether the token carries the article ال (or the ل of لل). */
    public boolean hasArticle() {
        return articleEnd > stemBegin;
    }

    /** The token's text in {@code source}, the text it was made from. */
    public String text(String source) {
        return source.substring(begin, end);
    }

    /** The token's text without its proclitics (the article kept). */
    public String stemText(String source) {
        return source.substring(stemBegin, end);
    }
}
