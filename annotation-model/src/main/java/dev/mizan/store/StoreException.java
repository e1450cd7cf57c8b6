package dev.mizan.store;

import java.util.List;

/** A project cannot be read or written; carries the located problems. */
public class StoreException extends RuntimeException {
    private final transient List<Problem> problems;

    public StoreException(String message) {
        this(message, List.of(), null);
    }

    public StoreException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    public StoreException(String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
