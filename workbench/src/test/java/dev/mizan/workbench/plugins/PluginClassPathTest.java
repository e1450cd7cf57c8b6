package dev.mizan.workbench.plugins;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PluginClassPathTest {
    private static final ClassLoader MIZAN = PluginClassPathTest.class.getClassLoader();

    @TempDir
    Path tmp;

    private static Path marker(Path jar, String value) throws Exception {
        return PluginJars.build(Map.of("marker/Marker.java", "package marker; public final class Marker { public static final String VALUE = \""
                + value + "\"; }"), Map.of(), jar);
    }

    @Test
    void aDamagedJarIsReportedAndLeftOutWhileTheOthersLoad() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("plugins"));
        Files.writeString(folder.resolve("a-damaged.jar"), "not a zip");
        marker(folder.resolve("b-good.jar"), "good");

        PluginClassPath cp = PluginClassPath.open(List.of(folder), MIZAN, "test");

        assertThat(cp.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(folder.resolve("a-damaged.jar").toString());
            assertThat(p.message()).startsWith("is not a readable jar and was skipped");
        });
        assertThat(cp.jars()).containsExactly(folder.resolve("b-good.jar"));
        assertThat(cp.loader().loadClass("marker.Marker").getField("VALUE").get(null)).isEqualTo("good");
    }

    @Test
    void aJarInAnEarlierFolderReplacesTheOneOfTheSameNameInALaterFolder() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        marker(mine.resolve("marker.jar"), "mine");
        marker(home.resolve("marker.jar"), "home's");

        PluginClassPath cp = PluginClassPath.open(List.of(mine, home), MIZAN, "test");

        assertThat(cp.jars()).containsExactly(mine.resolve("marker.jar"));
        assertThat(cp.loader().loadClass("marker.Marker").getField("VALUE").get(null)).isEqualTo("mine");
    }

    @Test
    void missingFoldersGiveMizansOwnClassLoaderAndNoProblem() {
        PluginClassPath cp = PluginClassPath.open(Arrays.asList(null, tmp.resolve("nothing-here")), MIZAN, "test");

        assertThat(cp.loader()).isSameAs(MIZAN);
        assertThat(cp.jars()).isEmpty();
        assertThat(cp.problems()).isEmpty();
    }
}
