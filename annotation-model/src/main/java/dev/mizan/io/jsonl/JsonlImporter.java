package dev.mizan.io.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mizan.io.HtmlEntityWarnings;
import dev.mizan.io.InputFiles;
import dev.mizan.io.TextInput;
import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportProblem;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.ImportedDocument;
import dev.mizan.spi.ImportedRelation;
import dev.mizan.spi.ImportedSpan;
import dev.mizan.spi.Importer;
import dev.mizan.store.Json;
import dev.mizan.text.OffsetConverter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * doccano and spaCy-style JSONL: one JSON object per line with a {@code text} and its spans as
 * {@code label}/{@code labels} ({@code [[start, end, "LABEL"], ...]}), {@code spans}
 * ({@code [{"start", "end", "label"}]}) or doccano's {@code entities} + {@code relations}.
 * Offsets are code points; unknown fields are ignored (and named once per file).
 */
public final class JsonlImporter implements Importer {
    private static final Set<String> KNOWN = Set.of("text", "label", "labels", "spans", "entities", "relations",
            "id", "name", "title", "meta", "Comments", "comments");

    @Override
    public String id() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "doccano / spaCy JSONL: {\"text\", \"label\": [[start, end, \"L\"]]} per line (code point offsets)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("jsonl", "json");
    }

    @Override
    public ImportResult read(List<Path> files, ImportOptions options) {
        List<ImportedDocument> documents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Path file : files) {
            TextInput.read(file, problems).ifPresent(content -> readFile(file, content, options, documents, problems));
        }
        return new ImportResult(documents, problems);
    }

    private static void readFile(Path file, String content, ImportOptions options,
                                 List<ImportedDocument> documents, List<ImportProblem> problems) {
        String annotator = options.perUserFiles() ? InputFiles.stem(file) : options.annotator();
        String prefix = options.perUserFiles() ? "doc" : InputFiles.stem(file);
        if (content.stripLeading().startsWith("[")) {
            problems.add(ImportProblem.error(file, 1, "is a JSON array, but Mizan reads JSONL: one JSON object per line "
                    + "(in doccano, export the dataset as JSONL)"));
            return;
        }
        Set<String> ignored = new TreeSet<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            new Record(file, i + 1, problems).read(lines[i], prefix, annotator, ignored).ifPresent(documents::add);
        }
        if (!ignored.isEmpty()) {
            problems.add(ImportProblem.warning(file, 0, "fields not used by Mizan were ignored: " + String.join(", ", ignored)));
        }
    }

    /** One line of a JSONL file. */
    private static final class Record {
        private final Path file;
        private final int line;
        private final List<ImportProblem> problems;

        Record(Path file, int line, List<ImportProblem> problems) {
            this.file = file;
            this.line = line;
            this.problems = problems;
        }

        Optional<ImportedDocument> read(String json, String prefix, String annotator, Set<String> ignored) {
            JsonNode node;
            try {
                node = Json.mapper().readTree(json);
            } catch (JsonProcessingException e) {
                var loc = e.getLocation();
                return fail("is not valid JSON" + (loc == null ? "" : " at column " + loc.getColumnNr())
                        + ": " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                return fail("must be a JSON object with a \"text\"");
            }
            JsonNode textNode = node.get("text");
            if (textNode == null) {
                return fail("has no \"text\"");
            }
            if (!textNode.isTextual()) {
                return fail("\"text\" must be a string, not " + kind(textNode));
            }
            String text = textNode.asText();
            if (text.isBlank()) {
                return fail("\"text\" is empty: there is no text to import");
            }
            node.fieldNames().forEachRemaining(f -> {
                if (!KNOWN.contains(f)) {
                    ignored.add(f);
                }
            });
            HtmlEntityWarnings.addFor(file, text, line, problems);
            OffsetConverter offsets = OffsetConverter.of(text);
            List<ImportedSpan> spans = new ArrayList<>();
            List<ImportedRelation> relations = new ArrayList<>();
            boolean annotated = false;
            for (String key : List.of("label", "labels")) {
                if (node.has(key)) {
                    annotated = true;
                    readTriples(node.get(key), key, offsets, text, spans);
                }
            }
            if (node.has("spans")) {
                annotated = true;
                readObjects(node.get("spans"), "spans", "start", "end", offsets, text, spans);
            }
            if (node.has("entities")) {
                annotated = true;
                readObjects(node.get("entities"), "entities", "start_offset", "end_offset", offsets, text, spans);
            }
            if (node.has("relations")) {
                readRelations(node.get("relations"), relations);
            }
            // A record with bad spans still yields its good ones: the errors stop the import anyway,
            // and checking the rest against the schema reports every problem in one run.
            String id = suggestedId(node, prefix);
            String title = node.path("title").isTextual() ? node.get("title").asText() : null;
            return Optional.of(new ImportedDocument(file, line, id, title, text, true, List.of(), annotated,
                    annotator, file, spans, relations));
        }

        private String suggestedId(JsonNode node, String prefix) {
            for (String key : List.of("name", "id")) {
                JsonNode v = node.get(key);
                if (v != null && v.isTextual() && !v.asText().isBlank()) {
                    return v.asText();
                }
                if (v != null && v.isIntegralNumber()) {
                    return prefix + "-" + v.asText();
                }
            }
            return prefix + "-" + line;
        }

        private void readTriples(JsonNode array, String key, OffsetConverter offsets, String text, List<ImportedSpan> spans) {
            if (!array.isArray()) {
                error("\"" + key + "\" must be a list of [start, end, \"LABEL\"], not " + kind(array));
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                JsonNode t = array.get(i);
                if (!t.isArray() || t.size() != 3 || !t.get(0).isIntegralNumber() || !t.get(1).isIntegralNumber()
                        || !t.get(2).isTextual()) {
                    error("\"" + key + "\"[" + i + "] must be [start, end, \"LABEL\"] with two whole numbers and a string, not "
                            + t + (t.isTextual() ? " (a document category: Mizan imports span annotations only)" : ""));
                    continue;
                }
                addSpan("s" + (spans.size() + 1), t.get(0).asInt(), t.get(1).asInt(), null, t.get(2).asText(),
                        Map.of(), key + "[" + i + "]", offsets, text, spans);
            }
        }

        private void readObjects(JsonNode array, String key, String startKey, String endKey, OffsetConverter offsets,
                                 String text, List<ImportedSpan> spans) {
            if (!array.isArray()) {
                error("\"" + key + "\" must be a list of objects, not " + kind(array));
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                JsonNode o = array.get(i);
                String where = key + "[" + i + "]";
                if (!o.isObject() || !o.path(startKey).isIntegralNumber() || !o.path(endKey).isIntegralNumber()
                        || !o.path("label").isTextual()) {
                    error("\"" + where + "\" must be an object with whole numbers \"" + startKey + "\", \"" + endKey
                            + "\" and a string \"label\", not " + o);
                    continue;
                }
                JsonNode idNode = o.get("id");
                String id = idNode != null && (idNode.isTextual() || idNode.isIntegralNumber())
                        ? idNode.asText() : "s" + (spans.size() + 1);
                String layer = o.path("layer").isTextual() ? o.get("layer").asText() : null;
                Map<String, Object> attributes = attributes(o.get("attributes"), where);
                addSpan(id, o.get(startKey).asInt(), o.get(endKey).asInt(), layer, o.get("label").asText(),
                        attributes, where, offsets, text, spans);
            }
        }

        /** A span's {@code "attributes"} object: string and boolean values (Mizan's own JSONL export). */
        private Map<String, Object> attributes(JsonNode node, String where) {
            if (node == null || node.isNull()) {
                return Map.of();
            }
            if (!node.isObject()) {
                error("\"" + where + ".attributes\" must be an object, not " + kind(node));
                return Map.of();
            }
            Map<String, Object> result = new java.util.TreeMap<>();
            node.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (v.isBoolean()) {
                    result.put(e.getKey(), v.asBoolean());
                } else if (v.isTextual() || v.isNumber()) {
                    result.put(e.getKey(), v.asText());
                } else if (!v.isNull()) {
                    error("\"" + where + ".attributes." + e.getKey() + "\" must be a string or true/false, not " + kind(v));
                }
            });
            return result;
        }

        private void addSpan(String id, int begin, int end, String layer, String label, Map<String, Object> attributes,
                             String where, OffsetConverter offsets, String text, List<ImportedSpan> spans) {
            if (begin < 0 || end <= begin) {
                error(where + " has offsets " + begin + "-" + end + "; a span must start before it ends");
                return;
            }
            if (end > offsets.codePointLength()) {
                error(where + " ends at character " + end + ", past the end of the text (" + offsets.codePointLength()
                        + " characters; offsets are counted in code points)");
                return;
            }
            if (spans.stream().anyMatch(s -> s.id().equals(id))) {
                error(where + " repeats the span id " + id);
                return;
            }
            spans.add(new ImportedSpan(id, offsets.codePointToUtf16(begin), offsets.codePointToUtf16(end), layer, label,
                    attributes, line));
        }

        private void readRelations(JsonNode array, List<ImportedRelation> relations) {
            if (!array.isArray()) {
                error("\"relations\" must be a list of objects, not " + kind(array));
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                JsonNode r = array.get(i);
                // doccano writes from_id/to_id; Mizan's spaCy-style export writes from/to.
                JsonNode from = r.has("from_id") ? r.get("from_id") : r.get("from");
                JsonNode to = r.has("to_id") ? r.get("to_id") : r.get("to");
                if (!r.isObject() || !isId(from) || !isId(to) || !r.path("type").isTextual()) {
                    error("\"relations[" + i + "]\" must be an object with \"from_id\", \"to_id\" and a string \"type\", not " + r);
                    continue;
                }
                String id = isId(r.get("id")) ? r.get("id").asText() : "r" + (i + 1);
                relations.add(new ImportedRelation(id, r.get("type").asText(), from.asText(), to.asText(), line));
            }
        }

        private static boolean isId(JsonNode n) {
            return n != null && (n.isTextual() || n.isIntegralNumber());
        }

        private static String kind(JsonNode n) {
            return n.isNull() ? "null" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }

        private void error(String message) {
            problems.add(ImportProblem.error(file, line, message));
        }

        private Optional<ImportedDocument> fail(String message) {
            error(message);
            return Optional.empty();
        }
    }
}
