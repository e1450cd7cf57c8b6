package dev.mizan.workbench.cli;

import dev.mizan.store.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;

/** Resolving the DIR argument of the commands that read a project. */
final class ProjectDirs {
    private ProjectDirs() {
    }

    /** The project folder {@code dir}, or a user error saying what is wrong with it. */
    static Path existing(Path dir) {
        if (!Files.exists(dir)) {
            throw new UserError(dir + " does not exist; give the folder of a Mizan project (create one with 'mizan new')");
        }
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + " is not a folder; give the folder of a Mizan project");
        }
        if (!Files.isRegularFile(dir.resolve(ProjectStore.PROJECT_FILE))) {
            throw new UserError(dir + " is not a Mizan project (it has no " + ProjectStore.PROJECT_FILE
                    + "); create one with 'mizan new " + dir + "'");
        }
        return dir;
    }
}
