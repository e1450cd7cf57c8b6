package dev.mizan.spi;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong or noteworthy in an input file. Errors stop the whole import; warnings are
 * reported and the import goes on.
 *
 * @param severity ERROR or WARNING
 * @param file     the input file
 * @param line     1-based line, or 0 when it does not apply
 * @param message  what is wrong and, where it helps, what to do
 */
public record ImportProblem(Severity severity, Path file, int line, String message) {
    /** How serious a problem is. */
    public enum Severity { ERROR, WARNING }

    public ImportProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static ImportProblem error(Path file, int line, String message) {
        return new ImportProblem(Severity.ERROR, file, line, message);
    }

    public static ImportProblem warning(Path file, int line, String message) {
        return new ImportProblem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: error: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        return sb.append(severity == Severity.ERROR ? "error: " : "warning: ").append(message).toString();
    }
}
