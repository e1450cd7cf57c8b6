package dev.mizan.io.conllu;

import dev.mizan.io.export.ExportFixture;
import dev.mizan.io.export.StrictReaders;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.Split;
import dev.mizan.spi.TagScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConlluExporterTest {
    @TempDir
    Path out;

    private List<String> lines(boolean clitics) throws IOException {
        new ConlluExporter().export(ExportFixture.data(ExportFixture.mainDocument(Split.ALL)),
                new ExportOptions(null, TagScheme.IOB2, clitics, Map.of()), out);
        return Files.readAllLines(out.resolve("all.conllu"));
    }

    @Test
    void writesAMultiwordTokenForASplitClitic() throws IOException {
        List<String> lines = lines(true);

        int range = lines.indexOf(lines.stream().filter(l -> l.matches("\\d+-\\d+\tوموسكو\t.*")).findFirst().orElseThrow());
        assertThat(lines.get(range + 1)).matches("\\d+\tو\t_\t_\t_\t_\t_\t_\t_\tNER=O");
        assertThat(lines.get(range + 2)).matches("\\d+\tموسكو\t_\t_\t_\t_\t_\t_\t_\tNER=B-GPE");
        String[] ids = lines.get(range).split("\t")[0].split("-");
        assertThat(lines.get(range + 1)).startsWith(ids[0] + "\t");
        assertThat(lines.get(range + 2)).startsWith(ids[1] + "\t");
    }

    @Test
    void everyWordLineHasTenColumnsAndIdsCountUpInEachSentence() throws IOException {
        List<String> lines = lines(true);
        List<String> tags = new ArrayList<>();
        int expected = 1;
        for (String line : lines) {
            if (line.isEmpty()) {
                StrictReaders.assertValidIob2(tags);
                tags.clear();
                expected = 1;
                continue;
            }
            if (line.startsWith("#")) {
                assertThat(line).matches("# (newdoc id|sent_id|text) = .+");
                continue;
            }
            String[] cols = line.split("\t", -1);
            assertThat(cols).as(line).hasSize(10);
            if (!cols[0].contains("-")) {
                assertThat(cols[0]).isEqualTo(String.valueOf(expected++));
                assertThat(cols[9]).matches("NER=[^|]+(\\|SpaceAfter=No)?");
                tags.add(cols[9].split("\\|")[0].substring(4));
            }
        }
    }

    @Test
    void theTextCommentMatchesTheWordsAndTheirSpaces() throws IOException {
        List<String> lines = lines(true);

        String text = lines.stream().filter(l -> l.startsWith("# text = ")).findFirst().orElseThrow().substring(9);
        assertThat(text).isEqualTo("قال الرئيس بوتين إن روسيا تدعم سوريا.");
        assertThat(lines).contains("# newdoc id = d1", "# sent_id = d1-2");
    }
}
