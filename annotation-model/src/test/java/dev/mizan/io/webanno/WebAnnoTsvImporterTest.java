package dev.mizan.io.webanno;

import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.ImportedDocument;
import dev.mizan.spi.ImportedLink;
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

    private static final String NE = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    private static final String STANCE_WITH_SLOTS = "#FORMAT=WebAnno TSV 3.3\n#T_SP=" + NE + "|identifier|value\n"
            + "#T_SP=webanno.custom.Stance|label|polarity|ROLE_webanno.custom.Stance:holder_webanno.custom.StanceHolderLink|" + NE
            + "|ROLE_webanno.custom.Stance:target_webanno.custom.StanceTargetLink|" + NE + "\n\n\n"
            + "#Text=أكد فلاديمير بوتين دعم سوريا .\n"
            + "1-1\t0-3\tأكد\t_\t_\t_\t_\t_\t_\t_\t_\n"
            + "1-2\t4-12\tفلاديمير\t*[1]\tPER[1]\t_\t_\t_\t_\t_\t_\n"
            + "1-3\t13-18\tبوتين\t*[1]\tPER[1]\t_\t_\t_\t_\t_\t_\n";

    private ImportResult readStance(String stanceRows) throws IOException {
        Path f = dir.resolve("x.tsv");
        Files.writeString(f, STANCE_WITH_SLOTS + stanceRows + "1-6\t29-30\t.\t_\t_\t_\t_\t_\t_\t_\t_\n");
        return new WebAnnoTsvImporter().read(List.of(f), ImportOptions.defaults());
    }

    private static ImportedSpan covering(ImportedDocument d, String text) {
        return d.spans().stream().filter(s -> cover(d, s).equals(text)).findFirst().orElseThrow();
    }

    @Test
    void readsSlotFeaturesAsLinksToTheirTargetsAMultiTokenTargetByItsId() throws IOException {
        ImportResult r = readStance("1-4\t19-22\tدعم\t_\t_\tSTANCE[2]\tSUPPORT[2]\tholder[2]\t1-2[1]\ttarget[2]\t1-5\n"
                + "1-5\t23-28\tسوريا\t*\tGPE\tSTANCE[2]\tSUPPORT[2]\tholder[2]\t1-2[1]\ttarget[2]\t1-5\n");

        assertThat(r.problems()).isEmpty();
        ImportedDocument d = r.documents().get(0);
        ImportedSpan stance = covering(d, "دعم سوريا");
        assertThat(stance.attributes()).containsOnlyKeys("polarity", "holder", "target")
                .containsEntry("holder", new ImportedLink(covering(d, "فلاديمير بوتين").id()))
                .containsEntry("target", new ImportedLink(covering(d, "سوريا").id()));
    }

    @Test
    void aSpanWithAnEmptySlotFeatureIsKeptByTheTargetPlaceholderAndStackedSlotsAreReadInOrder() throws IOException {
        // a layer with nothing but a slot feature, as in INCEpTION's tests: '_' role and '*' target keep
        // an annotation without slots (dkpro-core #1329); untyped slots point at targets by their ids
        Path f = dir.resolve("x.tsv");
        Files.writeString(f, "#FORMAT=WebAnno TSV 3.3\n#T_SP=" + NE + "|value\n"
                + "#T_SP=webanno.custom.Event|ROLE_webanno.custom.Event:roles_webanno.custom.EventRolesLink|uima.tcas.Annotation\n\n\n"
                + "#Text=زار الشيباني موسكو\n"
                + "1-1\t0-3\tزار\t_\tagent;place[3]\t1-2[1];1-3[2]\n"
                + "1-2\t4-12\tالشيباني\tPER[1]\t_\t*\n"
                + "1-3\t13-18\tموسكو\tGPE[2]\t_\t_\n");

        ImportResult r = new WebAnnoTsvImporter().read(List.of(f), ImportOptions.defaults());

        assertThat(r.problems()).isEmpty();
        ImportedDocument d = r.documents().get(0);
        assertThat(covering(d, "زار").attributes())
                .containsEntry("agent", new ImportedLink(covering(d, "الشيباني").id()))
                .containsEntry("place", new ImportedLink(covering(d, "موسكو").id()));
        assertThat(d.spans()).filteredOn(s -> s.layer().equals("webanno.custom.Event"))
                .extracting(s -> cover(d, s)).containsExactly("زار", "الشيباني");
    }

    @Test
    void rejectsASlotTargetThatPointsAtNoAnnotationWithItsLine() throws IOException {
        ImportResult r = readStance("1-4\t19-22\tدعم\t_\t_\tSTANCE\tSUPPORT\tholder\t1-4\t_\t*\n"
                + "1-5\t23-28\tسوريا\t*\tGPE\t_\t_\t_\t_\t_\t_\n");

        assertThat(r.documents()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(10); // the row of دعم
            assertThat(p.file()).isEqualTo(dir.resolve("x.tsv"));
            assertThat(p.message()).contains("'holder' slot points at 1-4, but no " + NE + " annotation is there")
                    .contains("re-export");
        });
    }

    @Test
    void rejectsATargetIdThatNoAnnotationCarries() throws IOException {
        ImportResult r = readStance("1-4\t19-22\tدعم\t_\t_\tSTANCE\tSUPPORT\tholder\t1-2[7]\t_\t*\n"
                + "1-5\t23-28\tسوريا\t*\tGPE\t_\t_\t_\t_\t_\t_\n");

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10); // the row of دعم
            assertThat(p.message()).contains("points at 1-2[7], but no");
        });
    }

    @Test
    void rejectsRolesAndTargetsThatDoNotPairUp() throws IOException {
        ImportResult r = readStance("1-4\t19-22\tدعم\t_\t_\tSTANCE\tSUPPORT\tholder;holder\t1-2[1]\t_\t*\n"
                + "1-5\t23-28\tسوريا\t*\tGPE\t_\t_\t_\t_\t_\t_\n");

        assertThat(r.documents()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10); // the row of دعم
            assertThat(p.message()).contains("has 2 role(s) (holder;holder) but 1 target(s) (1-2[1])");
        });
    }

    @Test
    void rejectsTwoSlotsOfOneRoleBecauseALinkPointsAtOneSpan() throws IOException {
        ImportResult r = readStance("1-4\t19-22\tدعم\t_\t_\tSTANCE\tSUPPORT\tholder;holder\t1-2[1];1-5\t_\t*\n"
                + "1-5\t23-28\tسوريا\t*\tGPE\t_\t_\t_\t_\t_\t_\n");

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10); // the row of دعم
            assertThat(p.message()).contains("two 'holder' slots");
        });
    }
}
