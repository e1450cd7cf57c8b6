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
        StringBuilder ann = new StringBuilder();
        int attributes = 0;
        int relations = 0;
        for (Span s : set.spans()) {
            int b = doc.text().codePointCount(0, s.begin());
            int e = b + doc.text().codePointCount(s.begin(), s.end());
            ann.append(s.id()).append('\t').append(s.label()).append(' ').append(b).append(' ').append(e)
                    .append('\t').append(doc.text(), s.begin(), s.end()).append('\n');
        }
        for (Span s : set.spans()) {
            Layer layer = schema.layer(s.layer()).orElseThrow();
            for (var a : s.attributes().entrySet()) {
                boolean link = layer.attribute(a.getKey()).orElseThrow().type() == dev.mizan.model.AttributeType.LINK;
                if (link) {
                    ann.append('R').append(1000 + ++relations).append('\t').append(a.getKey()).append(" Arg1:")
                            .append(s.id()).append(" Arg2:").append(a.getValue()).append('\n');
                } else if (Boolean.TRUE.equals(a.getValue())) {
                    ann.append('A').append(++attributes).append('\t').append(a.getKey()).append(' ').append(s.id()).append('\n');
                } else {
                    ann.append('A').append(++attributes).append('\t').append(a.getKey()).append(' ').append(s.id())
                            .append(' ').append(a.getValue()).append('\n');
                }
            }
        }
        for (Relation r : set.relations()) {
            ann.append(r.id()).append('\t').append(r.type()).append(" Arg1:").append(r.from()).append(" Arg2:")
                    .append(r.to()).append('\n');
        }
        ann.append("#1\tAnnotatorNotes T1\tchecked against the guidelines\n");
        Files.writeString(folder.resolve(doc.id() + ".ann"), ann.toString());
    }
}
