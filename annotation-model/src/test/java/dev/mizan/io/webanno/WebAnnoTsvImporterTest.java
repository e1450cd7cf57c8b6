package dev.mizan.io.webanno;

import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.ImportedDocument;
import dev.mizan.spi.ImportedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebAnnoTsvImporterTest {
    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(WebAnnoTsvImporterTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cover(ImportedDocument d, ImportedSpan s) {
        return d.text().substring(s.begin(), s.end());
    }

    @Test
    void readsInceptionsTsv33WithMultiTokenStackedSpansAndARelation() {
        ImportResult r = new WebAnnoTsvImporter().read(List.of(resource("mv33-ranya.tsv")), new ImportOptions("ranya", false));

        assertThat(r.problems()).isEmpty();
        ImportedDocument d = r.documents().get(0);
        assertThat(d.textIsExact()).isFalse();
        assertThat(d.spans()).extracting(s -> cover(d, s), ImportedSpan::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("فلاديمير بوتين", "PER"),
                org.assertj.core.groups.Tuple.tuple("دعم بلاده الثابت لسوريا", ""),
                org.assertj.core.groups.Tuple.tuple("لسوريا", "GPE"),
                org.assertj.core.groups.Tuple.tuple("الشيباني", "PER"),
                org.assertj.core.groups.Tuple.tuple("دمشق", "GPE"),
                org.assertj.core.groups.Tuple.tuple("ترفض أي مشاريع للتقسيم", ""));
        ImportedSpan stance = d.spans().get(1);
        assertThat(stance.layer()).isEqualTo("webanno.custom.Stance");
        assertThat(stance.attributes()).containsEntry("polarity", "SUPPORT");
        assertThat(d.relations()).singleElement().satisfies(rel -> {
            assertThat(rel.type()).isEqualTo("same_as");
            assertThat(cover(d, d.spans().stream().filter(s -> s.id().equals(rel.from())).findFirst().orElseThrow())).isEqualTo("دمشق");
            assertThat(cover(d, d.spans().stream().filter(s -> s.id().equals(rel.to())).findFirst().orElseThrow())).isEqualTo("لسوريا");
        });
    }

    @Test
    void readsTsv32WithTrailingTabs() {
        ImportResult r = new WebAnnoTsvImporter().read(List.of(resource("mv32-omar.tsv")), new ImportOptions("omar", false));

        assertThat(r.problems()).isEmpty();
        ImportedDocument d = r.documents().get(0);
        assertThat(d.spans()).extracting(s -> cover(d, s)).containsExactly("فلاديمير بوتين", "لسوريا", "الشيباني", "دمشق");
        assertThat(d.spans()).extracting(ImportedSpan::layer).containsOnly("de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity");
    }

    @Test
    void perUserFilesTakeTheUserFromTheFileAndTheDocumentFromTheFolder() throws IOException {
        Path folder = dir.resolve("annotation/moscow-visit.txt");
        Files.createDirectories(folder);
        Files.copy(resource("mv33-ranya.tsv"), folder.resolve("ranya.tsv"));
        Files.copy(resource("mv33-ranya.tsv"), folder.resolve("INITIAL_CAS.tsv"));

        ImportResult r = new WebAnnoTsvImporter().read(List.of(folder.resolve("INITIAL_CAS.tsv"), folder.resolve("ranya.tsv")),
                new ImportOptions(null, true));

        assertThat(r.documents()).singleElement().satisfies(d -> {
            assertThat(d.annotator()).isEqualTo("ranya");
            assertThat(d.suggestedId()).isEqualTo("moscow-visit");
        });
        assertThat(r.problems()).singleElement().asString().contains("INITIAL_CAS").contains("skipped");
    }

    @Test
    void readsASpanOnASubTokenRowWithoutMovingIt() throws IOException {
        Path f = dir.resolve("x.tsv");
        Files.writeString(f, "#FORMAT=WebAnno TSV 3.3\n#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n\n\n"
                + "#Text=دعم لسوريا\n1-1\t0-3\tدعم\t_\t_\n1-2\t4-10\tلسوريا\t_\t_\n1-2.1\t5-10\tسوريا\t*\tGPE\n");

        ImportResult r = new WebAnnoTsvImporter().read(List.of(f), ImportOptions.defaults());

        assertThat(r.problems()).isEmpty();
        ImportedDocument d = r.documents().get(0);
        assertThat(d.spans()).singleElement().satisfies(s -> assertThat(cover(d, s)).isEqualTo("سوريا"));
        assertThat(d.tokens()).extracting(ImportedDocument.Token::text).containsExactly("دعم", "لسوريا");
    }

    @Test
    void rejectsAFileThatIsNotWebAnnoTsv3() throws IOException {
        Path f = dir.resolve("x.tsv");
        Files.writeString(f, "id\ttext\n1\tنص\n");

        ImportResult r = new WebAnnoTsvImporter().read(List.of(f), ImportOptions.defaults());

        assertThat(r.problems()).singleElement().asString().contains("not a WebAnno TSV 3 file");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfColumns() throws IOException {
        Path f = dir.resolve("x.tsv");
        Files.writeString(f, "#FORMAT=WebAnno TSV 3.3\n#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n\n\n"
                + "#Text=زار دمشق\n1-1\t0-3\tزار\t_\n1-2\t4-8\tدمشق\t*\tGPE\n");

        ImportResult r = new WebAnnoTsvImporter().read(List.of(f), ImportOptions.defaults());

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("has 4 columns but the header declares 5");
        });
    }

    @Test
    void refusesChainLayersWithValuesInsteadOfDroppingThem() throws IOException {
        Path f = dir.resolve("x.tsv");
        Files.writeString(f, "#FORMAT=WebAnno TSV 3.3\n#T_CH=de.tudarmstadt.ukp.dkpro.core.api.coref.type.CoreferenceLink|referenceType|referenceRelation\n\n\n"
                + "#Text=زار دمشق\n1-1\t0-3\tزار\t_\t_\n1-2\t4-8\tدمشق\tnam[1]\t*->1-1\n");

        ImportResult r = new WebAnnoTsvImporter().read(List.of(f), ImportOptions.defaults());

        assertThat(r.problems()).singleElement().asString().contains("chain layers");
    }
}
