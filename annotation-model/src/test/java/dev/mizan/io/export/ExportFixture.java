package dev.mizan.io.export;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.AttributeType;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Relation;
import dev.mizan.model.Schema;
import dev.mizan.model.Source;
import dev.mizan.model.Span;
import dev.mizan.model.SpanKey;
import dev.mizan.model.Status;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.Split;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Small documents for exporter tests, built in memory. */
public final class ExportFixture {
    public static final Schema SCHEMA = DefaultSchema.load();
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    /** Two sentences; "موسكو" carries the proclitic و in the second. */
    public static final String TEXT = "قال الرئيس بوتين إن روسيا تدعم سوريا. وأكد الشيباني أن وموسكو شريك.";
    /** A character outside the BMP (an emoji, two UTF-16 units) before the entity. */
    public static final String EMOJI_TEXT = "😀 زار الشيباني موسكو.";

    private ExportFixture() {
    }

    public static Span span(String text, String id, String layer, String label, String cover) {
        return span(text, id, layer, label, cover, 0);
    }

    /** The span over the {@code nth} (0-based) occurrence of {@code cover}. */
    public static Span span(String text, String id, String layer, String label, String cover, int nth) {
        int b = -1;
        for (int i = 0; i <= nth; i++) {
            b = text.indexOf(cover, b + 1);
        }
        if (b < 0) {
            throw new IllegalArgumentException(cover + " not in text");
        }
        return new Span(id, b, b + cover.length(), layer, label, Map.of());
    }

    public static ExportDocument doc(String id, String text, Split split, List<Span> spans, List<Relation> relations) {
        Document d = Document.of(id, "Title of " + id, new Source(id + ".txt", "SANA", null, null), text);
        return new ExportDocument(d, new AnnotationSet("gold", id, d.sha256(), Status.DONE, spans, relations, T0, T0), split);
    }

    /** The main document: entities, a stance with holder and target, a claim with claimant, a relation. */
    public static ExportDocument mainDocument(Split split) {
        List<Span> spans = new ArrayList<>();
        spans.add(span(TEXT, "e1", "entity", "PER", "بوتين"));
        spans.add(span(TEXT, "e2", "entity", "GPE", "روسيا"));
        spans.add(span(TEXT, "e3", "entity", "GPE", "سوريا"));
        spans.add(span(TEXT, "e4", "entity", "PER", "الشيباني"));
        spans.add(span(TEXT, "e5", "entity", "GPE", "موسكو"));
        spans.add(span(TEXT, "s1", "stance", "STANCE", "تدعم سوريا").withAttribute("polarity", "SUPPORT")
                .withAttribute("holder", "e2").withAttribute("target", "e3"));
        spans.add(span(TEXT, "c1", "claim", "CLAIM", "وموسكو شريك").withAttribute("type", "FACTUAL")
                .withAttribute("claimant", "e4").withAttribute("checkworthy", true));
        return doc("d1", TEXT, split, spans, List.of(new Relation("r1", "same_as", "e2", "e5")));
    }

    public static ExportDocument emojiDocument(Split split) {
        return doc("d2", EMOJI_TEXT, split, List.of(span(EMOJI_TEXT, "e1", "entity", "PER", "الشيباني"),
                span(EMOJI_TEXT, "e2", "entity", "GPE", "موسكو")), List.of());
    }

    public static ExportData data(ExportDocument... docs) {
        return new ExportData("test", SCHEMA, "gold", List.of(docs));
    }

    /** Spans as keys with their attributes (links as the linked span's key), and relations as keys. */
    public static Set<String> described(AnnotationSet set) {
        Set<String> result = new TreeSet<>();
        for (Span s : set.spans()) {
            StringBuilder sb = new StringBuilder(SpanKey.of(s).toString());
            for (var e : s.attributes().entrySet()) {
                boolean link = SCHEMA.layer(s.layer()).flatMap(l -> l.attribute(e.getKey()))
                        .map(a -> a.type() == AttributeType.LINK).orElse(false);
                Object v = link ? set.span((String) e.getValue()).map(SpanKey::of).orElse(null) : e.getValue();
                sb.append(' ').append(e.getKey()).append('=').append(v);
            }
            result.add(sb.toString());
        }
        for (Relation r : set.relations()) {
            result.add(r.type() + " " + set.span(r.from()).map(SpanKey::of).orElseThrow() + " -> "
                    + set.span(r.to()).map(SpanKey::of).orElseThrow());
        }
        return result;
    }
}
