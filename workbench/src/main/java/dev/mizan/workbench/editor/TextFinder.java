package dev.mizan.workbench.editor;

import dev.mizan.text.ArabicNormalizer;
import dev.mizan.text.Normalized;
import dev.mizan.text.NormalizerOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a query in a document with Arabic-normalized matching through {@link ArabicNormalizer}
 * (hamza forms of alif, alif maqsura, ta marbuta, harakat and tatweel do not matter: "ابو قصرة" finds "أبو قصرة"), returning ranges of the
 * original text. The document is normalized once. Swing-free.
 */
public final class TextFinder {
    private final String text;
    private static final NormalizerOptions SEARCH = NormalizerOptions.DEFAULT.withTaMarbutaToHa(true);
    private final Normalized normalized;

    /** A match in the original text: {@code [begin, end)}. */
    public record Match(int begin, int end) {
    }

    public TextFinder(String text) {
        this.text = text;
        this.normalized = ArabicNormalizer.normalize(text, SEARCH);
    }

    /** Every non-overlapping match of {@code query}, in text order; empty for a blank query. */
    public List<Match> findAll(String query) {
        List<Match> result = new ArrayList<>();
        String q = ArabicNormalizer.normalize(query.strip(), SEARCH).text();
        if (q.isEmpty()) {
            return result;
        }
        String hay = normalized.text();
        int at = hay.indexOf(q);
        while (at >= 0) {
            result.add(new Match(normalized.originalOffset(at), normalized.originalEnd(at + q.length())));
            at = hay.indexOf(q, at + q.length());
        }
        return result;
    }

    /** The matches that are whole words for the snapper (what "annotate all" labels). */
    public List<Match> wholeWords(List<Match> matches, WordSnapper snapper) {
        return matches.stream().filter(m -> {
            int[] s = snapper.snap(text, m.begin(), m.end());
            return s != null && s[0] == m.begin() && s[1] == m.end();
        }).toList();
    }

}
