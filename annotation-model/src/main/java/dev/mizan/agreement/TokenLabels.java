package dev.mizan.agreement;

import dev.mizan.model.Span;
import dev.mizan.text.Token;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Gives every token one annotator's label or O: the label covering most of the token's characters,
 * if spans cover at least half of it; otherwise O. Nested spans: the innermost wins.
 */
final class TokenLabels {
    private TokenLabels() {
    }

    static int[] assign(List<Token> tokens, List<Span> spans, Map<String, Integer> labelIndex, int outside, int length) {
        int[] painted = new int[length];
        Arrays.fill(painted, -1);
        // Spans come sorted by begin, longer first, so an inner span is painted after its outer one.
        for (Span s : spans) {
            int label = labelIndex.get(s.label());
            int end = Math.min(length, s.end());
            for (int i = Math.max(0, s.begin()); i < end; i++) {
                painted[i] = label;
            }
        }
        int[] result = new int[tokens.size()];
        int[] counts = new int[outside + 1];
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            int covered = 0;
            int best = outside;
            int bestCount = 0;
            for (int i = token.begin(); i < token.end(); i++) {
                int label = painted[i];
                if (label >= 0) {
                    covered++;
                    if (++counts[label] > bestCount) {
                        bestCount = counts[label];
                        best = label;
                    }
                }
            }
            for (int i = token.begin(); i < token.end(); i++) {
                if (painted[i] >= 0) {
                    counts[painted[i]] = 0;
                }
            }
            result[t] = covered * 2 >= token.length() && covered > 0 ? best : outside;
        }
        return result;
    }
}
