package dev.mizan.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mizan.store.Json;
import dev.mizan.store.ProjectStore;
import dev.mizan.text.OffsetConverter;
import dev.mizan.workbench.testing.SampleProjects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample project's three passes, auto-merged, exported and read back the way strict readers would. */
class SampleProjectExportTest {
    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void curateTheSample() throws IOException {
        project = dir.resolve("sample");
        SampleProjects.copyTo(project);
        assertThat(run("curate", project.toString(), "--auto")).startsWith("0\n");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        var cl = MizanCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        return cl.execute(args) + "\n" + out;
    }

    @Test
    void conllWithSplitCliticsWritesEveryGoldEntityAsValidIob2() throws IOException {
        Path out = dir.resolve("conll");
        String result = run("export", project.toString(), "--format", "conll", "--split-clitics", "--split", "60/20/20",
                "--out", out.toString());

        assertThat(result).startsWith("0\n").doesNotContain("warning:");
        long begins = 0;
        for (String split : List.of("train", "validation", "test")) {
            String previous = "O";
            for (String line : Files.readAllLines(out.resolve(split + ".conll"))) {
                if (line.isEmpty() || line.startsWith("-DOCSTART-")) {
                    previous = "O";
                    continue;
                }
                String tag = line.substring(line.lastIndexOf(' ') + 1);
                if (tag.startsWith("I-")) {
                    assertThat(previous).as(line).isIn("B-" + tag.substring(2), tag);
                }
                begins += tag.startsWith("B-") ? 1 : 0;
                previous = tag;
            }
        }
        var gold = ProjectStore.open(project).load().project().goldSets();
        assertThat(begins).isEqualTo(gold.stream().mapToLong(g -> g.asAnnotationSet().spansIn("entity").size()).sum());
    }

    @Test
    void spacyOffsetsInCodePointsGiveBackTheGoldSpanTexts() throws IOException {
        Path out = dir.resolve("spacy");
        assertThat(run("export", project.toString(), "--format", "spacy", "--out", out.toString())).startsWith("0\n");

        var loaded = ProjectStore.open(project).load().project();
        int checked = 0;
        for (String line : Files.readAllLines(out.resolve("all.jsonl"))) {
            JsonNode record = Json.mapper().readTree(line);
            String text = record.get("text").asText();
            var gold = loaded.gold(record.get("meta").get("id").asText()).orElseThrow().asAnnotationSet();
            OffsetConverter offsets = OffsetConverter.of(text);
            List<String> back = new ArrayList<>();
            for (JsonNode s : record.get("spans")) {
                int b = offsets.codePointToUtf16(s.get("start").asInt());
                int e = offsets.codePointToUtf16(s.get("end").asInt());
                back.add(s.get("id").asText() + " " + text.substring(b, e));
                checked++;
            }
            assertThat(back).containsExactlyElementsOf(gold.spans().stream()
                    .map(s -> s.id() + " " + text.substring(s.begin(), s.end())).toList());
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void bratQuotesTheTextAtEveryOffset() throws IOException {
        Path out = dir.resolve("brat");
        assertThat(run("export", project.toString(), "--format", "brat", "--out", out.toString())).startsWith("0\n");

        try (Stream<Path> anns = Files.list(out)) {
            for (Path ann : anns.filter(p -> p.toString().endsWith(".ann")).toList()) {
                String text = Files.readString(Path.of(ann.toString().replace(".ann", ".txt")));
                OffsetConverter offsets = OffsetConverter.of(text);
                for (String line : Files.readAllLines(ann)) {
                    if (!line.startsWith("T")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    StringBuilder quoted = new StringBuilder();
                    for (String fragment : f[1].substring(f[1].indexOf(' ') + 1).split(";")) {
                        String[] be = fragment.split(" ");
                        quoted.append(quoted.isEmpty() ? "" : " ").append(text, offsets.codePointToUtf16(Integer.parseInt(be[0])),
                                offsets.codePointToUtf16(Integer.parseInt(be[1])));
                    }
                    assertThat(quoted.toString()).as(line).isEqualTo(f[2]);
                }
            }
        }
    }
}
