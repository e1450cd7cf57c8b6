package dev.mizan.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits Arabic news text into tokens with UTF-16 offsets: Arabic words (harakat and tatweel inside),
 * numbers (ASCII or Arabic-Indic digits, with decimal and thousands separators), Latin words, single
 * punctuation marks and other symbols. White space and invisible controls between tokens are skipped.
 *
 * <p>Each Arabic word carries its proclitic boundaries ({@link Token#stemBegin()},
 * {@link Token#articleEnd()}). Splitting is conservative: a first letter و ف ب ل ك س is taken as a
 * proclitic only when what remains is a word (it starts with the article ال, it is in Mizan's small
 * lexicon, or, for the conjunction و, it has at least three letters and the whole word is not a known
 * root-initial word such as وزير). So "وموسكو" gives "موسكو", "للرئيس" gives "لرئيس" (the second ل
 * is the article), while "وزير", "بوتين", "لافروف", "فلاديمير" and "كانون" stay whole.
 */
public final class ArabicTokenizer {
    private static final char WAW = 'و';
    private static final char FA = 'ف';
    private static final char BA = 'ب';
    private static final char KAF = 'ك';
    private static final char LAM = 'ل';
    private static final char SIN = 'س';
    private static final char ALEF = 'ا';

    private ArabicTokenizer() {
    }

    /** The tokens of {@code text}, in order. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                i += Character.charCount(cp);
            } else if (cp == '&' && entityEnd(text, i) > 0) {
                int end = entityEnd(text, i);
                tokens.add(Token.plain(i, end, TokenKind.SYMBOL));
                i = end;
            } else if (ArabicChars.isDigit(cp)) {
                int end = numberEnd(text, i);
                tokens.add(Token.plain(i, end, TokenKind.NUMBER));
                i = end;
            } else if (ArabicChars.isArabicLetter(cp)) {
                int end = arabicWordEnd(text, i);
                tokens.add(arabicWord(text, i, end));
                i = end;
            } else if (Character.isLetter(cp)) {
                int end = latinWordEnd(text, i);
                tokens.add(Token.plain(i, end, TokenKind.LATIN));
                i = end;
            } else {
                int end = marksEnd(text, i + Character.charCount(cp));
                tokens.add(Token.plain(i, end, isPunctuation(cp) ? TokenKind.PUNCT : TokenKind.SYMBOL));
                i = end;
            }
        }
        return tokens;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || ArabicChars.isInvisibleControl(cp);
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** End of HTML entity residue at {@code i} ({@code &nbsp;}, {@code &nbsp}, {@code &#160;}), or -1. */
    private static int entityEnd(String text, int i) {
        int n = text.length();
        int j = i + 1;
        boolean numeric = j < n && text.charAt(j) == '#';
        if (numeric) {
            j++;
        }
        int start = j;
        while (j < n && j - start < 8 && (numeric ? Character.isDigit(text.charAt(j)) && text.charAt(j) < 128
                : isAsciiLetter(text.charAt(j)))) {
            j++;
        }
        if (j - start < (numeric ? 1 : 2) || (j < n && isAsciiLetter(text.charAt(j)))) {
            return -1;
        }
        return j < n && text.charAt(j) == ';' ? j + 1 : j;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int numberEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            int cp = text.codePointAt(j);
            if (ArabicChars.isDigit(cp)) {
                j += Character.charCount(cp);
            } else if (isNumberSeparator(cp) && j + 1 < n && ArabicChars.isDigit(text.codePointAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isNumberSeparator(int cp) {
        return cp == '.' || cp == ',' || cp == 0x066B || cp == 0x066C;
    }

    private static int arabicWordEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            int cp = text.codePointAt(j);
            if (ArabicChars.isArabicLetter(cp) || ArabicChars.isCombiningMark(cp)) {
                j += Character.charCount(cp);
            } else if ((cp == 0x200C || cp == 0x200D) && j + 1 < n
                    && (ArabicChars.isArabicLetter(text.codePointAt(j + 1))
                    || ArabicChars.isCombiningMark(text.codePointAt(j + 1)))) {
                j++; // ZWNJ/ZWJ inside a word shapes it; it is not a word break
            } else {
                break;
            }
        }
        return j;
    }

    private static int latinWordEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            int cp = text.codePointAt(j);
            if ((Character.isLetterOrDigit(cp) && !ArabicChars.isArabicLetter(cp)) || ArabicChars.isCombiningMark(cp)) {
                j += Character.charCount(cp);
            } else if ((cp == '\'' || cp == '\u2019') && j > i && j + 1 < n && Character.isLetter(text.codePointAt(j + 1))
                    && !ArabicChars.isArabicLetter(text.codePointAt(j + 1))) {
                j++; // O'Brien, don't
            } else {
                break;
            }
        }
        return j;
    }

    private static int marksEnd(String text, int j) {
        while (j < text.length() && ArabicChars.isCombiningMark(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
        }
        return j;
    }

    /** Builds a WORD token and finds its proclitics and article. */
    static Token arabicWord(String text, int begin, int end) {
        if (!mayHaveProcliticOrArticle(text.charAt(begin))) {
            return Token.plain(begin, end, TokenKind.WORD); // most words: no look-ups needed
        }
        Letters letters = Letters.of(text, begin, end);
        int n = letters.size();
        List<Integer> boundaries = new ArrayList<>(3);
        int pos = 0;
        if (pos < n && (letters.at(pos) == WAW || letters.at(pos) == FA) && canSplit(letters, pos)) {
            pos++;
            boundaries.add(letters.start(pos, end));
        }
        char preposition = 0;
        if (pos < n && isPrepositionOrFuture(letters.at(pos)) && canSplit(letters, pos)) {
            preposition = letters.at(pos);
            pos++;
            boundaries.add(letters.start(pos, end));
        }
        int stemBegin = pos == 0 ? begin : letters.start(pos, end);
        int articleEnd = stemBegin;
        if (n - pos >= 4 && letters.at(pos) == ALEF && letters.isPlainAlef(pos) && letters.at(pos + 1) == LAM
                && !ArabicLexicon.get().isNotArticle(letters.word(pos))) {
            articleEnd = letters.start(pos + 2, end);
        } else if (preposition == LAM && n - pos >= 3 && letters.at(pos) == LAM
                && !ArabicLexicon.get().isLamInitial(letters.word(pos))) {
            articleEnd = letters.start(pos + 1, end); // لل: the article's alif is not written
        }
        if (articleEnd > stemBegin && articleEnd < end) {
            boundaries.add(articleEnd);
        }
        boundaries.removeIf(b -> b >= end);
        return new Token(begin, end, TokenKind.WORD, stemBegin, articleEnd, boundaries);
    }

    private static boolean mayHaveProcliticOrArticle(char first) {
        return switch (first) {
            case WAW, FA, BA, KAF, LAM, SIN, ALEF, 'ٱ' -> true;
            default -> false;
        };
    }

    private static boolean isPrepositionOrFuture(char c) {
        return c == BA || c == KAF || c == LAM || c == SIN;
    }

    /** Whether the letter at {@code pos} is a proclitic: what follows it must still be a word. */
    private static boolean canSplit(Letters letters, int pos) {
        ArabicLexicon lexicon = ArabicLexicon.get();
        if (lexicon.isRootInitial(letters.word(pos))) {
            return false;
        }
        char p = letters.at(pos);
        int rest = letters.size() - pos - 1;
        if (rest < 1) {
            return pos + 1 == letters.size() && letters.tatweelAfterLast() && p != SIN; // بـ “دعم
        }
        String remainder = letters.word(pos + 1);
        // After و and ف a known two-letter word is enough (وفي, فقد, وحث); other proclitics need three letters.
        boolean known = rest >= (p == WAW || p == FA ? 2 : 3) && lexicon.isKnown(remainder);
        boolean article = rest >= 4 && letters.at(pos + 1) == ALEF && letters.isPlainAlef(pos + 1)
                && letters.at(pos + 2) == LAM;
        return switch (p) {
            case WAW, FA -> article || known
                    || (isPrepositionOrFuture(letters.at(pos + 1)) && canSplit(letters, pos + 1))
                    || (p == WAW && rest >= 3);
            case BA, KAF -> article || known;
            case LAM -> known || (rest >= 3 && letters.at(pos + 1) == LAM);
            case SIN -> known && "يتنا".indexOf(letters.at(pos + 1)) >= 0;
            default -> false;
        };
    }

    /** The letters of one word (marks, tatweel and joiners left out), normalized, with their offsets. */
    private record Letters(String text, int[] starts, char[] normalized, char[] original, boolean tatweelAfterLast) {

        static Letters of(String text, int begin, int end) {
            int[] starts = new int[end - begin];
            char[] normalized = new char[end - begin];
            char[] original = new char[end - begin];
            int count = 0;
            boolean tatweelLast = false;
            for (int i = begin; i < end; ) {
                int cp = text.codePointAt(i);
                if (cp == ArabicChars.TATWEEL) {
                    tatweelLast = true;
                } else if (Character.isLetter(cp) && Character.charCount(cp) == 1) {
                    starts[count] = i;
                    original[count] = (char) cp;
                    normalized[count] = normalizeLetter((char) cp);
                    count++;
                    tatweelLast = false;
                }
                i += Character.charCount(cp);
            }
            return new Letters(text, Arrays.copyOf(starts, count),
                    Arrays.copyOf(normalized, count), Arrays.copyOf(original, count), tatweelLast);
        }

        private static char normalizeLetter(char c) {
            return switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> ALEF;
                case 'ى', 'ی' -> 'ي';
                default -> c;
            };
        }

        int size() {
            return starts.length;
        }

        char at(int i) {
            return i < starts.length ? normalized[i] : 0;
        }

        boolean isPlainAlef(int i) {
            return original[i] == 'ا' || original[i] == 'ٱ';
        }

        /** Offset where letter {@code i} starts; {@code end} past the last letter. */
        int start(int i, int end) {
            return i < starts.length ? starts[i] : end;
        }

        /** The normalized letters from {@code from} to the end. */
        String word(int from) {
            return new String(normalized, from, normalized.length - from);
        }
    }
}
