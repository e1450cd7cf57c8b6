package dev.mizan.io;

import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Project;
import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.Importers;
import dev.mizan.store.ProjectStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A project in a temporary folder and short ways to import into it, for import tests. */
final class ImportFixture {
    final Path dir;
    final ProjectStore store;
    private final ImportSources sources = new ImportSources(Importers.builtIn());

    ImportFixture(Path dir) throws IOException {
        this.dir = dir;
        this.store = ProjectStore.create(dir.resolve("project"), "test", DefaultSchema.load());
    }

    /** Writes a UTF-8 file under the fixture's input folder and returns its path. */
    Path file(String relative, String content) {
        return bytes(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    Path bytes(String relative, byte[] content) {
        Path p = dir.resolve("in").resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    ImportSummary importFiles(String annotator, ProjectImport.Options options, Path... files) throws IOException {
        ImportResult input = sources.read(List.of(files), null, new ImportOptions(annotator, false));
        return new ProjectImport().run(store, input, options);
    }

    ImportSummary importAs(String annotator, Path... files) throws IOException {
        return importFiles(annotator, new ProjectImport.Options(annotator, false, false), files);
    }

    ImportSummary run(ImportResult input, ProjectImport.Options options) throws IOException {
        return new ProjectImport().run(store, input, options);
    }

    ImportSources sources() {
        return sources;
    }

    Project project() {
        return store.load().project();
    }

    /** Every file of the project with its bytes, to prove that a failed import changed nothing. */
    Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(store.root())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(store.root().relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }
}
