package dev.mizan.workbench.plugins;

import dev.mizan.workbench.shell.CommandContribution;
import dev.mizan.workbench.shell.ViewContribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Span;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.Exporter;
import dev.mizan.spi.Exporters;
import dev.mizan.spi.Split;

import static org.assertj.core.api.Assertions.assertThat;

class PluginRegistryTest {
    @TempDir
    Path plugins;

    @Test
    void findsTheBuiltInViewsCommandsAndPerspectiveOnTheClassPath() {
        PluginRegistry r = PluginRegistry.discover(plugins);

        assertThat(r.views()).extracting(ViewContribution::id)
                .contains("mizan.view.explorer", "mizan.view.outline", "mizan.view.properties", "mizan.view.problems");
        assertThat(r.command("mizan.window.quickAccess")).isPresent();
        assertThat(r.perspective("annotate")).isPresent();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void sortsContributionsByPriority() {
        PluginRegistry r = PluginRegistry.discover(plugins);

        assertThat(r.views()).extracting(ViewContribution::priority).isSorted();
    }

    @Test
    void loadsTheViewAndCommandOfAPluginJar() throws Exception {
        PluginJars.build(PluginJars.helloPluginSources(), plugins.resolve("hello-plugin.jar"));

        PluginRegistry r = PluginRegistry.discover(plugins);

        assertThat(r.view("hello.view.labelCounts")).get().extracting(ViewContribution::title).isEqualTo("Label Counts");
        assertThat(r.command("hello.command.sayHello")).get().extracting(CommandContribution::keyBinding).isEqualTo("ctrl alt H");
        assertThat(r.jars()).hasSize(1);
        assertThat(r.classLoader().loadClass("org.example.hello.SayHelloCommand")).isNotNull();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void givesPluginExportersThroughItsClassLoader() throws Exception {
        PluginJars.build(PluginJars.helloPluginSources(), plugins.resolve("hello-plugin.jar"));
        PluginRegistry r = PluginRegistry.discover(plugins);

        Exporters exporters = Exporters.load(r.classLoader());

        assertThat(exporters.byId("label-tsv")).isPresent();
        assertThat(r.load(Exporter.class)).extracting(Exporter::id).contains("label-tsv");
    }

    @Test
    void theExamplePluginsExporterWritesCodePointOffsets() throws Exception {
        PluginJars.build(PluginJars.helloPluginSources(), plugins.resolve("hello-plugin.jar"));
        Exporter tsv = Exporters.load(PluginRegistry.discover(plugins).classLoader()).byId("label-tsv").orElseThrow();
        String text = "𝐀 قال بوتين";
        Document doc = Document.of("d", "d", null, text);
        int at = text.indexOf("بوتين");
        AnnotationSet set = AnnotationSet.empty("a", doc, Instant.EPOCH)
                .withSpan(new Span("e1", at, at + 5, "entity", "PER"), Instant.EPOCH);
        Path out = Files.createDirectories(plugins.resolve("out"));

        tsv.export(new ExportData("p", DefaultSchema.load(), "annotator:a",
                List.of(new ExportDocument(doc, set, Split.ALL))), ExportOptions.defaults(), out);

        assertThat(Files.readAllLines(out.resolve("labels.tsv"))).containsExactly(
                "document\tbegin\tend\tlayer\tlabel\ttext", "d\t6\t11\tentity\tPER\tبوتين");
    }

    @Test
    void reportsAndSkipsBrokenProvidersWhileTheRestLoads() throws Exception {
        PluginJars.build(PluginJars.helloPluginSources(), plugins.resolve("a-hello.jar"));
        PluginJars.build(Map.of(
                "broken/Throws.java", """
                        package broken;
                        public final class Throws implements dev.mizan.workbench.shell.CommandContribution {
                            public Throws() { throw new IllegalStateException("no config"); }
                            public String id() { return "broken.throws"; }
                            public String name() { return "x"; }
                            public void run(dev.mizan.workbench.shell.WorkbenchContext c) { }
                        }""",
                "broken/Duplicate.java", """
                        package broken;
                        public final class Duplicate implements dev.mizan.workbench.shell.CommandContribution {
                            public String id() { return "mizan.window.quickAccess"; }
                            public String name() { return "Impostor"; }
                            public void run(dev.mizan.workbench.shell.WorkbenchContext c) { }
                        }"""),
                Map.of("META-INF/services/dev.mizan.workbench.shell.CommandContribution",
                        "broken.Missing\nbroken.Throws\nbroken.Duplicate\n"),
                plugins.resolve("b-broken.jar"));

        PluginRegistry r = PluginRegistry.discover(plugins);

        assertThat(r.problems()).extracting(PluginProblem::toString).anySatisfy(p -> assertThat(p).contains("broken.Missing"))
                .anySatisfy(p -> assertThat(p).contains("broken.Throws").contains("no config"))
                .anySatisfy(p -> assertThat(p).contains("'mizan.window.quickAccess' is already registered"));
        assertThat(r.command("mizan.window.quickAccess")).get().extracting(CommandContribution::name).isNotEqualTo("Impostor");
        assertThat(r.command("hello.command.sayHello")).isPresent();
        assertThat(r.view("hello.view.labelCounts")).isPresent();
    }

    @Test
    void skipsAFileThatIsNotAJar() throws Exception {
        Files.writeString(plugins.resolve("damaged.jar"), "not a zip");

        PluginRegistry r = PluginRegistry.discover(plugins);

        assertThat(r.problems()).singleElement().extracting(PluginProblem::source).isEqualTo(plugins.resolve("damaged.jar").toString());
        assertThat(r.jars()).isEmpty();
        assertThat(r.view("mizan.view.outline")).isPresent();
    }

    @Test
    void aMissingPluginsFolderIsNoProblem() {
        PluginRegistry r = PluginRegistry.discover(plugins.resolve("nothing-here"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.commands()).isNotEmpty();
    }
}
