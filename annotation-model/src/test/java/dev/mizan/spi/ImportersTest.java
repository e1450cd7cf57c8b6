package dev.mizan.spi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportersTest {
    @TempDir
    Path dir;

    @Test
    void findsTheBuiltInImportersThroughServiceLoader() {
        Importers importers = Importers.builtIn();

        assertThat(importers.all()).extracting(Importer::id).containsExactly("brat", "jsonl", "txt", "webanno-tsv");
        assertThat(importers.failures()).isEmpty();
        assertThat(importers.forExtension("TSV")).extracting(Importer::id).containsExactly("webanno-tsv");
    }

    @Test
    void reportsAndSkipsAProviderThatFailsToStartOrRepeatsAnId() throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Importer.class.getName()),
                BrokenImporter.class.getName() + "\n" + DuplicateImporter.class.getName() + "\ndev.mizan.NoSuchImporter\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, getClass().getClassLoader())) {
            Importers importers = Importers.load(loader);

            assertThat(importers.all()).extracting(Importer::id).containsExactly("brat", "jsonl", "txt", "webanno-tsv");
            assertThat(importers.failures()).hasSize(3);
            assertThat(String.join("\n", importers.failures()))
                    .contains("BrokenImporter failed to start")
                    .contains("repeats the importer id 'txt'")
                    .contains("NoSuchImporter");
        }
    }

    /** A plugin whose constructor throws. */
    public static final class BrokenImporter extends Stub {
        public BrokenImporter() {
            throw new IllegalStateException("no licence file");
        }
    }

    /** A plugin that claims a built-in's id. */
    public static final class DuplicateImporter extends Stub {
        @Override
        public String id() {
            return "txt";
        }
    }

    abstract static class Stub implements Importer {
        @Override
        public String id() {
            return "stub";
        }

        @Override
        public String description() {
            return "";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of();
        }

        @Override
        public ImportResult read(List<Path> files, ImportOptions options) {
            return ImportResult.empty();
        }
    }
}
