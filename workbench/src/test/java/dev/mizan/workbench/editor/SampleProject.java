package dev.mizan.workbench.editor;

import dev.mizan.model.Project;
import dev.mizan.store.ProjectStore;
import dev.mizan.workbench.testing.SampleProjects;

import java.nio.file.Path;

/** A fresh copy of sample-projects/syria-russia-visit for a test to change. */
record SampleProject(ProjectStore store, Project project) {
    static final String DOC = "01-putin-backs-syria-unity";

    static SampleProject copyTo(Path dir) {
        SampleProjects.copyTo(dir);
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
