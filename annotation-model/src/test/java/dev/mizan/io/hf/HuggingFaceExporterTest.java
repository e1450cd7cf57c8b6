package dev.mizan.io.hf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mizan.io.export.ExportFixture;
import dev.mizan.io.export.StrictReaders;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.Split;
import dev.mizan.spi.TagScheme;
import dev.mizan.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HuggingFaceExporterTest {
    @TempDir
    Path out;

    @Test
    void writesSplitsWithIntegerTagsNamedInTheDatasetInfo() throws Exception {
        new HuggingFaceExporter().export(ExportFixture.data(ExportFixture.mainDocument(Split.TRAIN),
                ExportFixture.emojiDocument(Split.VALIDATION)), new ExportOptions(null, TagScheme.BIOES, true, Map.of()), out);

        JsonNode info = Json.mapper().readTree(out.resolve("dataset_info.json").toFile());
        List<String> names = new ArrayList<>();
        info.get("features").get("ner_tags").get("feature").get("names").forEach(n -> names.add(n.asText()));
        assertThat(names).startsWith("O", "B-PER", "I-PER", "E-PER", "S-PER");
        assertThat(info.get("features").get("ner_tags").get("feature").get("_type").asText()).isEqualTo("ClassLabel");
        assertThat(out.resolve("test.jsonl")).doesNotExist();

        JsonNode first = Json.mapper().readTree(Files.readAllLines(out.resolve("train.jsonl")).get(0));
        assertThat(first.get("tokens")).hasSameSizeAs(first.get("ner_tags"));
        List<String> tags = new ArrayList<>();
        first.get("ner_tags").forEach(t -> tags.add(names.get(t.asInt())));
        assertThat(tags).contains("S-PER", "S-GPE");
        StrictReaders.assertValidBioes(tags);
        JsonNode validation = Json.mapper().readTree(Files.readAllLines(out.resolve("validation.jsonl")).get(0));
        assertThat(validation.get("tokens").get(0).asText()).isEqualTo("😀");
    }
}
