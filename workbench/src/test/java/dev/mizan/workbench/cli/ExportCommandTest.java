package dev.mizan.workbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = MizanCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return code + "\n" + out + err;
    }

    private Path curatedProject() throws Exception {
        Path p = dir.resolve("p");
        TestProjects.threeAnnotators(p);
        assertThat(run("curate", p.toString(), "--auto")).startsWith("0\n");
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"conll", "conllu", "spacy", "doccano", "brat", "hf", "tables", "webanno-tsv"})
    void exportsTheGoldInEveryFormatWithADatasetCard(String format) throws Exception {
        Path p = curatedProject();
        Path out = dir.resolve("out-" + format);

        String result = run("export", p.toString(), "--format", format, "--out", out.toString(), "--split", "50/0/50");

        assertThat(result).startsWith("0\n").contains("Exported 2 documents (train 1, test 1) from gold as " + format);
        String card = Files.readString(out.resolve("README.md"));
        assertThat(card).contains("## Contents").contains("| train | 1 |").contains("## Spans per label and split")
                .contains("## Files and offset units").contains("## Schema").contains("## Agreement of the source annotations");
        try (var files = Files.list(out)) {
            assertThat(files.count()).isGreaterThan(1);
        }
    }

    @Test
    void refusesAFolderThatHoldsFilesUnlessForced() throws Exception {
        Path p = curatedProject();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "precious");

        String refused = run("export", p.toString(), "--format", "conll", "--out", out.toString());
        String forced = run("export", p.toString(), "--format", "conll", "--out", out.toString(), "--force");

        assertThat(refused).startsWith("1\n").contains("is not empty").contains("--force").doesNotContain("\tat ");
        assertThat(forced).startsWith("0\n");
        assertThat(out.resolve("keep.txt")).hasContent("precious");
        assertThat(out.resolve("all.conll")).exists();
    }

    @Test
    void refusesToWriteInsideTheProject() throws Exception {
        Path p = curatedProject();

        String result = run("export", p.toString(), "--format", "conll", "--out", p.resolve("curation").toString(), "--force");

        assertThat(result).startsWith("1\n").contains("inside the project");
    }

    @Test
    void exportsTheMajorityWithoutSavingAndOneAnnotator() throws Exception {
        Path p = dir.resolve("p");
        TestProjects.threeAnnotators(p);

        String majority = run("export", p.toString(), "--format", "spacy", "--source", "majority", "--out", dir.resolve("m").toString());
        String annotator = run("export", p.toString(), "--format", "spacy", "--source", "annotator:annotator-c",
                "--out", dir.resolve("c").toString());

        assertThat(majority).startsWith("0\n").contains("from majority");
        assertThat(Files.list(p.resolve("curation")).count()).isZero();
        assertThat(annotator).startsWith("0\n");
        assertThat(Files.readString(dir.resolve("c/all.jsonl"))).contains("\"label\":\"ORG\"");
    }

    @Test
    void explainsAGoldThatDoesNotExistYetAndAnUnknownFormat() throws Exception {
        Path p = dir.resolve("p");
        TestProjects.threeAnnotators(p);

        assertThat(run("export", p.toString(), "--format", "conll", "--out", dir.resolve("o").toString()))
                .startsWith("1\n").contains("mizan curate");
        assertThat(run("export", p.toString(), "--format", "xml", "--out", dir.resolve("o").toString()))
                .startsWith("1\n").contains("no export format 'xml'").contains("conll");
        assertThat(run("export", p.toString(), "--format", "conll", "--source", "annotator:nobody", "--out", dir.resolve("o").toString()))
                .startsWith("1\n").contains("no annotator 'nobody'");
    }

    @Test
    void reportsSpansOffTokenBoundariesOnStderrAndInTheCard() throws Exception {
        Path p = curatedProject();
        Path out = dir.resolve("o");

        String result = run("export", p.toString(), "--format", "conll", "--out", out.toString(), "--layer", "stance");

        assertThat(result).startsWith("0\n");
        assertThat(Files.readString(out.resolve("all.conll"))).contains("B-STANCE");
    }
}
