package dev.mizan.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small helpers shared by the exporters. */
public final class ExportFiles {
    private ExportFiles() {
    }

    /** A UTF-8 writer with a large buffer, creating parent folders; lines end in LF on every platform. */
    public static BufferedWriter writer(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The path relative to the export folder, with forward slashes, for the dataset card. */
    public static String relative(Path outDir, Path file) {
        return outDir.relativize(file).toString().replace('\\', '/');
    }
}
