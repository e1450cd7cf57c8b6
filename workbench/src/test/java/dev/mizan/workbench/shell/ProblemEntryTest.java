package dev.mizan.workbench.shell;

import dev.mizan.store.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemEntryTest {
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "annotations/amira/01-putin.json, 01-putin",
            "documents/02-kremlin.txt, 02-kremlin",
            "curation/03-egypt.json, 03-egypt",
            "project.json, -",
    })
    void pointsAStoreProblemAtTheDocumentItsFileBelongsTo(String file, String documentId) {
        ProblemEntry e = ProblemEntry.fromStore(new Problem(Path.of(file), 3, 5, "bad"));

        assertThat(e.documentId()).isEqualTo(documentId);
        assertThat(e.location()).isEqualTo(file + ":3");
    }
}
