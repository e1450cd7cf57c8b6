package dev.mizan.workbench.shell;

import dev.mizan.model.Project;

import java.nio.file.Path;
import java.util.List;

/**
 * Which problems a user is shown. Under blind annotation ({@link Roles}) an annotator sees the
 * problems of their own annotation files and the project-wide ones (project file, document texts,
 * plugins), but not those of other annotators' files nor of the gold, which would show others' work.
 * A supervisor sees all.
 */
public final class ProblemVisibility {
    private ProblemVisibility() {
    }

    /** The problems {@code user} may see in {@code project} (all of them when no project is open). */
    public static List<ProblemEntry> visible(List<ProblemEntry> all, Project project, String user) {
        if (project == null || Roles.isSupervisor(project, user)) {
            return all;
        }
        return all.stream().filter(p -> mayAnnotatorSee(p.file(), user)).toList();
    }

    private static boolean mayAnnotatorSee(Path file, String user) {
        if (file == null || file.isAbsolute() || file.getNameCount() < 2) {
            return true; // no file, or one of the project's own (project.json)
        }
        String top = file.getName(0).toString();
        return switch (top) {
            case "annotations" -> file.getNameCount() > 2 && file.getName(1).toString().equals(user);
            case "curation" -> false;
            default -> true;
        };
    }
}
