package dev.mizan.store;

/**
 * A problem inside one JSON value, located by JSON Pointer; {@link JsonLocations} turns it into a
 * {@link Problem} with line and column.
 *
 * @param pointer the JSON Pointer of the offending value ({@code /spans/3/end}); "" for the whole file
 * @param message what is wrong
 */
public record Finding(String pointer, String message) {
}
