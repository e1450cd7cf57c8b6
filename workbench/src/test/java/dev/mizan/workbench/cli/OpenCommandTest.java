package dev.mizan.workbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code open} runs with a command line of its own (for a fast start) and still reports like every command. */
class OpenCommandTest {
    @Test
    void leavesHelpToTheWholeCommandLine() {
        assertThat(OpenCommand.runAlone(new String[] {"--help"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isNull();
        assertThat(OpenCommand.runAlone(new String[] {"--no-such-option"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isNull();
    }

    @Test
    void reportsAFolderThatIsNotAProjectAsTheWholeCommandLineDoes(@TempDir Path dir) {
        StringWriter err = new StringWriter();

        Integer code = OpenCommand.runAlone(new String[] {dir.toString(), "--perspective", "curate"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        CliRun whole = CliRun.of("open", dir.toString(), "--perspective", "curate");
        assertThat(code).isNotNull().isNotZero().isEqualTo(whole.code());
        assertThat(err.toString()).startsWith("mizan open: ").isEqualTo(whole.err());
    }
}
