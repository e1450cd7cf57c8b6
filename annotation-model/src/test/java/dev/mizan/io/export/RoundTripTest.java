package dev.mizan.io.export;

import dev.mizan.io.ProjectImport;
import dev.mizan.io.brat.BratExporter;
import dev.mizan.io.brat.BratImporter;
import dev.mizan.io.webanno.WebAnnoTsvExporter;
import dev.mizan.io.webanno.WebAnnoTsvImporter;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.model.SpanKey;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Export, then import with Mizan's own importer: the same annotations come back. */
class RoundTripTest {
    @TempDir
    Path out;

    private final ExportData data = ExportFixture.data(ExportFixture.mainDocument(Split.ALL), ExportFixture.emojiDocument(Split.ALL));
    private final Project project = new Project("p", ExportFixture.SCHEMA, null,
            data.documents().stream().map(ExportDocument::document).toList(), List.of(), List.of());

    private List<AnnotationSet> importBack(ImportResult read) {
        assertThat(read.problems()).filteredOn(p -> p.isError()).isEmpty();
        ProjectImport.Plan plan = new ProjectImport().plan(project, read, new ProjectImport.Options("back", false, false));
        assertThat(plan.problems()).filteredOn(p -> p.isError()).isEmpty();
        assertThat(plan.newDocuments()).isEmpty();
        return plan.sets();
    }

    private List<Path> files(String extension) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private AnnotationSet original(String id) {
        return data.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().annotations();
    }

    @Test
    void bratExportImportsBackToTheSameAnnotations() throws Exception {
        new BratExporter().export(data, ExportOptions.defaults(), out);

        List<AnnotationSet> back = importBack(new BratImporter().read(files(".ann"), ImportOptions.defaults().withAnnotator("back")));

        assertThat(back).hasSize(2);
        for (AnnotationSet set : back) {
            assertThat(ExportFixture.described(set)).isEqualTo(ExportFixture.described(original(set.documentId())));
        }
    }

    @Test
    void bratKeepsABooleanThatIsFalse() throws Exception {
        ExportDocument main = ExportFixture.mainDocument(Split.ALL);
        List<Span> spans = main.annotations().spans().stream()
                .map(s -> s.id().equals("c1") ? s.withAttribute("checkworthy", false) : s).toList();
        ExportDocument changed = new ExportDocument(main.document(), main.annotations().withSpans(spans, ExportFixture.T0), Split.ALL);
        new BratExporter().export(ExportFixture.data(changed), ExportOptions.defaults(), out);

        List<AnnotationSet> back = importBack(new BratImporter().read(files(".ann"), ImportOptions.defaults().withAnnotator("back")));

        assertThat(back.get(0).span(back.get(0).spans().stream().filter(s -> s.layer().equals("claim")).findFirst()
                .orElseThrow().id()).orElseThrow().attributes()).containsEntry("checkworthy", false);
    }

    @Test
    void webAnnoTsvExportImportsBackToTheSameSpansRelationsAndLinks() throws Exception {
        new WebAnnoTsvExporter().export(data, ExportOptions.defaults(), out);

        List<AnnotationSet> back = importBack(new WebAnnoTsvImporter().read(files(".tsv"), ImportOptions.defaults().withAnnotator("back")));

        assertThat(back).hasSize(2);
        for (AnnotationSet set : back) {
            assertThat(ExportFixture.described(set)).isEqualTo(ExportFixture.described(original(set.documentId())));
        }
        assertThat(ExportFixture.described(back.get(0))).anySatisfy(s -> assertThat(s).contains("holder=").contains("target="))
                .anySatisfy(s -> assertThat(s).contains("claimant="));
    }

    @Test
    void spacyAndDoccanoJsonlImportBackToTheSameSpans() throws Exception {
        for (dev.mizan.spi.Exporter exporter : List.of(new dev.mizan.io.spacy.SpacyJsonlExporter(),
                new dev.mizan.io.doccano.DoccanoJsonlExporter())) {
            exporter.export(data, ExportOptions.defaults(), out);

            List<AnnotationSet> back = importBack(new dev.mizan.io.jsonl.JsonlImporter().read(files(".jsonl"),
                    ImportOptions.defaults().withAnnotator("back")));

            assertThat(back).as(exporter.id()).hasSize(2);
            for (AnnotationSet set : back) {
                assertThat(set.spans().stream().map(SpanKey::of).toList()).as(exporter.id())
                        .isEqualTo(original(set.documentId()).spans().stream().map(SpanKey::of).toList());
            }
        }
    }
}
