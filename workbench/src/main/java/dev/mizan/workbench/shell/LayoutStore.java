package dev.mizan.workbench.shell;

import dev.mizan.store.AtomicFiles;
import dev.mizan.store.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@code layout.json}; a damaged file gives the initial layout. */
public final class LayoutStore {
    private final Path file;

    public LayoutStore(Path file) {
        this.file = file;
    }

    public LayoutState load() {
        if (!Files.isRegularFile(file)) {
            return LayoutState.initial();
        }
        try {
            return Json.mapper().readValue(file.toFile(), LayoutState.class);
        } catch (IOException e) {
            return LayoutState.initial();
        }
    }

    public void save(LayoutState state) throws IOException {
        AtomicFiles.write(file, Json.toBytes(state));
    }
}
