package dev.mizan.workbench.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void givesDefaultsWithoutAFileAndNoAnnotator() {
        Preferences p = new PreferencesStore(dir.resolve("preferences.json"), new Properties()).load();

        assertThat(p).isEqualTo(Preferences.defaults());
        assertThat(p.annotator()).isNull();
    }

    @Test
    void keepsWhatWasSaved() throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"), new Properties());
        Preferences p = Preferences.defaults().withAnnotator("amira").withTheme(Theme.DARK).withLanguage("ar")
                .withEditorFont("Amiri", 24).withAutosave(false);

        store.save(p);

        assertThat(store.load()).isEqualTo(p);
    }

    @Test
    void appliesCommandLineOverridesWithoutWritingThemBack() throws Exception {
        Properties overrides = new Properties();
        overrides.putAll(Map.of("mizan.annotator", "tester", "mizan.theme", "dark", "mizan.lang", "ar"));
        PreferencesStore plain = new PreferencesStore(dir.resolve("preferences.json"), new Properties());
        plain.save(Preferences.defaults().withAnnotator("amira"));
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"), overrides);

        Preferences p = store.load();
        store.save(p.withEditorFont(null, 30));

        assertThat(p.annotator()).isEqualTo("tester");
        assertThat(p.theme()).isEqualTo(Theme.DARK);
        assertThat(p.rightToLeft()).isTrue();
        Preferences written = plain.load();
        assertThat(written.annotator()).isEqualTo("amira");
        assertThat(written.theme()).isEqualTo(Theme.LIGHT);
        assertThat(written.editorFontSize()).isEqualTo(30);
    }

    @Test
    void fallsBackToDefaultsOnADamagedFileAndSaysWhy() throws Exception {
        Files.writeString(dir.resolve("preferences.json"), "{ broken");
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"), new Properties());

        assertThat(store.load()).isEqualTo(Preferences.defaults());
        assertThat(store.loadProblem()).contains("preferences.json");
    }

    @Test
    void readsAHandWrittenFileWithOnlyAnAnnotator() throws Exception {
        Files.writeString(dir.resolve("preferences.json"), "{\"annotator\": \"amira\"}");

        Preferences p = new PreferencesStore(dir.resolve("preferences.json"), new Properties()).load();

        assertThat(p.annotator()).isEqualTo("amira");
        assertThat(p.editorFontSize()).isEqualTo(Preferences.DEFAULT_FONT_SIZE);
    }

    @Test
    void clampsTheFontSize() {
        assertThat(Preferences.defaults().withEditorFont(null, 500).editorFontSize()).isEqualTo(Preferences.MAX_FONT_SIZE);
        assertThat(Preferences.defaults().withEditorFont(null, 2).editorFontSize()).isEqualTo(Preferences.MIN_FONT_SIZE);
    }
}
