package dev.mizan.io.brat;

import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.ImportedDocument;
import dev.mizan.spi.ImportedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BratImporterTest {
    /** An emoji outside the BMP before the spans: code points and UTF-16 offsets differ by one after it. */
    static final String TEXT = "🇸🇾 أكد الرئيس بوتين دعم سوريا.\n";

    @TempDir
    Path dir;

    private ImportResult read(String ann) throws IOException {
        Files.writeString(dir.resolve("doc.txt"), TEXT);
        Path annFile = dir.resolve("doc.ann");
        Files.writeString(annFile, ann);
        return new BratImporter().read(List.of(annFile), new ImportOptions("a", false));
    }

    private static int cp(String cover) {
        int utf16 = TEXT.indexOf(cover);
        return TEXT.codePointCount(0, utf16);
    }

    private static String t(String id, String type, String cover) {
        return id + "\t" + type + " " + cp(cover) + " " + (cp(cover) + cover.codePointCount(0, cover.length())) + "\t" + cover + "\n";
    }

    @Test
    void readsTextBoundRelationAndAttributeLinesConvertingCodePointsToUtf16() throws IOException {
        String ann = t("T1", "PER", "بوتين") + t("T2", "GPE", "سوريا") + t("T3", "STANCE", "دعم سوريا")
                + "A1\tpolarity T3 SUPPORT\nA2\tcheckworthy T3\nR1\tholder Arg1:T3 Arg2:T1\t\n#1\tAnnotatorNotes T1\tnote\n";

        ImportResult r = read(ann);

        assertThat(r.problems()).isEmpty();
        ImportedDocument d = r.documents().get(0);
        assertThat(d.annotator()).isEqualTo("a");
        ImportedSpan putin = d.spans().get(0);
        assertThat(TEXT.substring(putin.begin(), putin.end())).isEqualTo("بوتين");
        assertThat(d.spans().get(2).attributes()).containsEntry("polarity", "SUPPORT").containsEntry("checkworthy", true);
        assertThat(d.relations()).singleElement().satisfies(rel -> {
            assertThat(rel.type()).isEqualTo("holder");
            assertThat(rel.from()).isEqualTo("T3");
            assertThat(rel.to()).isEqualTo("T1");
        });
    }

    @Test
    void rejectsOffsetsPastTheEndOfTheText() throws IOException {
        ImportResult r = read("T1\tPER 20 400\tبوتين\n");

        assertThat(r.hasErrors()).isTrue();
        assertThat(r.documents()).singleElement().satisfies(d -> assertThat(d.spans()).isEmpty());
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("past the end of the text");
        });
    }

    @Test
    void rejectsQuotedTextThatDoesNotMatchTheText() throws IOException {
        int b = cp("بوتين");
        ImportResult r = read("T1\tPER " + b + " " + (b + 5) + "\tبايدن\n");

        assertThat(r.problems()).singleElement().asString().contains("quotes 'بايدن'").contains("is 'بوتين'");
    }

    @Test
    void reportsADiscontinuousSpanClearly() throws IOException {
        int b1 = cp("الرئيس");
        int b2 = cp("بوتين");
        ImportResult r = read("T1\tPER " + b1 + " " + (b1 + 6) + ";" + b2 + " " + (b2 + 5) + "\tالرئيس بوتين\n");

        assertThat(r.hasErrors()).isTrue();
        assertThat(r.documents()).singleElement().satisfies(d -> assertThat(d.spans()).isEmpty());
        assertThat(r.problems()).singleElement().asString().contains("discontinuous span (2 fragments")
                .contains("split it");
    }

    @Test
    void aSpanWrittenAsFragmentsAroundALineBreakIsOneContiguousSpan() throws IOException {
        String text = "قال الرئيس\nبوتين اليوم";
        Files.writeString(dir.resolve("two-lines.txt"), text);
        Path ann = dir.resolve("two-lines.ann");
        Files.writeString(ann, "T1\tPER 4 10;11 16\tالرئيس بوتين\n");

        ImportResult r = new BratImporter().read(List.of(ann), new ImportOptions("a", false));

        assertThat(r.problems()).isEmpty();
        ImportedSpan s = r.documents().get(0).spans().get(0);
        assertThat(text.substring(s.begin(), s.end())).isEqualTo("الرئيس\nبوتين");
    }

    @Test
    void refusesEventsRatherThanDroppingThem() throws IOException {
        ImportResult r = read(t("T1", "PER", "بوتين") + "E1\tVisit:T1\n");

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("event E1 cannot be imported");
        });
    }

    @Test
    void rejectsARelationToAMissingSpan() throws IOException {
        ImportResult r = read(t("T1", "PER", "بوتين") + "R1\tsame_as Arg1:T1 Arg2:T7\n");

        assertThat(r.problems()).singleElement().asString().contains("refers to T7");
    }

    @Test
    void anEmptyAnnFileIsAnAnnotatedDocumentWithoutSpans() throws IOException {
        ImportResult r = read("");

        assertThat(r.problems()).isEmpty();
        assertThat(r.documents()).singleElement().satisfies(d -> {
            assertThat(d.annotated()).isTrue();
            assertThat(d.spans()).isEmpty();
        });
    }

    @Test
    void saysWhenTheAnnFileIsMissing() throws IOException {
        Path txt = dir.resolve("lonely.txt");
        Files.writeString(txt, TEXT);

        ImportResult r = new BratImporter().read(List.of(txt), ImportOptions.defaults());

        assertThat(r.problems()).singleElement().asString().contains("has no lonely.ann");
    }
}
