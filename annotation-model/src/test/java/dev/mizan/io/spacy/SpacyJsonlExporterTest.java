package dev.mizan.io.spacy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mizan.io.export.ExportFixture;
import dev.mizan.model.Span;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.Split;
import dev.mizan.store.Json;
import dev.mizan.text.OffsetConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpacyJsonlExporterTest {
    @TempDir
    Path out;

    private List<JsonNode> export(ExportDocument... docs) throws IOException {
        new SpacyJsonlExporter().export(ExportFixture.data(docs), ExportOptions.defaults(), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("all.jsonl"))) {
            lines.add(Json.mapper().readTree(line));
        }
        return lines;
    }

    @Test
    void countsOffsetsInCodePointsSoACharacterOutsideTheBmpCountsOnce() throws IOException {
        JsonNode line = export(ExportFixture.emojiDocument(Split.ALL)).get(0);

        JsonNode first = line.get("spans").get(0);
        // "😀 زار " is 6 code points but 7 UTF-16 units.
        assertThat(first.get("start").asInt()).isEqualTo(6);
        assertThat(ExportFixture.EMOJI_TEXT.indexOf("الشيباني")).isEqualTo(7);
        String text = line.get("text").asText();
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, first.get("start").asInt(), first.get("end").asInt() - first.get("start").asInt()))
                .isEqualTo("الشيباني");
    }

    @Test
    void parsingTheExportBackGivesTheSameSpans() throws IOException {
        ExportDocument doc = ExportFixture.mainDocument(Split.ALL);
        JsonNode line = export(doc, ExportFixture.emojiDocument(Split.ALL)).get(0);

        OffsetConverter offsets = OffsetConverter.of(line.get("text").asText());
        List<Span> back = new ArrayList<>();
        for (JsonNode s : line.get("spans")) {
            var attributes = Json.mapper().convertValue(s.path("attributes"), java.util.Map.class);
            back.add(new Span(s.get("id").asText(), offsets.codePointToUtf16(s.get("start").asInt()),
                    offsets.codePointToUtf16(s.get("end").asInt()), s.get("layer").asText(), s.get("label").asText(),
                    attributes));
        }
        assertThat(line.get("text").asText()).isEqualTo(doc.text());
        assertThat(back).containsExactlyElementsOf(doc.annotations().spans());
        assertThat(line.get("relations").get(0).get("type").asText()).isEqualTo("same_as");
        assertThat(line.get("meta").get("id").asText()).isEqualTo("d1");
    }

    @Test
    void writesOnlyTheChosenLayer() throws IOException {
        new SpacyJsonlExporter().export(ExportFixture.data(ExportFixture.mainDocument(Split.ALL)),
                new ExportOptions("stance", null, false, null), out);

        JsonNode line = Json.mapper().readTree(Files.readAllLines(out.resolve("all.jsonl")).get(0));
        assertThat(line.get("spans")).hasSize(1);
        assertThat(line.get("relations")).isEmpty();
    }
}
