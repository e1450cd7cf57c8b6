package dev.mizan.workbench.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a query in a document with Arabic-normalized matching (hamza forms of alif, alif maqsura,
 * harakat and tatweel do not matter: "ابو قصرة" finds "أبو قصرة"), returning ranges of the
 * original text. The document is normalized once. Swing-free.
 */
public final class TextFinder {
    private final String text;
    private final Norm normalized;

    /** A match in the original text: {@code [begin, end)}. */
    public record Match(int begin, int end) {
    }

    public TextFinder(String text) {
        this.text = text;
        this.normalized = normalize(text);
    }

    /** Every non-overlapping match of {@code query}, in text order; empty for a blank query. */
    public List<Match> findAll(String query) {
        List<Match> result = new ArrayList<>();
        String q = normalize(query.strip()).text();
        if (q.isEmpty()) {
            return result;
        }
        String hay = normalized.text();
        int at = hay.indexOf(q);
        while (at >= 0) {
            result.add(new Match(normalized.start(at), normalized.end(at + q.length())));
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

    private record Norm(String text, int[] starts, int[] ends) {
        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return i == 0 ? starts[0] : ends[i - 1];
        }
    }

    private static Norm normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] starts = new int[s.length() + 1];
        int[] ends = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == 'ـ') {
                if (sb.length() > 0) {
                    ends[sb.length() - 1] = i + 1;
                }
                continue;
            }
            char n = switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                default -> Character.toLowerCase(c);
            };
            starts[sb.length()] = i;
            ends[sb.length()] = i + 1;
            sb.append(n);
        }
        starts[sb.length()] = s.length();
        return new Norm(sb.toString(), java.util.Arrays.copyOf(starts, sb.length() + 1),
                java.util.Arrays.copyOf(ends, sb.length()));
    }
}
