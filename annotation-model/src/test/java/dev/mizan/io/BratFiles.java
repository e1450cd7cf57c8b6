package dev.mizan.io;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.Layer;
import dev.mizan.model.Relation;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a document and one annotation set as brat standoff (code point offsets), the way an
 * exporter would: a test stand-in for the brat exporter, which lives elsewhere.
 */
final class BratFiles {
    private BratFiles() {
    }

    static void write(Path folder, Document doc, AnnotationSet set, Schema schema) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve(doc.id() + ".txt"), doc.text().getBytes(StandardCharsets.UTF_8));
        // brat ids are T1, T2... whatever the Mizan ids are, as a real exporter writes them.
        java.util.Map<String, String> tIds = new java.util.HashMap<>();
        for (Span s : set.spans()) {
            tIds.put(s.id(), "T" + (tIds.size() + 1));
        }
        StringBuilder ann = new StringBuilder();
        int attributes = 0;
        int relations = 0;
        for (Span s : set.spans()) {
            int b = doc.text().codePointCount(0, s.begin());
            int e = b + doc.text().codePointCount(s.begin(), s.end());
            ann.append(tIds.get(s.id())).append('\t').append(s.label()).append(' ').append(b).append(' ').append(e)
                    .append('\t').append(doc.text(), s.begin(), s.end()).append('\n');
        }
        for (Span s : set.spans()) {
            Layer layer = schema.layer(s.layer()).orElseThrow();
            for (var a : s.attributes().entrySet()) {
                boolean link = layer.attribute(a.getKey()).orElseThrow().type() == dev.mizan.model.AttributeType.LINK;
                String t = tIds.get(s.id());
                if (link) {
                    ann.append('R').append(++relations).append('\t').append(a.getKey()).append(" Arg1:")
                            .append(t).append(" Arg2:").append(tIds.get(String.valueOf(a.getValue()))).append('\n');
                } else if (Boolean.TRUE.equals(a.getValue())) {
                    ann.append('A').append(++attributes).append('\t').append(a.getKey()).append(' ').append(t).append('\n');
                } else {
                    ann.append('A').append(++attributes).append('\t').append(a.getKey()).append(' ').append(t)
                            .append(' ').append(a.getValue()).append('\n');
                }
            }
        }
        for (Relation r : set.relations()) {
            ann.append('R').append(++relations).append('\t').append(r.type()).append(" Arg1:").append(tIds.get(r.from()))
                    .append(" Arg2:").append(tIds.get(r.to())).append('\n');
        }
        if (!set.spans().isEmpty()) {
            ann.append("#1\tAnnotatorNotes T1\tchecked against the guidelines\n");
        }
        Files.writeString(folder.resolve(doc.id() + ".ann"), ann.toString());
    }

    /**
     * A set described without its ids: spans by extent, layer, label and attributes (links as the
     * extent they point at), relations by type and the extents they join. Two sets that say the same
     * about a text describe the same.
     */
    static java.util.List<String> described(AnnotationSet set) {
        java.util.Map<String, Span> byId = new java.util.HashMap<>();
        set.spans().forEach(s -> byId.put(s.id(), s));
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (Span s : set.spans()) {
            java.util.Map<String, Object> attrs = new java.util.TreeMap<>(s.attributes());
            attrs.replaceAll((k, v) -> byId.containsKey(String.valueOf(v)) && !(v instanceof Boolean)
                    ? "->" + extent(byId.get(String.valueOf(v))) : v);
            lines.add("span " + extent(s) + " " + s.layer() + "/" + s.label() + " " + attrs);
        }
        for (Relation r : set.relations()) {
            lines.add("relation " + r.type() + " " + extent(byId.get(r.from())) + " -> " + extent(byId.get(r.to())));
        }
        java.util.Collections.sort(lines);
        return lines;
    }

    private static String extent(Span s) {
        return s.begin() + "-" + s.end();
    }
}
