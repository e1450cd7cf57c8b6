package dev.mizan.workbench.shell;

import dev.mizan.model.Project;
import dev.mizan.store.ProjectStore;

import java.util.Objects;

/** The project open in the workbench: its folder and the latest loaded state. */
public record OpenProject(ProjectStore store, Project project) {
    public OpenProject {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(project, "project");
    }
}
