package dev.mizan.io;

import dev.mizan.agreement.AgreementOptions;
import dev.mizan.agreement.AgreementReport;
import dev.mizan.agreement.ProjectAgreement;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportResult;
import dev.mizan.store.ProjectStore;
import dev.mizan.store.ProjectValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's round trip on the sample project: every annotator's work written as brat, one folder
 * per annotator, then imported into a new project with --per-annotator-folders, gives the same
 * annotation sets and the same agreement report.
 */
class SampleProjectRoundTripTest {
    static final Path SAMPLE = Path.of("../sample-projects/syria-russia-visit");

    @TempDir
    Path tmp;

    @Test
    void bratPerAnnotatorFoldersGiveBackTheSameSetsAndTheSameAgreement() throws IOException {
        Project source = ProjectStore.open(SAMPLE).load().project();
        assertThat(source.annotators()).hasSizeGreaterThanOrEqualTo(2);
        Path root = tmp.resolve("brat");
        for (AnnotationSet set : source.annotationSets()) {
            Document doc = source.document(set.documentId()).orElseThrow();
            BratFiles.write(root.resolve(set.annotator()), doc, set, source.schema());
        }
        ImportFixture fx = new ImportFixture(tmp);

        ImportResult input = fx.sources().readPerAnnotatorFolders(root, "brat", ImportOptions.defaults());
        ImportSummary summary = fx.run(input, new ProjectImport.Options(null, false, false));

        assertThat(summary.problems()).filteredOn(p -> p.isError()).isEmpty();
        Project imported = fx.project();
        assertThat(imported.documents()).extracting(Document::text)
                .containsExactlyElementsOf(source.documents().stream().map(Document::text).toList());
        assertThat(imported.annotationSets()).hasSameSizeAs(source.annotationSets());
        for (AnnotationSet original : source.annotationSets()) {
            AnnotationSet copy = imported.annotationSet(original.annotator(), original.documentId()).orElseThrow();
            assertThat(BratFiles.described(copy)).isEqualTo(BratFiles.described(original));
            assertThat(copy.textSha256()).isEqualTo(original.textSha256());
        }
        assertThat(ProjectValidator.validate(fx.store)).isEmpty();
        AgreementOptions options = AgreementOptions.defaults().withResamples(0);
        AgreementReport before = ProjectAgreement.compute(source, options);
        AgreementReport after = ProjectAgreement.compute(imported, options);
        assertThat(after.entries()).isEqualTo(before.entries());
        assertThat(after.disagreements()).hasSameSizeAs(before.disagreements());
    }
}
