package dev.mizan.workbench.shell;

/**
 * The docking areas of the window. In a right-to-left UI, {@code START} is on the right:
 * areas are named by reading direction, not by screen side.
 */
public enum Placement {
    /** Beside the editor where reading starts (left in English, right in Arabic). */
    START,
    /** Beside the editor where reading ends. */
    END,
    /** Below the editor area. */
    BOTTOM
}
