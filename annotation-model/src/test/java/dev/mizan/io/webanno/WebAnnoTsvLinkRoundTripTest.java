package dev.mizan.io.webanno;

import dev.mizan.io.ProjectImport;
import dev.mizan.io.export.ExportFixture;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.mizan.io.export.ExportFixture.span;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links through WebAnno TSV and back: multi-token and stacked targets (addressed with their id), a
 * target outside the BMP (UTF-16 offsets shift by two after it), and a link attribute whose targets
 * are in two layers (an untyped slot, every target with an id).
 */
class WebAnnoTsvLinkRoundTripTest {
    /** An emoji (two UTF-16 units) opens the text and is an entity itself. */
    static final String TEXT = "😀 أكد فلاديمير بوتين دعم بلاده لسوريا. وقال الشيباني إن دمشق ترفض التقسيم.";

    @TempDir
    Path out;

    static ExportDocument document() {
        List<Span> spans = new ArrayList<>();
        spans.add(span(TEXT, "e0", "entity", "MISC", "😀"));
        spans.add(span(TEXT, "e1", "entity", "PER", "فلاديمير بوتين"));
        spans.add(span(TEXT, "e2", "entity", "GPE", "سوريا"));
        spans.add(span(TEXT, "e3", "entity", "PER", "الشيباني"));
        spans.add(span(TEXT, "e4", "entity", "GPE", "دمشق"));
        spans.add(span(TEXT, "e5", "entity", "GPE", "دمشق ترفض")); // stacked with e4 on دمشق
        spans.add(span(TEXT, "c1", "claim", "CLAIM", "دمشق ترفض التقسيم").withAttribute("type", "POLICY")
                .withAttribute("claimant", "e3"));
        spans.add(span(TEXT, "s1", "stance", "STANCE", "دعم بلاده لسوريا").withAttribute("polarity", "SUPPORT")
                .withAttribute("holder", "e1").withAttribute("target", "e2"));
        spans.add(span(TEXT, "s2", "stance", "STANCE", "دعم بلاده لسوريا").withAttribute("polarity", "NEUTRAL")
                .withAttribute("holder", "e0").withAttribute("target", "c1")); // stacked on s1; its target is a claim
        spans.add(span(TEXT, "s3", "stance", "STANCE", "ترفض التقسيم").withAttribute("polarity", "OPPOSE")
                .withAttribute("holder", "e5"));
        return ExportFixture.doc("d9", TEXT, Split.ALL, spans, List.of());
    }

    @Test
    void stancesAndClaimsComeBackWithTheSameLinksIncludingStackedMultiTokenAndNonBmpTargets() throws Exception {
        ExportDocument doc = document();
        ExportData data = ExportFixture.data(doc);
        Project project = new Project("p", ExportFixture.SCHEMA, null, List.of(doc.document()), List.of(), List.of());

        ExportReport report = new WebAnnoTsvExporter().export(data, ExportOptions.defaults(), out);
        ImportResult read = new WebAnnoTsvImporter().read(List.of(out.resolve("d9.tsv")), ImportOptions.defaults().withAnnotator("back"));
        ProjectImport.Plan plan = new ProjectImport().plan(project, read, new ProjectImport.Options("back", false, false));

        assertThat(report.warnings()).isEmpty();
        assertThat(read.problems()).isEmpty();
        assertThat(plan.problems()).isEmpty();
        AnnotationSet back = plan.sets().get(0);
        assertThat(ExportFixture.described(back)).isEqualTo(ExportFixture.described(doc.annotations()));
        assertThat(back.spans().stream().mapToLong(s -> s.attributes().keySet().stream()
                .filter(k -> List.of("holder", "target", "claimant").contains(k)).count()).sum()).isEqualTo(6);
    }

    @Test
    void aLinkAttributeWithTargetsInTwoLayersIsAnUntypedSlotWhoseTargetsAllCarryIds() throws Exception {
        new WebAnnoTsvExporter().export(ExportFixture.data(document()), ExportOptions.defaults(), out);
        List<String> lines = Files.readAllLines(out.resolve("d9.tsv"));

        assertThat(lines.get(2)).isEqualTo("#T_SP=webanno.custom.Stance|label|polarity"
                + "|ROLE_webanno.custom.Stance:holder_webanno.custom.StanceHolderLink|" + WebAnnoTsvExporter.NAMED_ENTITY
                + "|ROLE_webanno.custom.Stance:target_webanno.custom.StanceTargetLink|uima.tcas.Annotation");
        // the emoji is token 1-1 at 0-2 (UTF-16); s1 and s2 are stacked on دعم, s1's target سوريا is the
        // sub-token 1-7.1, s2's target is the claim starting at 2-4; s3 has no target: '_' role, '*' target
        assertThat(lines).contains(
                "1-1\t0-2\t😀\t*\tMISC" + "\t_".repeat(13),
                "1-5\t22-25\tدعم\t_\t_\tSTANCE[2]|STANCE[3]\tSUPPORT[2]|NEUTRAL[3]\tholder[2]|holder[3]\t1-3[1]|1-1"
                        + "\ttarget[2]|target[3]\t1-7.1[4]|2-4[5]" + "\t_".repeat(7),
                "2-5\t62-66\tترفض\t*[6]\tGPE[6]\tSTANCE[8]\tOPPOSE[8]\tholder[8]\t2-4[6]\t_[8]\t*"
                        + "\tCLAIM[5]\tPOLICY[5]\t*[5]\tclaimant[5]\t2-2\t_\t_");
    }
}
