package dev.mizan.io.webanno;

import dev.mizan.io.export.ExportFixture;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebAnnoTsvExporterTest {
    @TempDir
    Path out;

    private List<String> export() throws Exception {
        ExportReport report = new WebAnnoTsvExporter().export(ExportFixture.data(ExportFixture.mainDocument(Split.ALL)),
                ExportOptions.defaults(), out);
        assertThat(report.warnings()).isEmpty();
        return Files.readAllLines(out.resolve("d1.tsv"));
    }

    @Test
    void declaresTheLayersInTheHeader() throws Exception {
        List<String> lines = export();

        assertThat(lines.subList(0, 7)).containsExactly("#FORMAT=WebAnno TSV 3.3",
                "#T_SP=" + WebAnnoTsvExporter.NAMED_ENTITY + "|identifier|value",
                "#T_SP=webanno.custom.Stance|label|polarity"
                        + "|ROLE_webanno.custom.Stance:holder_webanno.custom.StanceHolderLink|" + WebAnnoTsvExporter.NAMED_ENTITY
                        + "|ROLE_webanno.custom.Stance:target_webanno.custom.StanceTargetLink|" + WebAnnoTsvExporter.NAMED_ENTITY,
                "#T_SP=webanno.custom.Claim|label|type|checkworthy"
                        + "|ROLE_webanno.custom.Claim:claimant_webanno.custom.ClaimClaimantLink|" + WebAnnoTsvExporter.NAMED_ENTITY,
                "#T_RL=webanno.custom.Relation|label|BT_" + WebAnnoTsvExporter.NAMED_ENTITY, "", "");
    }

    @Test
    void writesMultiTokenSpansWithIdsAndASpanInsideATokenOnASubTokenRow() throws Exception {
        List<String> lines = export();

        assertThat(lines).contains("2-4.1\t56-61\tموسكو\t*\tGPE\t_\t_\t_\t_\t_\t_\t_\t_\t_\t_\t_\tsame\\_as\t1-5");
    }

    @Test
    void writesAStancesHolderAndTargetAndAClaimsClaimantAsSlotsOnEveryRowOfTheirSpan() throws Exception {
        List<String> lines = export();

        // holder روسيا is token 1-5, target سوريا 1-7, claimant الشيباني 2-2: single tokens, no ids needed
        assertThat(lines).containsSubsequence(
                "1-6\t26-30\tتدعم\t_\t_\tSTANCE[1]\tSUPPORT[1]\tholder[1]\t1-5\ttarget[1]\t1-7\t_\t_\t_\t_\t_\t_\t_",
                "1-7\t31-36\tسوريا\t*\tGPE\tSTANCE[1]\tSUPPORT[1]\tholder[1]\t1-5\ttarget[1]\t1-7\t_\t_\t_\t_\t_\t_\t_");
        assertThat(lines).containsSubsequence(
                "2-4\t55-61\tوموسكو\t_\t_\t_\t_\t_\t_\t_\t_\tCLAIM[2]\tFACTUAL[2]\ttrue[2]\tclaimant[2]\t2-2\t_\t_",
                "2-5\t62-66\tشريك\t_\t_\t_\t_\t_\t_\t_\t_\tCLAIM[2]\tFACTUAL[2]\ttrue[2]\tclaimant[2]\t2-2\t_\t_");
    }

    @Test
    void everyRowHasTheDeclaredNumberOfColumnsAndOffsetsMatchTheText() throws Exception {
        List<String> lines = export();

        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            assertThat(cols).as(line).hasSize(3 + 2 + (2 + 2 * 2) + (3 + 2) + 2);
            String[] be = cols[1].split("-");
            assertThat(ExportFixture.TEXT.substring(Integer.parseInt(be[0]), Integer.parseInt(be[1]))).isEqualTo(cols[2]);
        }
    }

    @Test
    void escapesWhatTsvReserves() {
        assertThat(WebAnnoTsvExporter.escape("a_b|c[d]->e")).isEqualTo("a\\_b\\|c\\[d\\]\\->e");
    }

    @Test
    void reportsLinksWhoseTargetsAreNotExportedInsteadOfDroppingThemSilently() throws Exception {
        ExportReport report = new WebAnnoTsvExporter().export(ExportFixture.data(ExportFixture.mainDocument(Split.ALL)),
                new ExportOptions("stance", null, false, null), out);
        List<String> lines = Files.readAllLines(out.resolve("d1.tsv"));

        // holder must point at an entity, which is not exported: no column; target may point at any
        // layer (another stance would be written), so its column stays, untyped
        assertThat(lines.get(1)).isEqualTo("#T_SP=webanno.custom.Stance|label|polarity"
                + "|ROLE_webanno.custom.Stance:target_webanno.custom.StanceTargetLink|uima.tcas.Annotation");
        assertThat(lines).contains("1-6\t26-30\tتدعم\tSTANCE[1]\tSUPPORT[1]\t_[1]\t*\t_\t_");
        assertThat(report.warnings()).extracting(w -> w.documentId() + ": " + w.message()).containsExactlyInAnyOrder(
                "d1: 1 link(s) not written: 'holder' of stance has no slot column (its target layer is not exported, "
                        + "or it is not a link attribute of the schema)",
                "d1: 1 link(s) not written: 'target' points at a span that is not exported (another layer, or missing)");
    }
}
