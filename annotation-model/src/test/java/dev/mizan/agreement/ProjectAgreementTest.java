package dev.mizan.agreement;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProjectAgreementTest {
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    // "Russian President Vladimir Putin received the Syrian foreign minister in Moscow."
    static final String TEXT = "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية السوري في موسكو.";
    static final int PUTIN_B = TEXT.indexOf("فلاديمير");
    static final int PUTIN_E = TEXT.indexOf(" وزير");
    static final int MOSCOW_B = TEXT.indexOf("موسكو");
    static final int MOSCOW_E = MOSCOW_B + "موسكو".length();
    static final int MINISTER_B = TEXT.indexOf("وزير");
    static final int MINISTER_E = TEXT.indexOf(" في");

    static Span span(String id, int b, int e, String layer, String label) {
        return new Span(id, b, e, layer, label);
    }

    static AnnotationSet set(String annotator, Document doc, Span... spans) {
        return new AnnotationSet(annotator, doc.id(), doc.sha256(), Status.DONE, List.of(spans), List.of(), NOW, NOW);
    }

    static Project project(List<Document> docs, List<AnnotationSet> sets) {
        return new Project("test", DefaultSchema.load(), Map.of(), docs, sets, List.of());
    }

    static Optional<ReportEntry> entry(AgreementReport r, String measure, String layer, String label, List<String> pair,
                                       String doc) {
        return r.entries().stream().filter(e -> e.measure().equals(measure) && e.layer().equals(layer)
                && java.util.Objects.equals(e.label(), label) && java.util.Objects.equals(e.pair(), pair)
                && java.util.Objects.equals(e.document(), doc)).findFirst();
    }

    private static final AgreementOptions FAST = AgreementOptions.defaults().withResamples(50);

    @Test
    void identicalAnnotationsAgreePerfectly() {
        Document d = Document.of("d1", null, null, TEXT);
        Span[] spans = {span("e1", PUTIN_B, PUTIN_E, "entity", "PER"), span("e2", MOSCOW_B, MOSCOW_E, "entity", "GPE")};
        AgreementReport r = ProjectAgreement.compute(project(List.of(d), List.of(set("a", d, spans), set("b", d, spans))), FAST);

        assertThat(entry(r, "krippendorff-alpha-u", "entity", null, null, null).orElseThrow().value().get()).isEqualTo(1.0);
        assertThat(entry(r, "span-f1-exact", "entity", null, null, null).orElseThrow().value().get()).isEqualTo(1.0);
        assertThat(entry(r, "cohen-kappa", "entity", null, List.of("a", "b"), null).orElseThrow().value().get()).isEqualTo(1.0);
        assertThat(r.disagreements()).isEmpty();
    }

    @Test
    void aLabelNobodyUsedIsUndefinedWithAReason() {
        Document d = Document.of("d1", null, null, TEXT);
        Span putin = span("e1", PUTIN_B, PUTIN_E, "entity", "PER");
        AgreementReport r = ProjectAgreement.compute(project(List.of(d), List.of(set("a", d, putin), set("b", d, putin))), FAST);

        ReportEntry event = entry(r, "krippendorff-alpha-u", "entity", "EVENT", null, null).orElseThrow();
        assertThat(event.value().isDefined()).isFalse();
        assertThat(event.value().reason()).contains("EVENT");
        assertThat(event.ci()).isNull();
    }

    @Test
    void corpusValuePoolsDocumentsInsteadOfAveragingThem() {
        Document d1 = Document.of("d1", null, null, TEXT);
        Document d2 = Document.of("d2", null, null, TEXT + " ");
        List<AnnotationSet> sets = new ArrayList<>();
        Span putin = span("e1", PUTIN_B, PUTIN_E, "entity", "PER");
        sets.add(set("a", d1, putin));
        sets.add(set("b", d1, putin));
        // d2: a marks three spans, b marks one different one: F1 = 0.
        sets.add(set("a", d2, putin, span("e2", MOSCOW_B, MOSCOW_E, "entity", "GPE"),
                span("e3", MINISTER_B, MINISTER_E, "entity", "PER")));
        sets.add(set("b", d2, span("e9", MOSCOW_B, MOSCOW_E, "entity", "LOC")));
        AgreementReport r = ProjectAgreement.compute(project(List.of(d1, d2), sets), FAST);

        double doc1 = entry(r, "span-f1-exact", "entity", null, List.of("a", "b"), "d1").orElseThrow().value().get();
        double doc2 = entry(r, "span-f1-exact", "entity", null, List.of("a", "b"), "d2").orElseThrow().value().get();
        double corpus = entry(r, "span-f1-exact", "entity", null, List.of("a", "b"), null).orElseThrow().value().get();
        assertThat(doc1).isEqualTo(1.0);
        assertThat(doc2).isZero();
        // 2 × 1 tp / (4 + 2 spans) — not 0.5, the mean of the two documents.
        assertThat(corpus).isCloseTo(2.0 * 1 / 6, within(1e-12));
    }

    @Test
    void corpusAlphaUOfOneDocumentEqualsTheContinuumComputation() {
        Document d = Document.of("d1", null, null, TEXT);
        AnnotationSet a = set("a", d, span("e1", PUTIN_B, PUTIN_E, "entity", "PER"), span("e2", MOSCOW_B, MOSCOW_E, "entity", "GPE"));
        AnnotationSet b = set("b", d, span("e1", PUTIN_B + 2, PUTIN_E, "entity", "PER"));
        AgreementReport r = ProjectAgreement.compute(project(List.of(d), List.of(a, b)), FAST);

        var direct = KrippendorffAlphaU.of(TEXT.length(), List.of(
                List.of(new KrippendorffAlphaU.Unit(PUTIN_B, PUTIN_E, "PER"), new KrippendorffAlphaU.Unit(MOSCOW_B, MOSCOW_E, "GPE")),
                List.of(new KrippendorffAlphaU.Unit(PUTIN_B + 2, PUTIN_E, "PER"))));
        assertThat(entry(r, "krippendorff-alpha-u", "entity", "PER", null, null).orElseThrow().value().get())
                .isCloseTo(direct.byLabel().get("PER").get(), within(1e-12));
        assertThat(entry(r, "krippendorff-alpha-u", "entity", null, null, "d1").orElseThrow().value().get())
                .isCloseTo(direct.overall().get(), within(1e-12));
    }

    @Test
    void confusionMatrixHasAMissingRowAndColumn() {
        Document d = Document.of("d1", null, null, TEXT);
        AnnotationSet a = set("a", d, span("e1", PUTIN_B, PUTIN_E, "entity", "PER"), span("e2", MOSCOW_B, MOSCOW_E, "entity", "GPE"));
        AnnotationSet b = set("b", d, span("x", PUTIN_B, PUTIN_E, "entity", "ORG"), span("y", MINISTER_B, MINISTER_E, "entity", "PER"));
        AgreementReport r = ProjectAgreement.compute(project(List.of(d), List.of(a, b)), FAST);

        ConfusionMatrix m = r.confusions().stream().filter(c -> c.layer().equals("entity")).findFirst().orElseThrow();
        int per = m.labels().indexOf("PER");
        int org = m.labels().indexOf("ORG");
        int gpe = m.labels().indexOf("GPE");
        int missing = m.labels().indexOf(ConfusionMatrix.MISSING);
        assertThat(missing).isEqualTo(m.labels().size() - 1);
        assertThat(m.counts()[per][org]).isEqualTo(1);
        assertThat(m.counts()[gpe][missing]).isEqualTo(1);
        assertThat(m.counts()[missing][per]).isEqualTo(1);
    }

    @Test
    void ranksLabelConflictsAboveMissingSpans() {
        Document d = Document.of("d1", null, null, TEXT);
        AnnotationSet a = set("a", d, span("e1", PUTIN_B, PUTIN_E, "entity", "PER"), span("e2", MOSCOW_B, MOSCOW_E, "entity", "GPE"));
        AnnotationSet b = set("b", d, span("x", PUTIN_B, PUTIN_E, "entity", "ORG"));
        AgreementReport r = ProjectAgreement.compute(project(List.of(d), List.of(a, b)), FAST);

        assertThat(r.disagreements()).extracting(Disagreement::kind).containsExactly("label", "missing");
        Disagreement first = r.disagreements().get(0);
        assertThat(first.text()).isEqualTo("فلاديمير بوتين");
        assertThat(first.answers().get("b").get(0).label()).isEqualTo("ORG");
        assertThat(r.disagreements().get(1).answers().get("b")).isEmpty();
    }

    @Test
    void comparesAttributesAndLinksOfMatchedSpans() {
        Document d = Document.of("d1", null, null, TEXT);
        int sb = TEXT.indexOf("استقبل");
        Span putinA = span("e1", PUTIN_B, PUTIN_E, "entity", "PER");
        Span putinB = span("p", PUTIN_B, PUTIN_E, "entity", "PER");
        Span stanceA = span("s1", sb, MOSCOW_E, "stance", "STANCE").withAttribute("polarity", "SUPPORT").withAttribute("holder", "e1");
        Span stanceB = span("s7", sb, MOSCOW_E, "stance", "STANCE").withAttribute("polarity", "SUPPORT").withAttribute("holder", "p");
        AgreementReport r = ProjectAgreement.compute(project(List.of(d),
                List.of(set("a", d, putinA, stanceA), set("b", d, putinB, stanceB))), FAST);

        assertThat(entry(r, "link-f1", "stance", "holder", List.of("a", "b"), null).orElseThrow().value().get()).isEqualTo(1.0);
        ReportEntry polarity = entry(r, "attribute-alpha", "stance", "polarity", List.of("a", "b"), null).orElseThrow();
        // One matched pair with one value: α is undefined (no variation), and says so.
        assertThat(polarity.value().isDefined()).isFalse();
        assertThat(polarity.n()).isEqualTo(1);
    }

    @Test
    void mapsLinksThroughLayersTheReportLeavesOut() {
        Document d = Document.of("d1", null, null, TEXT);
        int sb = TEXT.indexOf("استقبل");
        Span stanceA = span("s1", sb, MOSCOW_E, "stance", "STANCE").withAttribute("holder", "e1");
        Span stanceB = span("s7", sb, MOSCOW_E, "stance", "STANCE").withAttribute("holder", "p");
        AgreementReport r = ProjectAgreement.compute(project(List.of(d), List.of(
                        set("a", d, span("e1", PUTIN_B, PUTIN_E, "entity", "PER"), stanceA),
                        set("b", d, span("p", PUTIN_B, PUTIN_E, "entity", "PER"), stanceB))),
                FAST.withLayers(List.of("stance")));

        assertThat(entry(r, "link-f1", "stance", "holder", List.of("a", "b"), null).orElseThrow().value().get()).isEqualTo(1.0);
    }

    @Test
    void intervalsAreSeededAndContainTheValue() {
        List<Document> docs = new ArrayList<>();
        List<AnnotationSet> sets = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Document d = Document.of("d" + i, null, null, TEXT + " ".repeat(i));
            docs.add(d);
            sets.add(set("a", d, span("e1", PUTIN_B, PUTIN_E, "entity", "PER"), span("e2", MOSCOW_B, MOSCOW_E, "entity", "GPE")));
            sets.add(set("b", d, span("e1", PUTIN_B + (i % 3), PUTIN_E, "entity", "PER"),
                    span("e2", MOSCOW_B, MOSCOW_E, "entity", i % 4 == 0 ? "LOC" : "GPE")));
        }
        Project p = project(docs, sets);
        AgreementReport r1 = ProjectAgreement.compute(p, AgreementOptions.defaults().withResamples(200));
        AgreementReport r2 = ProjectAgreement.compute(p, AgreementOptions.defaults().withResamples(200));

        ReportEntry e1 = entry(r1, "krippendorff-alpha-u", "entity", null, null, null).orElseThrow();
        ReportEntry e2 = entry(r2, "krippendorff-alpha-u", "entity", null, null, null).orElseThrow();
        assertThat(e1.ci()).isEqualTo(e2.ci());
        assertThat(e1.ci().low()).isLessThanOrEqualTo(e1.value().get());
        assertThat(e1.ci().high()).isGreaterThanOrEqualTo(e1.value().get());
        assertThat(e1.ci().low()).isLessThan(e1.ci().high());
    }

    @Test
    void refusesAProjectWithOneAnnotator() {
        Document d = Document.of("d1", null, null, TEXT);

        assertThatThrownBy(() -> ProjectAgreement.compute(project(List.of(d), List.of(set("a", d))), FAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two or more annotators");
    }

    @Test
    void leavesOutDocumentsNotEveryAnnotatorAnnotated() {
        Document d1 = Document.of("d1", null, null, TEXT);
        Document d2 = Document.of("d2", null, null, TEXT + " ");
        AgreementReport r = ProjectAgreement.compute(project(List.of(d1, d2),
                List.of(set("a", d1), set("b", d1), set("a", d2))), FAST);

        assertThat(r.documents()).containsExactly("d1");
        assertThat(r.skipped()).containsExactly("d2");
    }
}
