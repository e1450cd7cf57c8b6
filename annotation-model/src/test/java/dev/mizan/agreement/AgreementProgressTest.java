package dev.mizan.agreement;

import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.mizan.agreement.ProjectAgreementTest.MOSCOW_B;
import static dev.mizan.agreement.ProjectAgreementTest.MOSCOW_E;
import static dev.mizan.agreement.ProjectAgreementTest.PUTIN_B;
import static dev.mizan.agreement.ProjectAgreementTest.PUTIN_E;
import static dev.mizan.agreement.ProjectAgreementTest.TEXT;
import static dev.mizan.agreement.ProjectAgreementTest.set;
import static dev.mizan.agreement.ProjectAgreementTest.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementProgressTest {
    private static Project twoDocuments() {
        Document d1 = Document.of("d1", null, null, TEXT);
        Document d2 = Document.of("d2", null, null, TEXT + " ");
        Span putin = span("e1", PUTIN_B, PUTIN_E, "entity", "PER");
        Span moscow = span("e2", MOSCOW_B, MOSCOW_E, "entity", "GPE");
        return ProjectAgreementTest.project(List.of(d1, d2), List.of(set("a", d1, putin), set("b", d1, putin, moscow),
                set("a", d2, moscow), set("b", d2, moscow)));
    }

    @Test
    void progressCountsDocumentsThenResamplesUpToTheTotal() {
        List<int[]> calls = new ArrayList<>();
        AgreementProgress recorder = new AgreementProgress() {
            @Override
            public synchronized void advanced(int done, int total) {
                calls.add(new int[]{done, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        ProjectAgreement.compute(twoDocuments(), AgreementOptions.defaults().withResamples(30), recorder);

        // One step per document (in parallel, so in any order), then resamples in batches.
        List<Integer> done = calls.stream().map(c -> c[0]).sorted().toList();
        assertThat(done).startsWith(1, 2).endsWith(32).doesNotHaveDuplicates();
        assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(32));
    }

    @Test
    void aCancelledReportStopsWithACancellationException() {
        AtomicInteger steps = new AtomicInteger();
        AgreementProgress cancelAfterFirstDocument = new AgreementProgress() {
            @Override
            public void advanced(int done, int total) {
                steps.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return steps.get() >= 1;
            }
        };

        assertThatThrownBy(() -> ProjectAgreement.compute(twoDocuments(), AgreementOptions.defaults(), cancelAfterFirstDocument))
                .isInstanceOf(CancellationException.class);
        // Documents run in parallel, so both may finish; no bootstrap batch starts after the cancel.
        assertThat(steps.get()).isBetween(1, 2);
    }

    @Test
    void progressDoesNotChangeTheReport() {
        AgreementOptions options = AgreementOptions.defaults().withResamples(40);
        AgreementReport plain = ProjectAgreement.compute(twoDocuments(), options);
        AgreementReport watched = ProjectAgreement.compute(twoDocuments(), options, AgreementProgress.NONE);

        assertThat(watched.entries()).isEqualTo(plain.entries());
    }
}
