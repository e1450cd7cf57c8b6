package dev.mizan.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mizan.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCommandTest {
    private static final String SAMPLE = "../sample-projects/syria-russia-visit";

    @TempDir
    Path dir;

    @Test
    void printsAnAlignedTable() {
        CliRun run = CliRun.of("stats", SAMPLE);

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("documents   5\n").containsPattern("tokens\\s+\\d[\\d,]* \\(")
                .contains("spans per layer and label").contains("  entity  PER ");
    }

    @Test
    void printsOneJsonObject() throws Exception {
        CliRun run = CliRun.of("stats", SAMPLE, "--json");

        assertThat(run.code()).isZero();
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(json.get("documents").asInt()).isEqualTo(5);
        assertThat(json.get("tokens").asLong()).isGreaterThan(2000);
        assertThat(json.get("labels").size()).isEqualTo(10);
        assertThat(json.has("statusesPerAnnotator")).isTrue();
    }

    @Test
    void saysInOneLineWhenTheFolderDoesNotExist() {
        CliRun run = CliRun.of("stats", dir.resolve("nope").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("mizan stats:").contains("does not exist");
    }
}
