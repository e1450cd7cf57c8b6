package dev.mizan.workbench.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A fresh copy of sample-projects/syria-russia-visit (three annotators) for a test to change. */
final class SampleCopy {
    private SampleCopy() {
    }

    /** A copy as it was before curation: the annotators' work, no {@code curation/} folder. */
    static void withoutGold(Path dir) throws IOException {
        to(dir);
        Path curation = dir.resolve("curation");
        if (Files.isDirectory(curation)) {
            try (Stream<Path> files = Files.walk(curation)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static void to(Path dir) throws IOException {
        Path source = Path.of(System.getProperty("user.dir")).resolve("../sample-projects/syria-russia-visit").normalize();
        if (!Files.isDirectory(source)) {
            source = Path.of(System.getProperty("user.dir")).resolve("sample-projects/syria-russia-visit");
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
