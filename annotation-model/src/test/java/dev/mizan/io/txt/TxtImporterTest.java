package dev.mizan.io.txt;

import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportProblem;
import dev.mizan.spi.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TxtImporterTest {
    @TempDir
    Path dir;

    private ImportResult read(byte[] bytes) throws IOException {
        Path file = dir.resolve("doc.txt");
        Files.write(file, bytes);
        return new TxtImporter().read(List.of(file), ImportOptions.defaults());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keepsTheTextExactlyWithItsLineEndings() throws IOException {
        String text = "السطر الأول\r\nالسطر الثاني\n\nوالثالث بلا نهاية سطر";

        ImportResult r = read(utf8(text));

        assertThat(r.problems()).isEmpty();
        assertThat(r.documents()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo(text);
            assertThat(d.suggestedId()).isEqualTo("doc");
            assertThat(d.annotated()).isFalse();
        });
    }

    @Test
    void dropsALeadingByteOrderMark() throws IOException {
        byte[] body = utf8("دمشق");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(read(withBom).documents()).singleElement().extracting(d -> d.text()).isEqualTo("دمشق");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        ImportResult r = read(new byte[0]);

        assertThat(r.documents()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("is empty");
        });
    }

    @Test
    void rejectsAFileOfOnlyWhiteSpace() throws IOException {
        assertThat(read(utf8(" \n\t\n")).problems()).singleElement().asString().contains("only white space");
    }

    @Test
    void rejectsABinaryFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThat(read(png).problems()).singleElement().asString().contains("binary file").contains("byte 8");
    }

    @Test
    void rejectsInvalidUtf8WithItsByteOffset() throws IOException {
        byte[] bytes = utf8("سوريا ");
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3; // windows-1256 or Latin-1 bytes, not UTF-8
        bad[bytes.length + 1] = (byte) 0x28;

        ImportResult r = read(bad);

        assertThat(r.documents()).isEmpty();
        assertThat(r.problems()).singleElement().asString()
                .contains("not valid UTF-8").contains("at byte " + bytes.length);
    }

    @Test
    void warnsAboutHtmlEntityResidueWithItsLineAndKeepsIt() throws IOException {
        ImportResult r = read(utf8("عنوان\nقال الوزير&nbsp;إن\nM&amp;A و AT&T\n"));

        assertThat(r.documents()).singleElement().extracting(d -> d.text()).asString().contains("&nbsp;");
        assertThat(r.problems()).extracting(ImportProblem::line, p -> p.message().split("'")[1])
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "&nbsp;"), org.assertj.core.groups.Tuple.tuple(3, "&amp;"));
        assertThat(r.problems()).allMatch(p -> !p.isError());
    }
}
