package dev.mizan.workbench.shell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KeyNamesTest {
    @ParameterizedTest
    @CsvSource({
            "ctrl shift P, Ctrl+Shift+P",
            "ctrl 3, Ctrl+3",
            "ctrl EQUALS, Ctrl+=",
            "DELETE, Del",
            "shift TAB, Shift+Tab",
            "F1, F1",
    })
    void describesKeyStrokesAsUsersReadThem(String binding, String shown) {
        assertThat(KeyNames.describe(binding)).isEqualTo(shown);
    }
}
