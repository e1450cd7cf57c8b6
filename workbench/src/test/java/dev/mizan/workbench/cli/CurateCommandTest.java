package dev.mizan.workbench.cli;

import dev.mizan.curation.Adjudication;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Provenance;
import dev.mizan.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CurateCommandTest {
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

    @Test
    void autoMergeWritesTheGoldAndCountsWhatRemainsOpen() throws Exception {
        ProjectStore store = TestProjects.threeAnnotators(dir.resolve("p"));

        String out = run("curate", dir.resolve("p").toString(), "--auto");

        assertThat(out).startsWith("0\n");
        assertThat(out).contains("d1: 5 spans and 1 relations merged (2 of 3 annotators needed)")
                .contains("d2: 2 spans").contains("total: 2 documents, 7 spans merged, 2 disagreements open, 2 gold files written");
        assertThat(Files.exists(store.curationFile("d1"))).isTrue();
    }

    @Test
    void reRunningIsSafeAndKeepsManualDecisions() throws Exception {
        ProjectStore store = TestProjects.threeAnnotators(dir.resolve("p"));
        run("curate", dir.resolve("p").toString(), "--auto");
        var project = store.load().project();
        GoldSet gold = project.gold("d1").orElseThrow();
        var doc = project.document("d1").orElseThrow();
        var curator = new Adjudication(doc, project.schema(), project.annotationSetsOf("d1").values(), "salma", Instant.now());
        String moscow = gold.spans().stream().filter(s -> doc.cover(s.begin(), s.end()).equals("موسكو")).findFirst().orElseThrow().id();
        store.saveGold(curator.editSpan(gold, moscow, doc.text().indexOf("موسكو"), doc.text().indexOf("موسكو") + 5, "GPE"));
        byte[] before = Files.readAllBytes(store.curationFile("d1"));

        String out = run("curate", dir.resolve("p").toString(), "--auto", "--documents", "d1");

        assertThat(out).contains("1 manual decisions kept").contains("d1:").contains("unchanged").doesNotContain("d2:");
        assertThat(Files.readAllBytes(store.curationFile("d1"))).isEqualTo(before);
        GoldSet after = store.load().project().gold("d1").orElseThrow();
        assertThat(after.provenance().get(moscow).origin()).isEqualTo(Provenance.Origin.MANUAL);
    }

    @Test
    void withoutAutoItOnlyReportsAndShowsDisagreements() throws Exception {
        ProjectStore store = TestProjects.threeAnnotators(dir.resolve("p"));

        String out = run("curate", dir.resolve("p").toString(), "--min-agree", "3", "--show");

        assertThat(out).contains("not written (use --auto)").contains("SPAN entity").contains("annotator-a=GPE");
        assertThat(Files.exists(store.curationFile("d1"))).isFalse();
    }

    @Test
    void usesTheProjectsMinimumAgreementSettingWhenNoneIsGiven() throws Exception {
        ProjectStore store = TestProjects.threeAnnotators(dir.resolve("p"));
        var project = store.load().project();
        store.saveProjectFile(project.name(), project.schema(), java.util.Map.of("curation.minAgree", "3"));

        String out = run("curate", dir.resolve("p").toString());

        assertThat(out).contains("(3 of 3 annotators needed)");
        assertThat(run("curate", dir.resolve("p").toString(), "--min-agree", "2")).contains("(2 of 3 annotators needed)");
    }

    @Test
    void namesAnUnknownDocumentInOneLine() throws Exception {
        TestProjects.threeAnnotators(dir.resolve("p"));

        String out = run("curate", dir.resolve("p").toString(), "--auto", "--documents", "nope");

        assertThat(out).startsWith("1\n").contains("there is no document 'nope'").doesNotContain("\tat ");
    }
}
