package dev.mizan.io.conll;

import dev.mizan.io.export.ExportFixture;
import dev.mizan.io.export.StrictReaders;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.Split;
import dev.mizan.spi.TagScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class ConllExporterTest {
    @TempDir
    Path out;

    private String export(TagScheme scheme, boolean clitics, Split... splits) throws IOException {
        var data = ExportFixture.data(ExportFixture.mainDocument(splits[0]), ExportFixture.emojiDocument(splits[splits.length - 1]));
        var report = new ConllExporter().export(data, new ExportOptions(null, scheme, clitics, Map.of()), out);
        assertThat(report.tokens()).isPositive();
        return Files.readString(out.resolve(splits[0].fileStem() + ".conll"));
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        String written = export(TagScheme.IOB2, true, Split.ALL);

        String golden = new String(Objects.requireNonNull(getClass().getResourceAsStream("/golden/all.conll")).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(golden);
    }

    @Test
    void startsEachDocumentWithDocstartAndEndsEachSentenceWithABlankLine() throws IOException {
        String written = export(TagScheme.IOB2, true, Split.ALL);

        assertThat(written).startsWith("-DOCSTART- O\n\n");
        assertThat(written.split("-DOCSTART- O\n\n", -1)).hasSize(3);
        assertThat(written).endsWith(". O\n\n");
        for (String line : written.split("\n")) {
            assertThat(line.isEmpty() || line.split(" ").length == 2).as(line).isTrue();
        }
    }

    @Test
    void writesValidIob2AndBioesSequences() throws IOException {
        for (TagScheme scheme : TagScheme.values()) {
            String written = export(scheme, true, Split.ALL);
            for (List<String> sentence : sentences(written)) {
                if (scheme == TagScheme.IOB2) {
                    StrictReaders.assertValidIob2(sentence);
                } else {
                    StrictReaders.assertValidBioes(sentence);
                }
            }
        }
    }

    @Test
    void writesOneFilePerSplit() throws IOException {
        export(TagScheme.IOB2, false, Split.TRAIN, Split.TEST);

        assertThat(out.resolve("train.conll")).exists();
        assertThat(out.resolve("test.conll")).exists();
        assertThat(out.resolve("validation.conll")).doesNotExist();
    }

    static List<List<String>> sentences(String conll) {
        List<List<String>> result = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : conll.split("\n", -1)) {
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    result.add(current);
                }
                current = new ArrayList<>();
            } else if (!line.startsWith("-DOCSTART-")) {
                current.add(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return result;
    }
}
