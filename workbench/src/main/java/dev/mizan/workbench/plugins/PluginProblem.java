package dev.mizan.workbench.plugins;

/**
 * A plugin that could not be loaded, or a contribution that was refused.
 *
 * @param source  the jar, provider class or contribution id concerned
 * @param message what went wrong, in words
 */
public record PluginProblem(String source, String message) {
    @Override
    public String toString() {
        return source + ": " + message;
    }
}
