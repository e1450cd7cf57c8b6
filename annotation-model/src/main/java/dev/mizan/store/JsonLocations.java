package dev.mizan.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON file starts, by JSON Pointer ({@code /spans/3/label}), so problems
 * found in the parsed model can be reported as {@code file:line:col}.
 */
public final class JsonLocations {
    private final Map<String, long[]> positions;

    private JsonLocations(Map<String, long[]> positions) {
        this.positions = positions;
    }

    /** Indexes {@code json}; a syntax error stops the index where it occurs (the load reports it). */
    public static JsonLocations of(byte[] json) {
        Map<String, long[]> positions = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser parser = Json.mapper().getFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    stack.peek().field = parser.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String pointer = pointerOfNextValue(stack);
                JsonLocation at = parser.currentTokenLocation();
                positions.put(pointer, new long[] {at.getLineNr(), at.getColumnNr()});
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    stack.push(new Frame(pointer, token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            // Keep what was indexed before the error.
        }
        return new JsonLocations(positions);
    }

    private static String pointerOfNextValue(Deque<Frame> stack) {
        Frame top = stack.peek();
        if (top == null) {
            return "";
        }
        if (top.array) {
            top.index++;
            return top.pointer + "/" + top.index;
        }
        return top.pointer + "/" + escape(top.field);
    }

    /** Escapes one JSON Pointer segment. */
    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /**
     * A problem at {@code pointer}, or at the nearest enclosing value that exists in the file
     * (a missing field is reported at its object).
     */
    public Problem problem(Path shown, String pointer, String message) {
        String p = pointer;
        while (true) {
            long[] at = positions.get(p);
            if (at != null) {
                return new Problem(shown, (int) at[0], (int) at[1], message);
            }
            if (p.isEmpty()) {
                return Problem.of(shown, message);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static final class Frame {
        final String pointer;
        final boolean array;
        int index = -1;
        String field = "";

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }
}
