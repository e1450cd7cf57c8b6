package dev.mizan.workbench.editor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HotkeysTest {
    @ParameterizedTest
    @CsvSource({"س, s", "ؤ, c", "م, l", "٣, 3", "۵, 5", "S, s", "1, 1"})
    void readsTheKeyUnderTheFingerWhateverTheLayout(char typed, char key) {
        assertThat(Hotkeys.latinKey(typed)).isEqualTo(key);
    }
}
