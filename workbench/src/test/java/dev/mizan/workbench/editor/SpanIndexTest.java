package dev.mizan.workbench.editor;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SpanIndexTest {
    private static SpanIndex index(Span... spans) {
        return new SpanIndex(List.of(spans).stream().sorted(AnnotationSet.SPAN_ORDER).toList());
    }

    @Test
    void findsALongSpanThatStartedFarBeforeTheStretch() {
        SpanIndex idx = index(new Span("a", 0, 1000, "stance", "STANCE"), new Span("b", 10, 20, "entity", "PER"),
                new Span("c", 500, 510, "entity", "GPE"));
        assertThat(idx.overlapping(600, 700)).extracting(Span::id).containsExactly("a");
        assertThat(idx.overlapping(505, 506)).extracting(Span::id).containsExactly("a", "c");
    }

    @Test
    void leavesOutSpansThatOnlyTouchTheStretch() {
        SpanIndex idx = index(new Span("a", 0, 10, "entity", "PER"), new Span("b", 20, 30, "entity", "PER"));
        assertThat(idx.overlapping(10, 20)).isEmpty();
    }

    @Test
    void innermostAtPicksTheShortestSpanAroundAnOffset() {
        SpanIndex idx = index(new Span("a", 0, 100, "stance", "STANCE"), new Span("b", 40, 50, "entity", "PER"));
        assertThat(idx.innermostAt(45).id()).isEqualTo("b");
        assertThat(idx.innermostAt(60).id()).isEqualTo("a");
        assertThat(idx.innermostAt(100)).isNull();
    }

    @Test
    void agreesWithAFullScanOnRandomSpans() {
        Random random = new Random(7);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int b = random.nextInt(10_000);
            spans.add(new Span("s" + i, b, b + 1 + random.nextInt(i % 50 == 0 ? 3000 : 30), "entity", "PER"));
        }
        SpanIndex idx = new SpanIndex(spans.stream().sorted(AnnotationSet.SPAN_ORDER).toList());
        for (int q = 0; q < 200; q++) {
            int from = random.nextInt(10_000);
            int to = from + random.nextInt(200);
            List<String> expected = spans.stream().filter(s -> s.begin() < Math.max(to, from + 1) && s.end() > from)
                    .sorted(AnnotationSet.SPAN_ORDER).map(Span::id).toList();
            assertThat(idx.overlapping(from, to)).extracting(Span::id).containsExactlyElementsOf(expected);
        }
    }
}
