package dev.mizan.workbench.shell;

/** What a user may see of a project: see {@link Roles}. */
public enum Role {
    /** Sees only their own annotations (blind annotation). */
    ANNOTATOR,
    /** Sees everyone's work; may curate and measure agreement. */
    SUPERVISOR
}
