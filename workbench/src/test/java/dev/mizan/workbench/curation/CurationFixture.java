package dev.mizan.workbench.curation;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Project;
import dev.mizan.model.Source;
import dev.mizan.model.Span;
import dev.mizan.model.Status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One document, three annotators: they agree on بوتين, disagree on موسكو
 * (GPE, ORG, nothing), only b marks لافروف, and all three mark the stance with different polarities.
 */
final class CurationFixture {
    static final String TEXT = "قال الرئيس بوتين إن موسكو تدعم سوريا. وأكد لافروف الموقف.";
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);
    static final Document DOC = Document.of("d1", "One", Source.ofFile("d1.txt"), TEXT);

    /** What the model wrote, in order. */
    final List<GoldSet> written = new ArrayList<>();

    static Project project() {
        List<AnnotationSet> sets = new ArrayList<>();
        String[] polarity = {"SUPPORT", "OPPOSE", "NEUTRAL"};
        String[] moscow = {"GPE", "ORG", null};
        String[] names = {"annotator-a", "annotator-b", "annotator-c"};
        for (int i = 0; i < 3; i++) {
            List<Span> spans = new ArrayList<>();
            spans.add(span("e1", "entity", "PER", "بوتين"));
            if (moscow[i] != null) {
                spans.add(span("e2", "entity", moscow[i], "موسكو"));
            }
            if (i == 1) {
                spans.add(span("e3", "entity", "PER", "لافروف"));
            }
            spans.add(span("s1", "stance", "STANCE", "تدعم سوريا").withAttribute("polarity", polarity[i]));
            sets.add(new AnnotationSet(names[i], DOC.id(), DOC.sha256(), Status.DONE, spans, List.of(), T0, T0));
        }
        return new Project("p", DefaultSchema.load(), Map.of(), List.of(DOC), sets, List.of());
    }

    static Span span(String id, String layer, String label, String text) {
        int b = TEXT.indexOf(text);
        return new Span(id, b, b + text.length(), layer, label, Map.of());
    }

    CurationModel open(Project project) {
        return CurationModel.open(project, DOC.id(), "supervisor", written::add, CLOCK);
    }
}
