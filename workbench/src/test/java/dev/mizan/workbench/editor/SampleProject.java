package dev.mizan.workbench.editor;

import dev.mizan.model.Project;
import dev.mizan.store.ProjectStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A fresh copy of sample-projects/syria-russia-visit for a test to change. */
record SampleProject(ProjectStore store, Project project) {
    static final String DOC = "01-putin-backs-syria-unity";

    static SampleProject copyTo(Path dir) {
        Path source = Path.of(System.getProperty("user.dir")).resolve("../sample-projects/syria-russia-visit").normalize();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProjectStore store = ProjectStore.open(dir);
        return new SampleProject(store, store.load().project());
    }

    String text() {
        return project.document(DOC).orElseThrow().text();
    }

    /** The UTF-16 begin of the first occurrence of {@code word} in the sample document. */
    int find(String word) {
        int at = text().indexOf(word);
        if (at < 0) {
            throw new IllegalArgumentException(word + " is not in " + DOC);
        }
        return at;
    }
}
