package dev.mizan.workbench.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * sample-projects/syria-russia-visit (five articles, three annotators' pilot round, gold in curation/)
 * and fresh copies of it for a test or a screenshot tool to change. Plain Java on purpose: the
 * screenshot tools run with only the test classes and the jar on their class path.
 */
public final class SampleProjects {
    /** Found from the workbench module's folder (where Maven and the screenshot script run) or the root. */
    public static final Path SAMPLE = Path.of(System.getProperty("user.dir"))
            .resolve(Files.isDirectory(Path.of("sample-projects")) ? "sample-projects/syria-russia-visit"
                    : "../sample-projects/syria-russia-visit").normalize();

    private SampleProjects() {
    }

    /** Copies the whole sample into {@code dir} and returns {@code dir}. */
    public static Path copyTo(Path dir) {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** A copy as it was before curation: the annotators' work, no {@code curation/} folder. */
    public static Path copyWithoutGoldTo(Path dir) {
        copyTo(dir);
        try {
            delete(dir.resolve("curation"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Deletes {@code dir} and everything in it, if it is there. */
    public static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
