package dev.mizan.workbench.editor;

import dev.mizan.text.ArabicTokenizer;
import dev.mizan.text.TokenKind;

/**
 * Turns a rough selection into the stretch an annotator means: whole words, without the leading
 * proclitic of the first word (و ف ب ل ك: a selection in "وموسكو" gives "موسكو"), without edge
 * punctuation and spaces. Swing-free.
 */
public final class WordSnapper {
    private static final int WINDOW = 200;

    /** A word of the text: global offsets; {@code stemBegin} is after its proclitics. */
    record Word(int begin, int end, int stemBegin) {
    }

    /** The words of a piece of text, with offsets relative to that piece. */
    interface Words {
        java.util.List<Word> of(String piece);
    }

    private final Words words;

    public WordSnapper() {
        this(WordSnapper::arabicWords);
    }

    WordSnapper(Words words) {
        this.words = words;
    }

    /**
     * The snapped stretch {from, to} for a selection (or, when {@code from == to}, for the word at
     * the caret); null when the selection holds no word.
     */
    public int[] snap(String text, int from, int to) {
        int lo = Math.max(0, from - WINDOW);
        while (lo > 0 && !Character.isWhitespace(text.charAt(lo - 1)) && from - lo < 2 * WINDOW) {
            lo--;
        }
        int hi = Math.min(text.length(), to + WINDOW);
        while (hi < text.length() && !Character.isWhitespace(text.charAt(hi)) && hi - to < 2 * WINDOW) {
            hi++;
        }
        java.util.List<Word> found = words.of(text.substring(lo, hi));
        Word first = null;
        Word last = null;
        for (Word w0 : found) {
            Word w = new Word(w0.begin() + lo, w0.end() + lo, w0.stemBegin() + lo);
            boolean hit = from == to ? w.begin() <= from && from <= w.end() && (first == null || from < w.end())
                    : w.begin() < to && w.end() > from;
            if (hit) {
                if (from == to) {
                    first = w;
                    last = w;
                    if (from < w.end()) {
                        break;
                    }
                    continue;
                }
                if (first == null) {
                    first = w;
                }
                last = w;
            }
        }
        if (first == null) {
            return null;
        }
        int begin = first.stemBegin() < first.end() ? first.stemBegin() : first.begin();
        return new int[] {begin, last.end()};
    }

    /** Words, numbers and Latin words from {@link ArabicTokenizer}; punctuation and symbols are not words. */
    static java.util.List<Word> arabicWords(String piece) {
        return ArabicTokenizer.tokenize(piece).stream()
                .filter(t -> t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER || t.kind() == TokenKind.LATIN)
                .map(t -> new Word(t.begin(), t.end(), t.stemBegin()))
                .toList();
    }
}
