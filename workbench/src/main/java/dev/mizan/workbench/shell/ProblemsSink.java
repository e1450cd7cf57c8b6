package dev.mizan.workbench.shell;

import java.util.List;

/** Where validators and loaders put the problems the Problems view shows. */
public interface ProblemsSink {
    /** Replaces every problem earlier reported by {@code source} (e.g. "store", "validator"). */
    void report(String source, List<ProblemEntry> problems);
}
