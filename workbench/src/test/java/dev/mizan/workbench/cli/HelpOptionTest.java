package dev.mizan.workbench.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command answers {@code --help} with its usage and exit 0. */
class HelpOptionTest {
    @ParameterizedTest
    @ValueSource(strings = {"new", "import", "validate", "stats", "agreement", "curate", "export", "open",
            "bench", "bench store", "bench agreement", "bench export", "bench editor"})
    void everyCommandPrintsItsUsageOnHelp(String command) {
        String[] words = (command + " --help").split(" ");
        CliRun run = CliRun.of(words);
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Usage: mizan " + command);
    }
}
