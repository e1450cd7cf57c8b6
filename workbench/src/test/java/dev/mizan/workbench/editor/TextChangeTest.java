package dev.mizan.workbench.editor;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Relation;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextChangeTest {
    private static final Schema SCHEMA = DefaultSchema.load();
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static AnnotationSet set(int count) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            spans.add(new Span("s" + (i + 1), i * 10, i * 10 + 4, "entity", "PER"));
        }
        return new AnnotationSet("amal", "doc", "sha", Status.IN_PROGRESS, spans, List.of(), NOW, NOW);
    }

    @Test
    void anAddedSpanChangesOnlyItsOwnText() {
        AnnotationSet before = set(1000);
        AnnotationSet after = before.withSpan(new Span("new", 5005, 5008, "entity", "GPE"), NOW);
        assertThat(TextChange.between(before, after, SCHEMA)).isEqualTo(new TextChange(5005, 5008, false));
    }

    @Test
    void aRelabelledSpanChangesItsTextAndTheSameSetNothing() {
        AnnotationSet before = set(1000);
        Span s = before.spans().get(700);
        AnnotationSet after = before.withSpan(s.withLabel("ORG"), NOW);
        assertThat(TextChange.between(before, after, SCHEMA)).isEqualTo(new TextChange(7000, 7004, false));
        assertThat(TextChange.between(after, after, SCHEMA).isEmpty()).isTrue();
        assertThat(TextChange.between(after, after.withStatus(Status.DONE, NOW), SCHEMA).isEmpty()).isTrue();
    }

    @Test
    void aDeletedSpanChangesItsText() {
        AnnotationSet before = set(1000);
        assertThat(TextChange.between(before, before.withoutSpan("s1", NOW), SCHEMA)).isEqualTo(new TextChange(0, 4, false));
    }

    @Test
    void linksRelationsAndManySpansChangeEverything() {
        AnnotationSet before = set(1000).withSpan(new Span("st", 3, 30, "stance", "STANCE"), NOW);
        Span linked = before.span("st").orElseThrow().withAttribute("holder", "s2");
        assertThat(TextChange.between(before, before.withSpan(linked, NOW), SCHEMA).everything()).isTrue();
        assertThat(TextChange.between(before, before.withRelations(List.of(new Relation("r1", "same_as", "s1", "s2")), NOW),
                SCHEMA).everything()).isTrue();
        List<Span> more = new ArrayList<>(before.spans());
        for (int i = 0; i < 100; i++) {
            more.add(new Span("m" + i, i * 10 + 5, i * 10 + 7, "entity", "ORG"));
        }
        assertThat(TextChange.between(before, before.withSpans(more, NOW), SCHEMA).everything()).isTrue();
    }
}
