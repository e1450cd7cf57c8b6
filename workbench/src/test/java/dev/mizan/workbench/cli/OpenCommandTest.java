package dev.mizan.workbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code open} runs without picocli (for a fast start) and still reports like every command. */
class OpenCommandTest {
    @Test
    void leavesHelpToTheWholeCommandLine() {
        for (String[] args : new String[][] {{"--help"}, {"--no-such-option"}, {"a", "b"}, {"--perspective"},
                {"--screenshot", "x.png"}}) {
            assertThat(OpenCommand.runAlone(args, new PrintWriter(new StringWriter()))).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void reportsAFolderThatIsNotAProjectAsTheWholeCommandLineDoes(@TempDir Path dir) {
        StringWriter err = new StringWriter();

        Integer code = OpenCommand.runAlone(new String[] {dir.toString(), "--perspective", "curate"},
                new PrintWriter(err));

        CliRun whole = CliRun.of("open", dir.toString(), "--perspective", "curate");
        assertThat(code).isNotNull().isNotZero().isEqualTo(whole.code());
        assertThat(err.toString()).startsWith("mizan open: ").isEqualTo(whole.err());
    }
}
