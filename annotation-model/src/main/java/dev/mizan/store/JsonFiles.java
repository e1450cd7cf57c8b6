package dev.mizan.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mizan.model.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes one versioned JSON file, turning every failure into a located {@link Problem}.
 */
final class JsonFiles {
    private final Migrations migrations;

    JsonFiles(Migrations migrations) {
        this.migrations = migrations;
    }

    /** Reads {@code file} as {@code type}; on failure adds a problem (shown as {@code shown}) and returns empty. */
    <T> Optional<T> read(Path file, Path shown, FileKind kind, Class<T> type, java.util.List<Problem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Problem.of(shown, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        try {
            if (currentFormatFirst(bytes)) {
                // The common case (files Mizan wrote): parse once, straight into the record.
                return Optional.of(Json.mapper().readValue(bytes, type));
            }
            JsonNode tree = Json.mapper().readTree(bytes);
            if (tree == null || !tree.isObject()) {
                boolean empty = tree == null || tree.isMissingNode();
                problems.add(new Problem(shown, 1, 1, "is not a JSON object" + (empty ? " (the file is empty)" : "")));
                return Optional.empty();
            }
            int version = tree.path("format").asInt(0);
            if (version > Project.FORMAT) {
                problems.add(new Problem(shown, 1, 1, "was written in format " + version
                        + " by a newer Mizan; this version reads up to format " + Project.FORMAT + ": upgrade Mizan"));
                return Optional.empty();
            }
            if (version < Project.FORMAT) {
                migrations.upgrade(kind, (ObjectNode) tree, version);
                return Optional.of(Json.mapper().treeToValue(tree, type));
            }
            return Optional.of(Json.mapper().readValue(bytes, type));
        } catch (JsonProcessingException e) {
            problems.add(located(shown, e, bytes));
        } catch (IOException | StoreException e) {
            problems.add(Problem.of(shown, e.getMessage()));
        }
        return Optional.empty();
    }

    /** Whether the file is an object whose first field is {@code "format"} with the current version. */
    private static boolean currentFormatFirst(byte[] bytes) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(bytes)) {
            return parser.nextToken() == JsonToken.START_OBJECT
                    && parser.nextToken() == JsonToken.FIELD_NAME && "format".equals(parser.currentName())
                    && parser.nextToken() == JsonToken.VALUE_NUMBER_INT && parser.getIntValue() == Project.FORMAT;
        } catch (IOException e) {
            return false; // the full read reports it
        }
    }

    static Problem located(Path shown, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int col = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        return new Problem(shown, line, col, describe(e));
    }

    /**
     * Like {@link #located(Path, JsonProcessingException)}, but when the error comes from a tree (a
     * migrated file) and has no location, finds the line of the offending value from its path.
     */
    static Problem located(Path shown, JsonProcessingException e, byte[] bytes) {
        Problem direct = located(shown, e);
        if (direct.line() > 0 || !(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return direct;
        }
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? JsonLocations.escape(ref.getFieldName())
                    : String.valueOf(ref.getIndex()));
        }
        return JsonLocations.of(bytes).problem(shown, pointer.toString(), direct.message());
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException vie && vie.getCause() != null) {
            return "invalid value: " + vie.getCause().getMessage() + " is missing";
        }
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf(" (for ");
        String text = (cut > 0 ? msg.substring(0, cut) : msg).replace('\n', ' ');
        return e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? "at " + path(mapping) + ": " + text : text;
    }

    /** The JSON path of a mapping error, as {@code spans[0].begin}. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Writes {@code value} atomically with {@code "format"} as its first key. */
    void write(Path file, Object value) throws IOException {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("format", Project.FORMAT);
        node.setAll((ObjectNode) Json.tree(value));
        AtomicFiles.write(file, Json.toBytes(node));
    }
}
