package dev.mizan.workbench.shell;

/**
 * Something a plugin (or Mizan itself) adds to the workbench. Ids are unique per kind; the
 * registry keeps the first provider of an id and reports the others.
 */
public interface Contribution {
    /** A stable id, e.g. {@code mizan.view.outline}; plugins should prefix their own. */
    String id();

    /** Order among contributions of the same kind: lower comes first. */
    default int priority() {
        return 100;
    }
}
