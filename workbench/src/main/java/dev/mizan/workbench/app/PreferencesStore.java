package dev.mizan.workbench.app;

import dev.mizan.store.AtomicFiles;
import dev.mizan.store.Json;
import dev.mizan.store.SafeIds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Reads and writes {@code preferences.json}. System properties {@code mizan.annotator},
 * {@code mizan.theme} and {@code mizan.lang} override the file for one run (tests, screenshots)
 * and are never written back.
 */
public final class PreferencesStore {
    /**
     * Lenient about missing fields: a hand-written file with only an annotator name is fine. In a
     * holder so that creating a store costs nothing: building the mapper takes a quarter of a
     * second of start-up, which the launcher spends on a second thread beside the look's set-up.
     */
    private static final class Reader {
        static final com.fasterxml.jackson.databind.ObjectMapper READER = Json.mapper().copy()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    private final Path file;
    private final Properties overrides;
    private String loadProblem;

    public PreferencesStore(Path file, Properties overrides) {
        this.file = file;
        this.overrides = overrides;
    }

    public static PreferencesStore of(MizanHome home) {
        return new PreferencesStore(home.preferencesFile(), System.getProperties());
    }

    /** The stored preferences with the overrides applied; defaults when the file is missing or damaged. */
    public Preferences load() {
        Preferences stored = Preferences.defaults();
        loadProblem = null;
        if (Files.isRegularFile(file)) {
            try {
                stored = Reader.READER.readValue(file.toFile(), Preferences.class);
            } catch (IOException e) {
                // A damaged preferences file must not keep the workbench from starting.
                loadProblem = file + " could not be read and defaults are used: " + e.getMessage();
            }
        }
        return applyOverrides(stored);
    }

    /**
     * The theme, read without a JSON parser so the look can be set up while the preferences load:
     * the override, else a {@code "theme"} field of the file, else LIGHT.
     */
    public Theme peekTheme() {
        String override = overrides.getProperty("mizan.theme");
        if (override != null) {
            return Theme.parse(override);
        }
        try {
            if (Files.isRegularFile(file)) {
                var m = java.util.regex.Pattern.compile("\"theme\"\\s*:\\s*\"(\\w+)\"").matcher(Files.readString(file));
                if (m.find()) {
                    return Theme.parse(m.group(1));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only a hint: the full read decides.
        }
        return Theme.LIGHT;
    }

    /** Why the last {@link #load()} fell back to defaults, or null. */
    public String loadProblem() {
        return loadProblem;
    }

    Preferences applyOverrides(Preferences p) {
        String annotator = overrides.getProperty("mizan.annotator");
        if (annotator != null && SafeIds.isSafe(annotator)) {
            p = p.withAnnotator(annotator);
        }
        String theme = overrides.getProperty("mizan.theme");
        if (theme != null) {
            p = p.withTheme(Theme.parse(theme));
        }
        String lang = overrides.getProperty("mizan.lang");
        if (lang != null) {
            p = p.withLanguage(lang.trim().toLowerCase(java.util.Locale.ROOT));
        }
        return p;
    }

    /** Writes the preferences; a field overridden for this run keeps its stored value. */
    public void save(Preferences p) throws IOException {
        Preferences stored = storedOrDefaults();
        if (overrides.getProperty("mizan.annotator") != null) {
            p = p.withAnnotator(stored.annotator());
        }
        if (overrides.getProperty("mizan.theme") != null) {
            p = p.withTheme(stored.theme());
        }
        if (overrides.getProperty("mizan.lang") != null) {
            p = p.withLanguage(stored.language());
        }
        AtomicFiles.write(file, Json.toBytes(p));
    }

    private Preferences storedOrDefaults() {
        try {
            return Files.isRegularFile(file) ? Reader.READER.readValue(file.toFile(), Preferences.class) : Preferences.defaults();
        } catch (IOException e) {
            return Preferences.defaults();
        }
    }

    public Path file() {
        return file;
    }
}
