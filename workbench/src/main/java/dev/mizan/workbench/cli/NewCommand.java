package dev.mizan.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Schema;
import dev.mizan.store.Json;
import dev.mizan.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mizan new DIR}: creates an empty project with the default (or a given) schema. */
@Command(name = "new", description = "Create a new, empty project folder.")
final class NewCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (must not exist or be empty).")
    Path dir;

    @Option(names = "--name", description = "Project name (default: the folder name).")
    String name;

    @Option(names = "--schema", paramLabel = "FILE", description = "A schema JSON file (default: entities, stances, claims).")
    Path schemaFile;

    @Override
    public Integer call() throws IOException {
        Schema schema = schemaFile == null ? DefaultSchema.load() : readSchema(schemaFile);
        String projectName = name != null ? name : dir.toAbsolutePath().normalize().getFileName().toString();
        ProjectStore.create(dir, projectName, schema);
        spec.commandLine().getOut().println("Created project '" + projectName + "' in " + dir
                + " (" + schema.layers().size() + " layers). Next: mizan import " + dir + " FILES...");
        return 0;
    }

    private static Schema readSchema(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("schema file " + file + " does not exist");
        }
        try {
            Schema s = Json.mapper().readValue(file.toFile(), Schema.class);
            if (s.layers().isEmpty()) {
                throw new UserError(file + ": the schema has no \"layers\"");
            }
            return s;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new UserError(file + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": not a valid schema: " + e.getOriginalMessage());
        }
    }
}
