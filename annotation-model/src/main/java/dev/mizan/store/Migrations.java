package dev.mizan.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mizan.model.Project;

import java.util.List;

/**
 * The chain of migrations that brings any older file up to {@link Project#FORMAT}.
 * Version 0 is a file without a {@code format} field (written before formats were versioned);
 * it has the same shape as version 1.
 */
public final class Migrations {
    private final List<Migration> steps;

    public Migrations(List<Migration> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The migrations this version of Mizan knows. */
    public static Migrations builtIn() {
        return new Migrations(java.util.Arrays.stream(FileKind.values())
                .<Migration>map(kind -> new Migration() {
                    @Override
                    public FileKind kind() {
                        return kind;
                    }

                    @Override
                    public int fromVersion() {
                        return 0;
                    }

                    @Override
                    public void migrate(ObjectNode file) {
                        // Version 0 differs from version 1 only by the missing format field.
                    }
                }).toList());
    }

    /**
     * Upgrades {@code file} from {@code version} to the current format.
     *
     * @throws StoreException when a step is missing
     */
    public void upgrade(FileKind kind, ObjectNode file, int version) {
        for (int v = version; v < Project.FORMAT; v++) {
            int from = v;
            Migration step = steps.stream().filter(m -> m.kind() == kind && m.fromVersion() == from).findFirst()
                    .orElseThrow(() -> new StoreException("no migration for " + kind.name().toLowerCase()
                            + " files from format " + from));
            step.migrate(file);
        }
        file.put("format", Project.FORMAT);
    }
}
