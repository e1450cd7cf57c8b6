package dev.mizan.workbench.cli;

/**
 * A mistake the user can fix (bad path, bad input file): printed as one sentence on stderr,
 * never as a stack trace.
 */
public class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message) {
        this(message, 1);
    }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
