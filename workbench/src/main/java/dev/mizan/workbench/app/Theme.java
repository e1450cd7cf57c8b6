package dev.mizan.workbench.app;

/** The look of the workbench. */
public enum Theme {
    LIGHT, DARK;

    /** LIGHT for anything that is not "dark" (case ignored). */
    public static Theme parse(String s) {
        return "dark".equalsIgnoreCase(s == null ? "" : s.trim()) ? DARK : LIGHT;
    }
}
