package dev.mizan.workbench.editor;

import dev.mizan.workbench.app.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class EditorTextTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EditorTextTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndArabicHaveTheSameKeys() throws IOException {
        assertThat(load("editor_ar.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("editor.properties").stringPropertyNames());
    }

    @Test
    void speaksTheUiLanguageFillsInArgumentsAndShowsAMissingKeyAsItself() {
        Messages before = Messages.current();
        try {
            Messages.setCurrent(Messages.of(Locale.ENGLISH));
            assertThat(EditorText.get("find.position", 2, 7)).isEqualTo("2 of 7");
            assertThat(EditorText.get("no.such.key")).isEqualTo("no.such.key");
            Messages.setCurrent(Messages.of(Locale.forLanguageTag("ar")));
            assertThat(EditorText.get("saved")).isEqualTo("محفوظ");
        } finally {
            Messages.setCurrent(before);
        }
    }
}
