package dev.mizan.io;

import dev.mizan.store.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Remembers what each file held before an import wrote it, so a write that fails midway can be
 * undone: changed files get their old bytes back, new files and new folders are removed.
 */
final class WriteJournal {
    private record Entry(Path file, byte[] before) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Path> createdDirectories = new ArrayList<>();
    private final Set<Path> seen = new HashSet<>();

    /** Call before writing {@code file}; only the first call per file records anything. */
    void before(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (!seen.add(abs)) {
            return;
        }
        List<Path> missing = new ArrayList<>();
        for (Path dir = abs.getParent(); dir != null && !Files.exists(dir); dir = dir.getParent()) {
            missing.add(0, dir);
        }
        createdDirectories.addAll(missing);
        entries.add(new Entry(abs, Files.exists(abs) ? Files.readAllBytes(abs) : null));
    }

    /**
     * Restores every recorded file, newest first. Returns the files that could not be restored
     * (empty when the project is back as it was).
     */
    List<String> rollback() {
        List<String> failures = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            try {
                if (e.before() == null) {
                    if (Files.exists(e.file())) {
                        Files.delete(e.file());
                    }
                } else {
                    AtomicFiles.write(e.file(), e.before());
                }
            } catch (IOException ex) {
                failures.add(e.file() + " (" + ex.getMessage() + ")");
            }
        }
        for (int i = createdDirectories.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(createdDirectories.get(i));
            } catch (IOException ex) {
                // A folder that still holds something is left alone: it is not ours to empty.
            }
        }
        return failures;
    }
}
