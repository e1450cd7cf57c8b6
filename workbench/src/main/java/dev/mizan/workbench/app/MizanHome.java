package dev.mizan.workbench.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's Mizan folder: preferences, window layout and the {@code plugins/} folder.
 * {@code -Dmizan.home} wins over the {@code MIZAN_HOME} environment variable, which wins over
 * {@code ~/.config/mizan} (or {@code $XDG_CONFIG_HOME/mizan}).
 */
public record MizanHome(Path root) {
    public static MizanHome resolve() {
        return resolve(System.getProperty("mizan.home"), System.getenv(), System.getProperty("user.home"));
    }

    static MizanHome resolve(String property, Map<String, String> env, String userHome) {
        if (property != null && !property.isBlank()) {
            return new MizanHome(Path.of(property));
        }
        String fromEnv = env.get("MIZAN_HOME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new MizanHome(Path.of(fromEnv));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config");
        return new MizanHome(config.resolve("mizan"));
    }

    public Path preferencesFile() {
        return root.resolve("preferences.json");
    }

    public Path layoutFile() {
        return root.resolve("layout.json");
    }

    public Path pluginsDir() {
        return root.resolve("plugins");
    }
}
