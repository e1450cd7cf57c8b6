package dev.mizan.curation;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Relation;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;
import dev.mizan.model.Status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A small document and helpers to build annotators' sets over it. */
final class CurationFixture {
    static final Schema SCHEMA = DefaultSchema.load();
    //                                    0         1         2         3
    //                                    0123456789012345678901234567890123456
    static final Document DOC = Document.of("d1", "t", null, "قال الرئيس بوتين إن موسكو تدعم سوريا");
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-02T00:00:00Z");

    private CurationFixture() {
    }

    static Span entity(String id, String label, String text) {
        int b = DOC.text().indexOf(text);
        return new Span(id, b, b + text.length(), "entity", label);
    }

    static Span stance(String id, String text, Map<String, Object> attributes) {
        int b = DOC.text().indexOf(text);
        return new Span(id, b, b + text.length(), "stance", "STANCE", attributes);
    }

    static AnnotationSet set(String annotator, List<Span> spans, List<Relation> relations) {
        return new AnnotationSet(annotator, DOC.id(), DOC.sha256(), Status.DONE, spans, relations, T0, T0);
    }

    static AnnotationSet set(String annotator, Span... spans) {
        return set(annotator, List.of(spans), List.of());
    }
}
