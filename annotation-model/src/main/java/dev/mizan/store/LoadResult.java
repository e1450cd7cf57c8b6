package dev.mizan.store;

import dev.mizan.model.Project;

import java.util.List;

/**
 * A loaded project and the problems met while loading it. Files that could not be read are
 * left out of the project and named in the problems; the rest loads.
 */
public record LoadResult(Project project, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }
}
