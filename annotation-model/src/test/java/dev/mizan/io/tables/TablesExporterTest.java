package dev.mizan.io.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mizan.io.export.ExportFixture;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.Split;
import dev.mizan.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TablesExporterTest {
    @TempDir
    Path out;

    @Test
    void writesStancesWithHolderAndTargetTextAndOffsets() throws Exception {
        new TablesExporter().export(ExportFixture.data(ExportFixture.mainDocument(Split.ALL)), ExportOptions.defaults(), out);

        List<String> csv = Files.readAllLines(out.resolve("stances.csv"));
        assertThat(csv.get(0)).isEqualTo("document,split,id,begin,end,text,label,polarity,holder_id,holder_text,holder_begin,"
                + "holder_end,holder_label,target_id,target_text,target_begin,target_end,target_label");
        assertThat(csv.get(1)).isEqualTo("d1,all,s1,26,36,تدعم سوريا,STANCE,SUPPORT,e2,روسيا,20,25,GPE,e3,سوريا,31,36,GPE");
        JsonNode claim = Json.mapper().readTree(Files.readAllLines(out.resolve("claims.jsonl")).get(0));
        assertThat(claim.get("claimant_text").asText()).isEqualTo("الشيباني");
        assertThat(claim.get("type").asText()).isEqualTo("FACTUAL");
        assertThat(claim.get("checkworthy").asBoolean()).isTrue();
        String text = ExportFixture.TEXT;
        assertThat(text.substring(claim.get("begin").asInt(), claim.get("end").asInt())).isEqualTo(claim.get("text").asText());
    }

    @Test
    void quotesCsvFieldsThatNeedIt() throws Exception {
        StringBuilder sb = new StringBuilder();
        TablesExporter.writeCsvRow(sb, java.util.Arrays.asList("a,b", "say \"no\"", null, 3));

        assertThat(sb).hasToString("\"a,b\",\"say \"\"no\"\"\",,3\r\n");
    }
}
