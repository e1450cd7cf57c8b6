package dev.mizan.workbench.editor;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import dev.mizan.store.Json;
import dev.mizan.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditSessionTest {
    @TempDir
    Path dir;

    private SampleProject sample;

    private EditSession open(long saveDelayMs) {
        sample = SampleProject.copyTo(dir);
        return EditSession.open(sample.store(), sample.project(), SampleProject.DOC, "amal", Clock.systemUTC(), saveDelayMs);
    }

    private AnnotationSet onDisk() throws Exception {
        return Json.mapper().readValue(Files.readAllBytes(sample.store().annotationFile("amal", SampleProject.DOC)),
                AnnotationSet.class);
    }

    @Test
    void addsASpanAndSelectsIt() {
        try (EditSession s = open(10_000)) {
            int b = sample.find("موسكو");
            String id = s.addSpan(b, b + 5, "entity", "GPE");
            assertThat(s.set().spans()).singleElement().satisfies(sp -> {
                assertThat(sp.id()).isEqualTo(id);
                assertThat(sample.text().substring(sp.begin(), sp.end())).isEqualTo("موسكو");
            });
            assertThat(s.selectedSpanId()).isEqualTo(id);
            assertThat(s.set().status()).isEqualTo(Status.IN_PROGRESS);
        }
    }

    @Test
    void undoesAndRedoesEveryKindOfEdit() {
        try (EditSession s = open(10_000)) {
            int b = sample.find("بوتين");
            String per = s.addSpan(b, b + 5, "entity", "PER");
            String stance = s.addSpan(b + 6, b + 20, "stance", "STANCE");
            s.setAttribute(stance, "holder", per);
            s.relabel(per, "ORG");
            s.markDone(true);
            List<AnnotationSet> states = new ArrayList<>();
            states.add(s.set());
            while (s.canUndo()) {
                s.undo();
                states.add(s.set());
            }
            assertThat(s.set().spans()).isEmpty();
            assertThat(states).hasSize(6);
            for (int i = states.size() - 2; i >= 0; i--) {
                s.redo();
                assertThat(s.set().spans()).isEqualTo(states.get(i).spans());
                assertThat(s.set().status()).isEqualTo(states.get(i).status());
            }
            assertThat(s.set().span(stance).orElseThrow().attributes()).containsEntry("holder", per);
            assertThat(s.set().status()).isEqualTo(Status.DONE);
        }
    }

    @Test
    void deletingASpanDropsTheLinksToItAndUndoBringsThemBack() {
        try (EditSession s = open(10_000)) {
            String per = s.addSpan(0, 3, "entity", "PER");
            String claim = s.addSpan(4, 20, "claim", "CLAIM");
            s.setAttribute(claim, "claimant", per);
            s.deleteSpan(per);
            assertThat(s.set().span(claim).orElseThrow().attributes()).doesNotContainKey("claimant");
            s.undo();
            assertThat(s.set().span(claim).orElseThrow().attributes()).containsEntry("claimant", per);
        }
    }

    @Test
    void aNewEditClearsTheRedoStack() {
        try (EditSession s = open(10_000)) {
            s.addSpan(0, 3, "entity", "PER");
            s.undo();
            assertThat(s.canRedo()).isTrue();
            s.addSpan(4, 6, "entity", "ORG");
            assertThat(s.canRedo()).isFalse();
        }
    }

    @Test
    void refusesALinkToASpanOfTheWrongLayer() {
        try (EditSession s = open(10_000)) {
            String claim = s.addSpan(4, 20, "claim", "CLAIM");
            String other = s.addSpan(30, 40, "claim", "CLAIM");
            assertThatThrownBy(() -> s.setAttribute(claim, "claimant", other))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entity");
            assertThatThrownBy(() -> s.addSpan(5, 5, "entity", "PER")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> s.addSpan(0, 5, "entity", "NOPE")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void annotateAllAddsOnlyMissingSpansAsOneUndo() {
        try (EditSession s = open(10_000)) {
            s.addSpan(0, 3, "entity", "GPE");
            int added = s.annotateAll(List.of(new int[] {0, 3}, new int[] {10, 13}, new int[] {20, 23}), "entity", "GPE");
            assertThat(added).isEqualTo(2);
            assertThat(s.set().spans()).hasSize(3);
            s.undo();
            assertThat(s.set().spans()).hasSize(1);
        }
    }

    @Test
    void savesBehindTheEditWithinTheDelayWithoutBeingAsked() throws Exception {
        try (EditSession s = open(50)) {
            String id = s.addSpan(0, 3, "entity", "PER");
            long deadline = System.currentTimeMillis() + 10_000;
            while (s.saveState() != SaveState.SAVED && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(s.saveState()).isEqualTo(SaveState.SAVED);
            assertThat(onDisk().span(id)).isPresent();
        }
    }

    @Test
    void anEditDoesNotWaitForAWriteThatIsRunning() throws Exception {
        sample = SampleProject.copyTo(dir);
        java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (EditSession s = EditSession.open(sample.store(), sample.project(), SampleProject.DOC, "amal", Clock.systemUTC(), 0,
                set -> {
                    writing.countDown();
                    try {
                        release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    sample.store().saveAnnotationSet(set);
                })) {
            int b = sample.find("بوتين");
            s.addSpan(b, b + 5, "entity", "PER");
            assertThat(writing.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("the first write started").isTrue();
            // a slow disk delays saving, not labelling: the next edit returns while the write still runs
            java.util.concurrent.CompletableFuture.runAsync(() -> s.relabel(s.set().spans().get(0).id(), "ORG"))
                    .get(2, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(s.saveState()).isEqualTo(SaveState.PENDING);
            release.countDown();
        }
        assertThat(onDisk().spans()).singleElement().satisfies(sp -> assertThat(sp.label()).isEqualTo("ORG"));
    }

    @Test
    void whatWasSavedSurvivesACrashAndIsReopened() throws Exception {
        EditSession crashed = open(10);
        crashed.addSpan(0, 3, "entity", "PER");
        crashed.addSpan(4, 9, "entity", "GPE");
        // wait for the write-behind save (a fixed sleep was too short on a loaded machine)
        long deadline = System.currentTimeMillis() + 10_000;
        while (crashed.saveState() != SaveState.SAVED && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        // no close(): the process "dies" here
        EditSession reopened = EditSession.open(sample.store(), sample.project(), SampleProject.DOC, "amal");
        assertThat(reopened.set().spans()).extracting(Span::label).containsExactly("PER", "GPE");
        reopened.close();
    }

    @Test
    void withoutAutosaveAnEditWaitsForSave() throws Exception {
        sample = SampleProject.copyTo(dir);
        try (EditSession s = EditSession.open(sample.store(), sample.project(), SampleProject.DOC, "amal", false)) {
            String id = s.addSpan(0, 3, "entity", "PER");
            Thread.sleep(3 * EditSession.DEFAULT_SAVE_DELAY_MS);
            assertThat(s.saveState()).isEqualTo(SaveState.PENDING);
            assertThat(s.flush()).isTrue();
            assertThat(onDisk().span(id)).isPresent();
        }
    }

    @Test
    void closeWritesWhatIsPending() throws Exception {
        EditSession s = open(60_000);
        s.addSpan(0, 3, "entity", "PER");
        assertThat(s.saveState()).isEqualTo(SaveState.PENDING);
        s.close();
        assertThat(onDisk().spans()).hasSize(1);
    }

    @Test
    void reportsAFailedSaveAndSucceedsOnceTheCauseIsGone() throws Exception {
        try (EditSession s = open(60_000)) {
            Path folder = sample.store().root().resolve("annotations/amal");
            Files.createDirectories(folder.getParent());
            Files.writeString(folder, "a file where the folder should be");
            s.addSpan(0, 3, "entity", "PER");
            assertThat(s.flush()).isFalse();
            assertThat(s.saveState()).isEqualTo(SaveState.FAILED);
            assertThat(s.saveMessage()).contains("annotations/amal");
            Files.delete(folder);
            assertThat(s.flush()).isTrue();
            assertThat(s.saveState()).isEqualTo(SaveState.SAVED);
        }
    }

    @Test
    void refusesAnAnnotationFileMadeForAnotherText() throws Exception {
        try (EditSession s = open(60_000)) {
            s.addSpan(0, 3, "entity", "PER");
        }
        Path file = sample.store().annotationFile("amal", SampleProject.DOC);
        Files.writeString(file, Files.readString(file).replaceAll("\"textSha256\" : \"[0-9a-f]+\"", "\"textSha256\" : \"00\""));
        assertThatThrownBy(() -> EditSession.open(sample.store(), sample.project(), SampleProject.DOC, "amal"))
                .isInstanceOf(StoreException.class).hasMessageContaining("another text");
    }

    @Test
    void tabOrderWalksSpansInReadingOrderAndWraps() {
        try (EditSession s = open(60_000)) {
            String a = s.addSpan(0, 3, "entity", "PER");
            String b = s.addSpan(10, 13, "entity", "PER");
            s.select(null);
            assertThat(s.neighbour(true).id()).isEqualTo(a);
            s.select(a);
            assertThat(s.neighbour(true).id()).isEqualTo(b);
            assertThat(s.neighbour(false).id()).isEqualTo(b);
        }
    }

    @Test
    void reusesTheProjectsSetOnlyWhileTheFileIsUnchanged() throws Exception {
        try (EditSession s = open(60_000)) {
            s.addSpan(0, 3, "entity", "PER");
        }
        var loaded = sample.store().load().project();
        AnnotationSet inMemory = loaded.annotationSet("amal", SampleProject.DOC).orElseThrow();
        try (EditSession same = EditSession.open(sample.store(), loaded, SampleProject.DOC, "amal")) {
            assertThat(same.set()).isSameAs(inMemory);
            same.addSpan(4, 9, "entity", "GPE");
        }
        // the project in memory is now stale: the file must win
        try (EditSession fresh = EditSession.open(sample.store(), loaded, SampleProject.DOC, "amal")) {
            assertThat(fresh.set().spans()).hasSize(2);
        }
    }
}
