package dev.mizan.agreement;

import dev.mizan.model.Span;
import dev.mizan.text.ArabicTokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenLabelsTest {
    private static final Map<String, Integer> LABELS = Map.of("PER", 0, "GPE", 1);

    @Test
    void givesATokenTheLabelOfTheSpanCoveringItsStemAndOOtherwise() {
        // "and Moscow received Putin": the span on موسكو leaves out the proclitic و.
        String text = "وموسكو استقبلت بوتين";
        var tokens = ArabicTokenizer.tokenize(text);
        int moscow = text.indexOf("موسكو");
        int putin = text.indexOf("بوتين");
        List<Span> spans = List.of(new Span("a", moscow, moscow + 5, "entity", "GPE"),
                new Span("b", putin, putin + 5, "entity", "PER"));

        int[] labels = TokenLabels.assign(tokens, spans, LABELS, 2, text.length());

        assertThat(labels).containsExactly(1, 2, 0);
    }

    @Test
    void leavesATokenOutsideWhenASpanCoversLessThanHalfOfIt() {
        String text = "الاستقبال";
        var tokens = ArabicTokenizer.tokenize(text);

        int[] labels = TokenLabels.assign(tokens, List.of(new Span("a", 0, 2, "entity", "PER")), LABELS, 2, text.length());

        assertThat(labels).containsExactly(2);
    }
}
