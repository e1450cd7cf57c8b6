package dev.mizan.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import dev.mizan.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AgreementCommandTest {
    /** Krippendorff (2011)'s 4 coders × 12 units, one row per unit. */
    private static final String KRIPPENDORFF_2011 = """
            A,B,C,D
            1,1,,1
            2,2,3,2
            3,3,3,3
            3,3,3,3
            2,2,2,2
            1,2,3,4
            4,4,4,4
            1,1,2,1
            2,2,2,2
            ,5,5,5
            ,,1,1
            ,3,,
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = MizanCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void printsKrippendorffsAlphaOfAMatrixAsOneJsonObject() throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, KRIPPENDORFF_2011);

        int code = run("agreement", "--matrix", csv.toString(), "--measure", "krippendorff-alpha", "--level", "interval", "--json");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("measure").asText()).isEqualTo("krippendorff-alpha");
        assertThat(json.get("level").asText()).isEqualTo("interval");
        assertThat(json.get("value").asDouble()).isCloseTo(0.849, within(0.0005));
        assertThat(json.get("units").asInt()).isEqualTo(12);
        assertThat(json.get("coders").asInt()).isEqualTo(4);
        assertThat(json.has("reason")).isFalse();
    }

    @Test
    void reportsAnUndefinedValueAsNullWithTheReason() throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, "a,b,c\nx,y,z\n");

        run("agreement", "--matrix", csv.toString(), "--measure", "cohen-kappa", "--json");

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("value").isNull()).isTrue();
        assertThat(json.get("reason").asText()).contains("exactly two coders");
    }

    @Test
    void namesTheLineOfARaggedRow() throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, "a,b\nx,y\nx\n");

        int code = run("agreement", "--matrix", csv.toString(), "--measure", "percent");

        assertThat(code).isNotZero();
        assertThat(err.toString().strip()).contains("m.csv:3:").contains("2 coders").doesNotContain("\tat ");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void refusesAnUnknownMeasureListingTheKnownOnes() throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, KRIPPENDORFF_2011);

        int code = run("agreement", "--matrix", csv.toString(), "--measure", "kappa");

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("unknown measure 'kappa'").contains("cohen-kappa");
    }

    private Path project() throws Exception {
        Path p = dir.resolve("p");
        ProjectStore store = ProjectStore.create(p, "Moscow visit", DefaultSchema.load());
        String text = "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية السوري في موسكو.";
        Document doc = Document.of("d1", null, null, text);
        store.saveDocument(doc);
        int putin = text.indexOf("فلاديمير");
        int moscow = text.indexOf("موسكو");
        Instant now = Instant.parse("2026-11-30T00:00:00Z");
        store.saveAnnotationSet(new AnnotationSet("amira", "d1", doc.sha256(), Status.DONE, List.of(
                new Span("e1", putin, putin + "فلاديمير بوتين".length(), "entity", "PER"),
                new Span("e2", moscow, moscow + 5, "entity", "GPE")), List.of(), now, now));
        store.saveAnnotationSet(new AnnotationSet("omar", "d1", doc.sha256(), Status.DONE, List.of(
                new Span("e1", putin, putin + "فلاديمير بوتين".length(), "entity", "PER"),
                new Span("e2", moscow, moscow + 5, "entity", "LOC")), List.of(), now, now));
        return p;
    }

    @Test
    void writesTheProjectReportAsJsonWithOneFlatListOfMeasures() throws Exception {
        int code = run("agreement", project().toString(), "--json", "--resamples", "50");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("project").asText()).isEqualTo("Moscow visit");
        assertThat(json.get("documents").asInt()).isEqualTo(1);
        assertThat(json.get("annotators").toString()).isEqualTo("[\"amira\",\"omar\"]");
        JsonNode first = json.get("measures").get(0);
        assertThat(first.fieldNames()).toIterable().contains("measure", "layer", "label", "pair", "document", "value", "ci", "n");
        JsonNode disagreement = json.get("disagreements").get(0);
        assertThat(disagreement.get("kind").asText()).isEqualTo("label");
        assertThat(disagreement.get("text").asText()).isEqualTo("موسكو");
    }

    @Test
    void writesASelfContainedHtmlReport() throws Exception {
        Path html = dir.resolve("report.html");

        int code = run("agreement", project().toString(), "--format", "html", "--out", html.toString(), "--resamples", "50");

        assertThat(code).isZero();
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").contains("موسكو")
                .doesNotContain("http://www.w3.org/1999/xhtml\"").doesNotContain("<script").doesNotContain("src=\"http");
    }

    @Test
    void printsAlignedTextTables() throws Exception {
        int code = run("agreement", project().toString(), "--layer", "entity", "--resamples", "20");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("== entity ==").contains("krippendorff-alpha-u").contains("missing")
                .doesNotContain("== stance ==");
    }

    @Test
    void refusesAnUnknownAnnotatorInOneLine() throws Exception {
        int code = run("agreement", project().toString(), "--annotators", "amira,zaid");

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("no annotator 'zaid'").contains("amira, omar");
    }
}
