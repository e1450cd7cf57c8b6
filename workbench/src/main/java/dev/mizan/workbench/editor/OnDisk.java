package dev.mizan.workbench.editor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Project;
import dev.mizan.store.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Tells whether an annotation set already in memory is still the one on disk, by reading only the
 * head of the file (its format and "modified" time come before the spans). Opening a document then
 * skips parsing thousands of spans a second time; any doubt means "no", and the file is read.
 */
final class OnDisk {
    private OnDisk() {
    }

    static boolean isStill(Path file, AnnotationSet loaded) {
        if (loaded.modified() == null || !Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file); JsonParser p = Json.mapper().getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            Integer format = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format" -> format = p.getIntValue();
                    case "modified" -> {
                        Instant modified = Json.mapper().readValue(p, Instant.class);
                        return Objects.equals(format, Project.FORMAT) && loaded.modified().equals(modified);
                    }
                    case "spans", "relations" -> {
                        return false;
                    }
                    default -> p.skipChildren();
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
