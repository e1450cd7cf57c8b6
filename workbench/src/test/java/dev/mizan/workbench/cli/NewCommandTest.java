package dev.mizan.workbench.cli;

import dev.mizan.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NewCommandTest {
    @TempDir
    Path dir;

    @Test
    void createsAProjectWithTheDefaultSchema() {
        StringWriter out = new StringWriter();
        var cl = MizanCommand.commandLine();
        cl.setOut(new PrintWriter(out));

        int code = cl.execute("new", dir.resolve("p").toString(), "--name", "Moscow visit");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Created project 'Moscow visit'");
        var project = ProjectStore.open(dir.resolve("p")).load().project();
        assertThat(project.schema().layers()).extracting(l -> l.name()).containsExactly("entity", "stance", "claim");
    }

    @Test
    void refusesAFolderWithFilesInOneLineWithoutAStackTrace() throws Exception {
        Files.writeString(dir.resolve("x.txt"), "x");
        StringWriter err = new StringWriter();
        var cl = MizanCommand.commandLine();
        cl.setErr(new PrintWriter(err));

        int code = cl.execute("new", dir.toString());

        assertThat(code).isNotZero();
        assertThat(err.toString().strip()).startsWith("mizan new:").contains("not empty").doesNotContain("\tat ");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }
}
