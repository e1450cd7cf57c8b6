package dev.mizan.io.doccano;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mizan.io.export.ExportFixture;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.Split;
import dev.mizan.store.Json;
import dev.mizan.text.OffsetConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DoccanoJsonlExporterTest {
    @TempDir
    Path out;

    @Test
    void writesLabelTriplesInCodePointsThatParseBackToTheSameSpans() throws Exception {
        ExportDocument doc = ExportFixture.emojiDocument(Split.ALL);
        new DoccanoJsonlExporter().export(ExportFixture.data(doc), ExportOptions.defaults(), out);

        JsonNode line = Json.mapper().readTree(Files.readAllLines(out.resolve("all.jsonl")).get(0));
        assertThat(line.get("label").get(0).toString()).isEqualTo("[6,14,\"PER\"]");
        OffsetConverter offsets = OffsetConverter.of(line.get("text").asText());
        List<String> back = new ArrayList<>();
        for (JsonNode l : line.get("label")) {
            back.add(offsets.codePointToUtf16(l.get(0).asInt()) + "-" + offsets.codePointToUtf16(l.get(1).asInt()) + " " + l.get(2).asText());
        }
        assertThat(back).containsExactlyElementsOf(doc.annotations().spans().stream()
                .map(s -> s.begin() + "-" + s.end() + " " + s.label()).toList());
    }
}
