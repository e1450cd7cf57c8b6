package dev.mizan.workbench.cli;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Relation;
import dev.mizan.model.Source;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import dev.mizan.store.ProjectStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small projects on disk for command tests. */
final class TestProjects {
    static final String TEXT_1 = "قال الرئيس بوتين إن موسكو تدعم سوريا.\nوأكد لافروف الموقف.";
    static final String TEXT_2 = "زار الشيباني موسكو.";
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private TestProjects() {
    }

    /** Two documents, three annotators who agree on most entities and a stance. */
    static ProjectStore threeAnnotators(Path dir) throws IOException {
        ProjectStore store = ProjectStore.create(dir, "test", DefaultSchema.load());
        Document d1 = Document.of("d1", "One", Source.ofFile("d1.txt"), TEXT_1);
        Document d2 = Document.of("d2", "Two", Source.ofFile("d2.txt"), TEXT_2);
        store.saveDocument(d1);
        store.saveDocument(d2);
        for (String a : List.of("annotator-a", "annotator-b", "annotator-c")) {
            List<Span> spans = new ArrayList<>();
            spans.add(span(d1, "e1", "entity", a.endsWith("c") ? "ORG" : "PER", "بوتين"));
            spans.add(span(d1, "e2", "entity", a.endsWith("a") ? "GPE" : "ORG", "موسكو"));
            spans.add(span(d1, "e3", "entity", "GPE", "سوريا"));
            spans.add(span(d1, "e4", "entity", "PER", "لافروف"));
            spans.add(span(d1, "s1", "stance", "STANCE", "تدعم سوريا").withAttribute("polarity", "SUPPORT")
                    .withAttribute("holder", "e2").withAttribute("target", "e3"));
            List<Relation> relations = a.endsWith("c") ? List.of() : List.of(new Relation("r1", "same_as", "e3", "e3"));
            store.saveAnnotationSet(new AnnotationSet(a, d1.id(), d1.sha256(), Status.DONE, spans, relations, T0, T0));
            store.saveAnnotationSet(new AnnotationSet(a, d2.id(), d2.sha256(), Status.DONE,
                    List.of(span(d2, "e1", "entity", "PER", "الشيباني"), span(d2, "e2", "entity", "GPE", "موسكو")),
                    List.of(), T0, T0));
        }
        return store;
    }

    static Span span(Document d, String id, String layer, String label, String text) {
        int b = d.text().indexOf(text);
        if (b < 0) {
            throw new IllegalArgumentException(text + " not in " + d.id());
        }
        return new Span(id, b, b + text.length(), layer, label, Map.of());
    }
}
