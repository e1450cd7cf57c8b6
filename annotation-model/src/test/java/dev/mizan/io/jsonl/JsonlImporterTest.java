package dev.mizan.io.jsonl;

import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.ImportedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlImporterTest {
    /** The emoji is one code point but two UTF-16 units: offsets after it shift by one. */
    static final String TEXT = "😀 زار الرئيس موسكو";

    @TempDir
    Path dir;

    private ImportResult read(String name, String content, ImportOptions options) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return new JsonlImporter().read(List.of(file), options);
    }

    private ImportResult read(String content) throws IOException {
        return read("data.jsonl", content, new ImportOptions("a", false));
    }

    @Test
    void readsDoccanoLabelTriplesInCodePoints() throws IOException {
        ImportResult r = read("{\"id\": 3, \"text\": \"" + TEXT + "\", \"label\": [[13, 18, \"GPE\"]]}\n");

        assertThat(r.problems()).isEmpty();
        ImportedSpan s = r.documents().get(0).spans().get(0);
        assertThat(TEXT.substring(s.begin(), s.end())).isEqualTo("موسكو");
        assertThat(s.label()).isEqualTo("GPE");
        assertThat(r.documents().get(0).suggestedId()).isEqualTo("data-3");
    }

    @Test
    void readsSpacyStyleSpanObjectsAndDoccanoEntitiesWithRelations() throws IOException {
        ImportResult r = read("{\"text\": \"" + TEXT + "\", \"spans\": [{\"start\": 2, \"end\": 5, \"label\": \"EVENT\"}]}\n"
                + "{\"text\": \"" + TEXT + "\", \"entities\": [{\"id\": 1, \"start_offset\": 6, \"end_offset\": 12, \"label\": \"PER\"},"
                + " {\"id\": 2, \"start_offset\": 13, \"end_offset\": 18, \"label\": \"GPE\"}],"
                + " \"relations\": [{\"id\": 9, \"from_id\": 1, \"to_id\": 2, \"type\": \"same_as\"}]}\n");

        assertThat(r.problems()).isEmpty();
        assertThat(r.documents()).hasSize(2);
        assertThat(r.documents().get(1).relations()).singleElement().satisfies(rel -> {
            assertThat(rel.from()).isEqualTo("1");
            assertThat(rel.to()).isEqualTo("2");
        });
    }

    @Test
    void readsLayersAttributesAndRelationsOfMizansOwnSpacyStyleExport() throws IOException {
        ImportResult r = read("{\"text\": \"" + TEXT + "\", \"spans\": ["
                + "{\"id\": \"e1\", \"start\": 6, \"end\": 12, \"label\": \"PER\", \"layer\": \"entity\"},"
                + "{\"id\": \"c1\", \"start\": 2, \"end\": 18, \"label\": \"CLAIM\", \"layer\": \"claim\","
                + " \"attributes\": {\"checkworthy\": true, \"type\": \"FACTUAL\"}}],"
                + " \"relations\": [{\"id\": \"r1\", \"type\": \"claimant\", \"from\": \"c1\", \"to\": \"e1\"}]}\n");

        assertThat(r.problems()).isEmpty();
        ImportedSpan claim = r.documents().get(0).spans().get(1);
        assertThat(claim.layer()).isEqualTo("claim");
        assertThat(claim.attributes()).containsEntry("checkworthy", true).containsEntry("type", "FACTUAL");
        assertThat(r.documents().get(0).relations()).singleElement().satisfies(rel -> assertThat(rel.from()).isEqualTo("c1"));
    }

    @Test
    void ignoresUnknownFieldsAndNamesThemOnce() throws IOException {
        ImportResult r = read("{\"text\": \"نص\", \"label\": [], \"annotation_approver\": null, \"meta\": {\"x\": 1}}\n"
                + "{\"text\": \"نص آخر\", \"label\": [], \"annotation_approver\": \"sara\"}\n");

        assertThat(r.documents()).hasSize(2);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("annotation_approver");
        });
    }

    @Test
    void rejectsATextThatIsNotAString() throws IOException {
        ImportResult r = read("{\"text\": \"نص\"}\n{\"text\": 42, \"label\": []}\n");

        assertThat(r.documents()).hasSize(1);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("\"text\" must be a string, not number");
        });
    }

    @Test
    void rejectsLabelsOfTheWrongShape() throws IOException {
        ImportResult r = read("{\"text\": \"نص عن دمشق\", \"label\": [[\"6\", 10, \"GPE\"], \"POSITIVE\"]}\n");

        assertThat(r.documents()).singleElement().satisfies(d -> assertThat(d.spans()).isEmpty());
        assertThat(r.problems()).hasSize(2);
        assertThat(r.problems().get(1).message()).contains("document category");
    }

    @Test
    void rejectsALineThatIsNotJson() throws IOException {
        ImportResult r = read("{\"text\": \"نص\"}\n{\"text\": \"نص\",\n");

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("not valid JSON");
        });
    }

    @Test
    void saysSoWhenTheFileIsAJsonArrayRatherThanJsonLines() throws IOException {
        ImportResult r = read("data.json", "[\n  {\"text\": \"نص\", \"label\": []}\n]\n", ImportOptions.defaults());

        assertThat(r.problems()).singleElement().asString().contains("is a JSON array").contains("one JSON object per line");
    }

    @Test
    void rejectsOffsetsPastTheEndOfTheText() throws IOException {
        ImportResult r = read("{\"text\": \"" + TEXT + "\", \"label\": [[13, 19, \"GPE\"]]}\n");

        assertThat(r.problems()).singleElement().asString().contains("past the end of the text (18 characters");
    }

    @Test
    void aRecordWithoutLabelsIsPlainText() throws IOException {
        ImportResult r = read("{\"text\": \"نص فقط\"}\n");

        assertThat(r.documents()).singleElement().satisfies(d -> assertThat(d.annotated()).isFalse());
    }

    @Test
    void perUserFilesNameTheAnnotator() throws IOException {
        ImportResult r = read("huda.jsonl", "{\"id\": 5, \"text\": \"نص\", \"label\": []}\n", new ImportOptions(null, true));

        assertThat(r.documents()).singleElement().satisfies(d -> {
            assertThat(d.annotator()).isEqualTo("huda");
            assertThat(d.suggestedId()).isEqualTo("doc-5");
        });
    }
}
