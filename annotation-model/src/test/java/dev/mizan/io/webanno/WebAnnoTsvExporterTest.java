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
        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("3 link attribute(s)"));
        return Files.readAllLines(out.resolve("d1.tsv"));
    }

    @Test
    void declaresTheLayersInTheHeader() throws Exception {
        List<String> lines = export();

        assertThat(lines.subList(0, 7)).containsExactly("#FORMAT=WebAnno TSV 3.3",
                "#T_SP=" + WebAnnoTsvExporter.NAMED_ENTITY + "|identifier|value",
                "#T_SP=webanno.custom.Stance|label|polarity",
                "#T_SP=webanno.custom.Claim|label|type|checkworthy",
                "#T_RL=webanno.custom.Relation|label|BT_" + WebAnnoTsvExporter.NAMED_ENTITY, "", "");
    }

    @Test
    void writesMultiTokenSpansWithIdsAndASpanInsideATokenOnASubTokenRow() throws Exception {
        List<String> lines = export();

        assertThat(lines).contains("1-6\t26-30\tتدعم\t_\t_\tSTANCE[1]\tSUPPORT[1]\t_\t_\t_\t_\t_",
                "2-4.1\t56-61\tموسكو\t*\tGPE\t_\t_\t_\t_\t_\tsame\\_as\t1-5");
    }

    @Test
    void everyRowHasTheDeclaredNumberOfColumnsAndOffsetsMatchTheText() throws Exception {
        List<String> lines = export();

        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            assertThat(cols).as(line).hasSize(3 + 2 + 2 + 3 + 2);
            String[] be = cols[1].split("-");
            assertThat(ExportFixture.TEXT.substring(Integer.parseInt(be[0]), Integer.parseInt(be[1]))).isEqualTo(cols[2]);
        }
    }

    @Test
    void escapesWhatTsvReserves() {
        assertThat(WebAnnoTsvExporter.escape("a_b|c[d]->e")).isEqualTo("a\\_b\\|c\\[d\\]\\->e");
    }
}
