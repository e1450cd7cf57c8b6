package dev.mizan.io;

import dev.mizan.io.export.ExportSource;
import dev.mizan.io.webanno.WebAnnoTsvExporter;
import dev.mizan.io.webanno.WebAnnoTsvImporter;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Project;
import dev.mizan.model.Relation;
import dev.mizan.model.Span;
import dev.mizan.model.SpanKey;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.Split;
import dev.mizan.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample project's gold and each annotator's work through WebAnno TSV and back: no export
 * warning, and the same spans, relations and links (holder, target, claimant) in every document.
 */
class SampleProjectWebAnnoRoundTripTest {
    @TempDir
    Path tmp;

    private static Set<String> described(AnnotationSet set, Project project) {
        Set<String> result = new TreeSet<>();
        for (Span s : set.spans()) {
            StringBuilder sb = new StringBuilder(SpanKey.of(s).toString());
            for (var e : s.attributes().entrySet()) {
                boolean link = project.schema().layer(s.layer()).flatMap(l -> l.attribute(e.getKey()))
                        .map(a -> a.type() == AttributeType.LINK).orElse(false);
                sb.append(' ').append(e.getKey()).append('=')
                        .append(link ? set.span((String) e.getValue()).map(SpanKey::of).orElseThrow() : e.getValue());
            }
            result.add(sb.toString());
        }
        for (Relation r : set.relations()) {
            result.add(r.type() + " " + set.span(r.from()).map(SpanKey::of).orElseThrow() + " -> "
                    + set.span(r.to()).map(SpanKey::of).orElseThrow());
        }
        return result;
    }

    private static long links(AnnotationSet set) {
        return set.spans().stream().flatMap(s -> s.attributes().keySet().stream())
                .filter(k -> List.of("holder", "target", "claimant").contains(k)).count();
    }

    @Test
    void goldAndEveryAnnotatorComeBackWithTheSameLinks() throws Exception {
        Project project = ProjectStore.open(SampleProjectRoundTripTest.SAMPLE).load().project();
        List<String> sources = new ArrayList<>(List.of("gold"));
        project.annotators().forEach(a -> sources.add("annotator:" + a));
        long linksSeen = 0;
        for (String source : sources) {
            Map<String, AnnotationSet> selected = ExportSource.parse(source).select(project);
            List<ExportDocument> docs = project.documents().stream().filter(d -> selected.containsKey(d.id()))
                    .map(d -> new ExportDocument(d, selected.get(d.id()), Split.ALL)).toList();
            Path out = tmp.resolve(source.replace(':', '-'));

            ExportReport report = new WebAnnoTsvExporter().export(new ExportData(project.name(), project.schema(), source, docs),
                    ExportOptions.defaults(), out);
            List<Path> files;
            try (Stream<Path> s = Files.list(out)) {
                files = s.sorted().toList();
            }
            ImportResult read = new WebAnnoTsvImporter().read(files, ImportOptions.defaults().withAnnotator("back"));
            ProjectImport.Plan plan = new ProjectImport().plan(project, read, new ProjectImport.Options("back", false, false));

            assertThat(report.warnings()).as(source).isEmpty();
            assertThat(read.problems()).as(source).isEmpty();
            assertThat(plan.problems()).as(source).isEmpty();
            assertThat(plan.sets()).as(source).hasSize(docs.size());
            for (AnnotationSet back : plan.sets()) {
                AnnotationSet original = selected.get(back.documentId());
                assertThat(described(back, project)).as(source + " " + back.documentId()).isEqualTo(described(original, project));
                assertThat(links(back)).isEqualTo(links(original));
                linksSeen += links(back);
            }
        }
        assertThat(linksSeen).as("the sample has links to carry").isGreaterThan(100);
    }
}
