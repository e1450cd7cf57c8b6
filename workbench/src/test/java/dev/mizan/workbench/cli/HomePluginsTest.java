package dev.mizan.workbench.cli;

import dev.mizan.workbench.plugins.PluginJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line finds importer and exporter plugins in the plugins folder of the Mizan home, as the workbench does. */
class HomePluginsTest {
    private static final String BUILT = "mizan.test.commandContributionBuilt";

    @TempDir
    Path tmp;
    private String savedHome;
    private Path homePlugins;

    @BeforeEach
    void setUp() throws Exception {
        savedHome = System.getProperty("mizan.home");
        System.setProperty("mizan.home", tmp.resolve("home").toString());
        homePlugins = Files.createDirectories(tmp.resolve("home/plugins"));
        System.clearProperty(BUILT);
    }

    @AfterEach
    void tearDown() {
        if (savedHome == null) {
            System.clearProperty("mizan.home");
        } else {
            System.setProperty("mizan.home", savedHome);
        }
        System.clearProperty(BUILT);
    }

    private Path curatedProject() throws Exception {
        Path p = tmp.resolve("p");
        TestProjects.threeAnnotators(p);
        assertThat(CliRun.of("curate", p.toString(), "--auto").code()).isZero();
        return p;
    }

    @Test
    void anExporterPluginInTheMizanHomeIsFoundWithoutThePluginsOption() throws Exception {
        PluginJars.build(PluginJars.helloPluginSources(), homePlugins.resolve("hello-plugin.jar"));
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("export", curatedProject().toString(), "--format", "label-tsv", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("labels.tsv")).isRegularFile();
    }

    @Test
    void aDamagedJarInThePluginsFolderIsNamedInOneLineAndSkipped() throws Exception {
        Files.writeString(homePlugins.resolve("damaged.jar"), "not a zip");
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("export", curatedProject().toString(), "--format", "conll", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("warning: " + homePlugins.resolve("damaged.jar") + " is not a readable jar and was skipped");
        assertThat(run.out()).contains("Exported 2 documents");
    }

    @Test
    void aDamagedJarInThePluginsOptionsFolderIsSkippedToo() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("damaged.jar"), "not a zip");
        PluginJars.build(PluginJars.helloPluginSources(), mine.resolve("hello-plugin.jar"));
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("export", curatedProject().toString(), "--format", "label-tsv", "--out", out.toString(),
                "--plugins", mine.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("damaged.jar is not a readable jar");
        assertThat(out.resolve("labels.tsv")).isRegularFile();
    }

    @Test
    void aPluginsOptionThatIsNotAFolderIsOneSentence() throws Exception {
        CliRun run = CliRun.of("export", curatedProject().toString(), "--format", "conll", "--out",
                tmp.resolve("out").toString(), "--plugins", tmp.resolve("no-such-folder").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip().lines()).singleElement().asString().contains("no-such-folder is not a folder");
    }

    @Test
    void theCommandLineBuildsNoWorkbenchContributionOfAPlugin() throws Exception {
        PluginJars.build(PluginJars.helloPluginSources(), homePlugins.resolve("hello-plugin.jar"));
        PluginJars.build(Map.of("spy/Spy.java", """
                        package spy;
                        public final class Spy implements dev.mizan.workbench.shell.CommandContribution {
                            static { System.setProperty("%s", "true"); }
                            public String id() { return "spy.command"; }
                            public String name() { return "Spy"; }
                            public void run(dev.mizan.workbench.shell.WorkbenchContext c) { }
                        }""".formatted(BUILT)),
                Map.of("META-INF/services/dev.mizan.workbench.shell.CommandContribution", "spy.Spy\n"),
                homePlugins.resolve("spy.jar"));

        CliRun run = CliRun.of("export", curatedProject().toString(), "--format", "label-tsv", "--out",
                tmp.resolve("out").toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(System.getProperty(BUILT)).as("the spy command's class was never initialised").isNull();
    }
}
