package dev.mizan.store;

import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectValidatorTest {
    /** استقبل 0-6, الرئيسُ 7-14 (ُ at 13), بوتين 15-20, 😀 21-23, وزير 24-28, الخارجية 29-37. */
    private static final String TEXT = "استقبل الرئيسُ بوتين 😀 وزير الخارجية.\n";
    private static final String PER = "\"layer\": \"entity\", \"label\": \"PER\"";

    @TempDir
    Path dir;
    private ProjectStore store;
    private Document doc;

    @BeforeEach
    void createProject() throws IOException {
        store = ProjectStore.create(dir.resolve("p"), "Test", DefaultSchema.load());
        doc = Document.of("d1", "t", Source.ofFile("d1.txt"), TEXT);
        store.saveDocument(doc);
    }

    private List<String> problems() {
        return ProjectValidator.validate(store).stream().map(Problem::toString).toList();
    }

    /** Writes an annotation file with the header on lines 1-7, one span per line from line 8, then relations. */
    private Path writeSet(String annotator, String documentId, String sha, List<String> spans, List<String> relations)
            throws IOException {
        Path file = store.annotationFile(annotator, documentId);
        Files.createDirectories(file.getParent());
        Files.writeString(file, setJson("\"annotator\": \"" + annotator + "\",", documentId, sha, spans, relations));
        return file;
    }

    private static String setJson(String headerLine, String documentId, String sha, List<String> spans,
                                  List<String> relations) {
        return "{\n"
                + "  \"format\": 1,\n"
                + "  " + headerLine + "\n"
                + "  \"documentId\": \"" + documentId + "\",\n"
                + "  \"textSha256\": \"" + sha + "\",\n"
                + "  \"status\": \"IN_PROGRESS\",\n"
                + "  \"spans\": [\n"
                + "    " + String.join(",\n    ", spans) + "\n"
                + "  ],\n"
                + "  \"relations\": [\n"
                + "    " + String.join(",\n    ", relations) + "\n"
                + "  ]\n"
                + "}\n";
    }

    private Path writeSet(List<String> spans, List<String> relations) throws IOException {
        return writeSet("a", "d1", doc.sha256(), spans, relations);
    }

    private static String span(String id, int begin, int end, String layerAndLabel) {
        return "{\"id\": \"" + id + "\", \"begin\": " + begin + ", \"end\": " + end + ", " + layerAndLabel + "}";
    }

    @Test
    void findsNoProblemInTheSampleProject() {
        assertThat(ProjectValidator.validate(Path.of("../sample-projects/syria-russia-visit"))).isEmpty();
    }

    @Test
    void findsNoProblemInAProjectWithValidAnnotations() throws IOException {
        writeSet(List.of(
                span("s1", 15, 20, PER),
                span("s2", 7, 14, PER),
                span("s3", 0, 37, "\"layer\": \"stance\", \"label\": \"STANCE\", \"attributes\": "
                        + "{\"polarity\": \"SUPPORT\", \"holder\": \"s1\", \"target\": \"s2\"}"),
                span("s4", 0, 20, "\"layer\": \"claim\", \"label\": \"CLAIM\", \"attributes\": {\"checkworthy\": true}")),
                List.of("{\"id\": \"r1\", \"type\": \"same_as\", \"from\": \"s1\", \"to\": \"s2\"}"));

        assertThat(problems()).isEmpty();
    }

    @Test
    void reportsUnknownLayerLabelAndAttributeAtTheirLine() throws IOException {
        writeSet(List.of(
                span("s1", 15, 20, "\"layer\": \"topic\", \"label\": \"PER\""),
                span("s2", 15, 20, "\"layer\": \"entity\", \"label\": \"PERSON\""),
                span("s3", 15, 20, PER + ", \"attributes\": {\"mood\": \"x\"}")), List.of());

        assertThat(problems()).containsExactly(
                "annotations/a/d1.json:8:51: span \"s1\" has unknown layer \"topic\"",
                "annotations/a/d1.json:9:70: span \"s2\" has label \"PERSON\", which is not in layer \"entity\"",
                "annotations/a/d1.json:10:100: span \"s3\" has unknown attribute \"mood\" for layer \"entity\"");
    }

    @Test
    void reportsAttributeValuesOfTheWrongTypeOrOutsideTheirEnum() throws IOException {
        writeSet(List.of(
                span("s1", 0, 37, "\"layer\": \"stance\", \"label\": \"STANCE\", \"attributes\": {\"polarity\": \"MAYBE\"}"),
                span("s2", 0, 20, "\"layer\": \"claim\", \"label\": \"CLAIM\", \"attributes\": {\"checkworthy\": \"yes\"}")),
                List.of());

        assertThat(problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("annotations/a/d1.json:8:").contains("\"polarity\" is \"MAYBE\", expected one of [SUPPORT, OPPOSE, NEUTRAL]"),
                p -> assertThat(p).startsWith("annotations/a/d1.json:9:").contains("\"checkworthy\" is \"yes\", expected true or false"));
    }

    @Test
    void reportsSpansOutsideTheTextOrEmpty() throws IOException {
        writeSet(List.of(span("s1", 30, 99, PER), span("s2", 5, 5, PER), span("s3", -1, 4, PER),
                span("s4", 9, 6, PER)), List.of());

        assertThat(problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("annotations/a/d1.json:8:").contains("past the end of the text (39 UTF-16 units)"),
                p -> assertThat(p).startsWith("annotations/a/d1.json:9:").contains("is empty"),
                p -> assertThat(p).startsWith("annotations/a/d1.json:10:").contains("begins before the text"),
                p -> assertThat(p).startsWith("annotations/a/d1.json:11:").contains("ends before it begins"));
    }

    @Test
    void reportsBoundariesInsideASurrogatePairOrBetweenALetterAndItsHaraka() throws IOException {
        writeSet(List.of(span("s1", 7, 13, PER), span("s2", 22, 28, PER)), List.of());

        assertThat(problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("annotations/a/d1.json:8:").contains("\"s1\" ends inside a character")
                        .contains("combining mark U+064F"),
                p -> assertThat(p).startsWith("annotations/a/d1.json:9:").contains("\"s2\" begins inside a character")
                        .contains("surrogate pair"));
    }

    @Test
    void reportsLinksAndRelationsToMissingSpansOrSpansOfTheWrongLayer() throws IOException {
        writeSet(List.of(
                span("s1", 15, 20, PER),
                span("s2", 0, 37, "\"layer\": \"stance\", \"label\": \"STANCE\", \"attributes\": {\"holder\": \"s9\"}"),
                span("s3", 0, 20, "\"layer\": \"claim\", \"label\": \"CLAIM\", \"attributes\": {\"claimant\": \"s2\"}")),
                List.of("{\"id\": \"r1\", \"type\": \"same_as\", \"from\": \"s1\", \"to\": \"s2\"}",
                        "{\"id\": \"r2\", \"type\": \"same_as\", \"from\": \"s8\", \"to\": \"s1\"}",
                        "{\"id\": \"r3\", \"type\": \"quotes\", \"from\": \"s1\", \"to\": \"s1\"}"));

        assertThat(problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("annotations/a/d1.json:9:").contains("link \"holder\" points to span \"s9\", which does not exist"),
                p -> assertThat(p).startsWith("annotations/a/d1.json:10:").contains("link \"claimant\" must point to a span of layer \"entity\", but span \"s2\" is in layer \"stance\""),
                p -> assertThat(p).startsWith("annotations/a/d1.json:13:").contains("relation \"r1\": \"to\" must be a span of layer \"entity\""),
                p -> assertThat(p).startsWith("annotations/a/d1.json:14:").contains("relation \"r2\": \"from\" points to span \"s8\", which does not exist"),
                p -> assertThat(p).startsWith("annotations/a/d1.json:15:").contains("relation \"r3\" has unknown type \"quotes\""));
    }

    @Test
    void reportsDuplicateSpanAndRelationIds() throws IOException {
        writeSet(List.of(span("s1", 15, 20, PER), span("s1", 24, 28, PER)),
                List.of("{\"id\": \"r1\", \"type\": \"same_as\", \"from\": \"s1\", \"to\": \"s1\"}",
                        "{\"id\": \"r1\", \"type\": \"same_as\", \"from\": \"s1\", \"to\": \"s1\"}"));

        assertThat(problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("annotations/a/d1.json:9:").endsWith("duplicate span id \"s1\""),
                p -> assertThat(p).startsWith("annotations/a/d1.json:13:").endsWith("duplicate relation id \"r1\""));
    }

    @Test
    void reportsATextEditedOutsideMizan() throws IOException {
        Files.writeString(store.documentText("d1"), TEXT.replace("بوتين", "بوتن"));

        assertThat(problems()).singleElement().asString()
                .startsWith("documents/d1.txt: the text was edited outside Mizan");
    }

    @Test
    void reportsDocumentMetadataWithoutTheHashOfItsText() throws IOException {
        Files.writeString(store.documentMeta("d1"), "{\n  \"format\": 1,\n  \"id\": \"d1\"\n}\n");

        assertThat(problems()).containsExactly("documents/d1.json:1:1: has no \"sha256\" of its text, so a change"
                + " to the text cannot be detected; re-import the document");
    }

    @Test
    void reportsAnAnnotationSetMadeOnAnotherText() throws IOException {
        writeSet("a", "d1", "0".repeat(64), List.of(span("s1", 15, 20, PER)), List.of());

        assertThat(problems()).containsExactly("annotations/a/d1.json:5:17: its \"textSha256\" differs from the"
                + " document's: it was made on another text, so its offsets may be wrong");
    }

    @Test
    void reportsAnAnnotationFileForAnUnknownDocument() throws IOException {
        writeSet("a", "ghost", doc.sha256(), List.of(span("s1", 15, 20, PER)), List.of());

        assertThat(problems()).singleElement().asString()
                .startsWith("annotations/a/ghost.json:4:17: annotation file for unknown document \"ghost\"");
    }

    @Test
    void reportsIdsThatDoNotMatchTheFilePath() throws IOException {
        Path file = store.annotationFile("a", "d1");
        Files.createDirectories(file.getParent());
        Files.writeString(file, setJson("\"annotator\": \"b\",", "d2", doc.sha256(), List.of(), List.of()));

        assertThat(problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("annotations/a/d1.json:3:").contains("\"annotator\" (b) must equal its folder name (a)"),
                p -> assertThat(p).startsWith("annotations/a/d1.json:4:").contains("\"documentId\" (d2) must equal the file name (d1)"));
    }

    @Test
    void reportsUnsafeDocumentAndAnnotatorIds() throws IOException {
        // The store refuses to write unsafe ids, so put the files there by hand, as a user could.
        Document unsafe = Document.of("a..b", "t", null, "نص");
        Files.writeString(store.root().resolve("documents/a..b.txt"), unsafe.text());
        Files.writeString(store.root().resolve("documents/a..b.json"),
                "{\"format\": 1, \"id\": \"a..b\", \"sha256\": \"" + unsafe.sha256() + "\"}\n");
        writeSet("bad id", "d1", doc.sha256(), List.of(span("s1", 15, 20, PER)), List.of());

        assertThat(problems()).containsExactly(
                "annotations/bad id: unsafe annotator id \"bad id\": it may only contain letters, digits, '-', '_' and"
                        + " '.', start with a letter, digit or '_', and be at most 128 characters; rename the folder",
                "documents/a..b.json: unsafe document id \"a..b\": it contains '..'; rename the document's files");
    }

    @Test
    void reportsCorruptJsonWithLineAndColumnAndStillChecksTheOtherFiles() throws IOException {
        writeSet(List.of(span("s1", 15, 20, "\"layer\": \"topic\", \"label\": \"PER\"")), List.of());
        Path broken = store.annotationFile("b", "d1");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "{\n  \"annotator\": \"b\",\n  \"spans\": [ {\"begin\": \"five\"} ]\n}\n");

        assertThat(problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("annotations/a/d1.json:8:").contains("unknown layer \"topic\""),
                p -> assertThat(p).startsWith("annotations/b/d1.json:3:24: at spans[0].begin: ").contains("\"five\""));
    }

    @Test
    void checksGoldFilesLikeAnnotationFiles() throws IOException {
        Path file = store.curationFile("d1");
        String json = setJson("\"provenance\": {\"s7\": {\"origin\": \"AUTO\"}},", "d1", doc.sha256(),
                List.of(span("s1", 15, 20, "\"layer\": \"entity\", \"label\": \"PERSON\"")), List.of());
        Files.writeString(file, json);

        assertThat(problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("curation/d1.json:3:").contains("provenance for \"s7\""),
                p -> assertThat(p).startsWith("curation/d1.json:8:").contains("label \"PERSON\""));
    }

    @Test
    void reportsASchemaWhoseRelationTypeNamesAnUnknownLayer() throws IOException {
        Path projectFile = store.projectFile();
        String json = Files.readString(projectFile, StandardCharsets.UTF_8);
        assertThat(json).contains("\"sourceLayer\" : \"entity\"");
        Files.writeString(projectFile, json.replaceFirst("(\"sourceLayer\" : )\"entity\"", "$1\"entities\""));

        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("project.json:")
                .contains("relation type \"same_as\" has unknown source layer \"entities\""));
    }
}
