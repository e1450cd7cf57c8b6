package dev.mizan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences: after {@code . ! ? ؟ …} followed by white space or the end (closing
 * quotes and brackets after the mark stay in the sentence), and at every line break, since a
 * paragraph never continues a sentence in these texts. A full stop between digits (3.5) or after a
 * single letter (د. , U.S.) or a known abbreviation (Mr., etc.) does not end a sentence.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "no", "gen", "col", "lt", "sgt",
            "inc", "ltd", "co", "corp", "approx", "fig", "vol", "pp", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, in order, none empty. */
    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                add(text, start, i, sentences);
                i++;
                start = i;
            } else if (isTerminator(c) && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && (isTerminator(text.charAt(end)) || isCloser(text.charAt(end)))) {
                    end++;
                }
                add(text, start, end, sentences);
                i = end;
                start = end;
            } else {
                i++;
            }
        }
        add(text, start, n, sentences);
        return List.copyOf(sentences);
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
    }

    private static boolean isCloser(char c) {
        return c == '»' || c == '”' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '’'
                || c == '\u203A';
    }

    private static boolean endsSentence(String text, int i) {
        int n = text.length();
        int after = i + 1;
        while (after < n && (isTerminator(text.charAt(after)) || isCloser(text.charAt(after)))) {
            after++;
        }
        if (after < n && !Character.isWhitespace(text.charAt(after)) && !Character.isSpaceChar(text.charAt(after))) {
            return false; // 3.5, U.S.A, example.com, a full stop glued to the next word
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        if (after < n && isLineBreak(text.charAt(after))) {
            return true;
        }
        String word = wordBefore(text, i);
        if (word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0))) {
            return false; // an initial: د. محمد, J. Smith
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028';
    }

    private static String wordBefore(String text, int i) {
        int b = i;
        while (b > 0) {
            int cp = text.codePointBefore(b);
            if (!Character.isLetter(cp) && !ArabicChars.isCombiningMark(cp)) {
                break;
            }
            b -= Character.charCount(cp);
        }
        return text.substring(b, i);
    }

    private static void add(String text, int begin, int end, List<Sentence> out) {
        while (begin < end && isBlank(text.codePointAt(begin))) {
            begin += Character.charCount(text.codePointAt(begin));
        }
        while (end > begin && isBlank(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        if (end > begin) {
            out.add(new Sentence(begin, end));
        }
    }

    private static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || ArabicChars.isInvisibleControl(cp);
    }
}
