package dev.mizan.workbench.shell;

import dev.mizan.store.Problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One row of the Problems view.
 *
 * @param severity   how bad it is
 * @param message    what is wrong, in words
 * @param location   where, as the user should read it (a file, {@code file:line}, a span)
 * @param documentId the document a double-click opens, or null
 * @param spanId     the span a double-click reveals, or null
 * @param file       the project file it is in, relative to the project folder, or null when it is in
 *                   none (a plugin): who may see it depends on whose file it is ({@link ProblemVisibility})
 */
public record ProblemEntry(Severity severity, String message, String location, String documentId, String spanId,
                           Path file) {
    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING, INFO }

    public ProblemEntry {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        location = location == null ? "" : location;
    }

    /** A problem in no file of the project (a plugin, a view). */
    public ProblemEntry(Severity severity, String message, String location, String documentId, String spanId) {
        this(severity, message, location, documentId, spanId, null);
    }

    /** A problem met while loading a project, pointed at the document its file belongs to. */
    public static ProblemEntry fromStore(Problem problem) {
        String location = problem.line() > 0 ? problem.file() + ":" + problem.line() : String.valueOf(problem.file());
        return new ProblemEntry(Severity.ERROR, problem.message(), location, documentIdOf(problem.file()), null, problem.file());
    }

    /** {@code documents/<id>.txt}, {@code annotations/<annotator>/<id>.json}, {@code curation/<id>.json} → id. */
    static String documentIdOf(Path file) {
        if (file == null || file.getNameCount() < 2) {
            return null;
        }
        String top = file.getName(0).toString();
        if (!top.equals("documents") && !top.equals("annotations") && !top.equals("curation")) {
            return null;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
