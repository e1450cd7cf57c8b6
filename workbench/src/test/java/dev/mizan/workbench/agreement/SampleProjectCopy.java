package dev.mizan.workbench.agreement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** sample-projects/syria-russia-visit (three annotators, five articles) and fresh copies of it. */
final class SampleProjectCopy {
    static final Path SAMPLE = Path.of(System.getProperty("user.dir"))
            .resolve(Files.isDirectory(Path.of("sample-projects")) ? "sample-projects/syria-russia-visit"
                    : "../sample-projects/syria-russia-visit").normalize();

    private SampleProjectCopy() {
    }

    static void copyTo(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
