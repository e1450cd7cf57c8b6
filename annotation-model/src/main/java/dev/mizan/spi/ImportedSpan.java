package dev.mizan.spi;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A span as found in an input file, before it is mapped onto the project's schema.
 *
 * @param id         the id in the input (e.g. brat's {@code T3}), unique within its document
 * @param begin      first UTF-16 offset in the document text (importers convert other units)
 * @param end        UTF-16 offset after the last character
 * @param layer      the layer as the input names it (e.g. a WebAnno type name), or null when the
 *                   input has only a label and the layer is to be found from the schema
 * @param label      the label as the input names it
 * @param attributes attribute values (String, Boolean, or an {@link ImportedLink} for a link the input
 *                   states as one) by the input's attribute names
 * @param line       the 1-based line of the input where the span is defined, for messages
 */
public record ImportedSpan(String id, int begin, int end, String layer, String label,
                           Map<String, Object> attributes, int line) {
    public ImportedSpan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        attributes = attributes == null || attributes.isEmpty()
                ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public ImportedSpan withAttribute(String name, Object value) {
        Map<String, Object> copy = new TreeMap<>(attributes);
        copy.put(name, value);
        return new ImportedSpan(id, begin, end, layer, label, copy, line);
    }
}
