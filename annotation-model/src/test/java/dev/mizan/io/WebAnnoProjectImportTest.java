package dev.mizan.io;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportProblem;
import dev.mizan.spi.ImportResult;
import dev.mizan.store.ProjectValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** INCEpTION's per-user WebAnno TSV files brought into a project that already has the text. */
class WebAnnoProjectImportTest {
    @TempDir
    Path tmp;
    ImportFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new ImportFixture(tmp);
    }

    static Path resource(String name) {
        try {
            return Path.of(WebAnnoProjectImportTest.class.getResource("webanno/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tsvFilesOfTwoUsersAttachToTheImportedTextByItsTokens() throws IOException {
        fx.importAs(null, resource("moscow-visit.txt"));
        Path folder = tmp.resolve("export/annotation/moscow-visit.txt");
        Files.createDirectories(folder);
        Files.copy(resource("mv33-ranya.tsv"), folder.resolve("ranya.tsv"));
        Files.copy(resource("mv32-omar.tsv"), folder.resolve("omar.tsv"));

        ImportResult input = fx.sources().read(List.of(tmp.resolve("export")), null, new ImportOptions(null, true));
        ImportSummary summary = fx.run(input, new ProjectImport.Options(null, false, false));

        assertThat(summary.problems()).isEmpty();
        assertThat(summary.documentsCreated()).isZero();
        assertThat(summary.documentsMatched()).isEqualTo(2);
        assertThat(summary.relations()).isEqualTo(1);
        Project p = fx.project();
        Document doc = p.documents().get(0);
        assertThat(p.documents()).hasSize(1);
        AnnotationSet ranya = p.annotationSet("ranya", doc.id()).orElseThrow();
        assertThat(ranya.spans()).extracting(s -> doc.cover(s.begin(), s.end()), Span::layer, Span::label).containsExactly(
                tuple("فلاديمير بوتين", "entity", "PER"),
                tuple("دعم بلاده الثابت لسوريا", "stance", "STANCE"),
                tuple("لسوريا", "entity", "GPE"),
                tuple("الشيباني", "entity", "PER"),
                tuple("دمشق", "entity", "GPE"),
                tuple("ترفض أي مشاريع للتقسيم", "stance", "STANCE"));
        assertThat(ranya.spansIn("stance")).extracting(s -> s.attributes().get("polarity")).containsExactly("SUPPORT", "OPPOSE");
        assertThat(ranya.relations()).singleElement().extracting(r -> r.type()).isEqualTo("same_as");
        assertThat(p.annotationSet("omar", doc.id()).orElseThrow().spans()).hasSize(4);
        assertThat(ProjectValidator.validate(fx.store)).isEmpty();
    }

    @Test
    void aTsvWithoutItsTextCreatesADocumentFromTheSentencesAndWarns() throws IOException {
        ImportSummary summary = fx.importAs("omar", resource("mv32-omar.tsv"));

        assertThat(summary.written()).isTrue();
        assertThat(summary.documentsCreated()).isEqualTo(1);
        assertThat(summary.problems()).singleElement().asString().contains("rebuilt from the file's sentences");
        Document doc = fx.project().documents().get(0);
        assertThat(doc.text()).startsWith("أكد الرئيس الروسي").contains("وقال الشيباني");
    }

    @Test
    void anUnknownWebAnnoLayerIsAnErrorUnlessTheSchemaMayBeExtended() throws IOException {
        Path tsv = fx.file("x.tsv", "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Sentiment|value\n\n\n"
                + "#Text=زار دمشق\n1-1\t0-3\tزار\tPOSITIVE\n1-2\t4-8\tدمشق\t_\n");

        ImportSummary refused = fx.importAs("a", tsv);
        ImportSummary extended = fx.importFiles("a", new ProjectImport.Options("a", false, true), tsv);

        assertThat(refused.written()).isFalse();
        assertThat(refused.problems()).filteredOn(ImportProblem::isError).singleElement().asString()
                .contains("the layer 'webanno.custom.Sentiment' is not in the project's schema").contains("--extend-schema");
        assertThat(extended.written()).isTrue();
        assertThat(extended.schemaAdditions()).contains("layer 'sentiment' (from webanno.custom.Sentiment)",
                "label 'POSITIVE' in layer 'sentiment'");
        assertThat(fx.project().schema().layer("sentiment")).isPresent();
    }

    @Test
    void aSlotFeatureTheSchemaLacksIsAnErrorUnlessTheSchemaMayBeExtendedWithALinkAttribute() throws IOException {
        String ne = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
        Path tsv = fx.file("x.tsv", "#FORMAT=WebAnno TSV 3.3\n#T_SP=" + ne + "|identifier|value\n"
                + "#T_SP=webanno.custom.Stance|label|polarity|ROLE_webanno.custom.Stance:source_webanno.custom.StanceSourceLink|" + ne
                + "\n\n\n#Text=قال الشيباني دعم\n"
                + "1-1\t0-3\tقال\t_\t_\t_\t_\t_\t_\n"
                + "1-2\t4-12\tالشيباني\t*\tPER\t_\t_\t_\t_\n"
                + "1-3\t13-16\tدعم\t_\t_\tSTANCE\tSUPPORT\tsource\t1-2\n");

        ImportSummary refused = fx.importAs("a", tsv);
        ImportSummary extended = fx.importFiles("a", new ProjectImport.Options("a", false, true), tsv);

        assertThat(refused.written()).isFalse();
        assertThat(refused.problems()).filteredOn(ImportProblem::isError).singleElement().asString()
                .contains("the link attribute 'source' is not defined for the layer 'stance'").contains("--extend-schema");
        assertThat(extended.written()).isTrue();
        assertThat(extended.schemaAdditions()).containsExactly("attribute 'source' (link) of layer 'stance'");
        Project p = fx.project();
        assertThat(p.schema().layer("stance").flatMap(l -> l.attribute("source")).orElseThrow().type())
                .isEqualTo(dev.mizan.model.AttributeType.LINK);
        AnnotationSet set = p.annotationSets().get(0);
        Span stance = set.spansIn("stance").get(0);
        Document doc = p.documents().get(0);
        Span source = set.span((String) stance.attributes().get("source")).orElseThrow();
        assertThat(doc.cover(source.begin(), source.end())).isEqualTo("الشيباني");
        assertThat(ProjectValidator.validate(fx.store)).isEmpty();
    }

    @Test
    void aSlotFillingAPlainAttributeIsRefused() throws IOException {
        String ne = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
        Path tsv = fx.file("x.tsv", "#FORMAT=WebAnno TSV 3.3\n#T_SP=" + ne + "|identifier|value\n"
                + "#T_SP=webanno.custom.Stance|label|ROLE_webanno.custom.Stance:polarity_webanno.custom.StancePolarityLink|" + ne
                + "\n\n\n#Text=قال الشيباني دعم\n"
                + "1-1\t0-3\tقال\t_\t_\t_\t_\t_\n"
                + "1-2\t4-12\tالشيباني\t*\tPER\t_\t_\t_\n"
                + "1-3\t13-16\tدعم\t_\t_\tSTANCE\tpolarity\t1-2\n");

        ImportSummary refused = fx.importFiles("a", new ProjectImport.Options("a", false, true), tsv);

        assertThat(refused.written()).isFalse();
        assertThat(refused.problems()).filteredOn(ImportProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9); // the row of دعم
            assertThat(p.message()).contains("the attribute 'polarity' of the layer 'stance' is enum, but the input links it to a span");
        });
    }
}
