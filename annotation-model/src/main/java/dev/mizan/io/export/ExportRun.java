package dev.mizan.io.export;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ExportWarning;
import dev.mizan.spi.Exporter;
import dev.mizan.spi.Split;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One export: chooses the annotations, checks them, splits by document, runs the exporter into the
 * folder and writes the dataset card ({@code README.md}) next to its files.
 */
public final class ExportRun {
    private ExportRun() {
    }

    /**
     * Runs an export into {@code outDir} (created if needed; the caller decides whether an existing
     * folder may be written into).
     *
     * @throws IllegalArgumentException with a message for the user when there is nothing to export
     *                                  or the request names something that does not exist
     */
    public static ExportOutcome run(Project project, Exporter exporter, ExportRequest request, Path outDir,
                                    AgreementFigures agreement) throws IOException {
        Map<String, AnnotationSet> selected = request.source().select(project);
        List<String> leftOut = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        Set<String> wanted = request.documentIds() == null ? null : new HashSet<>(request.documentIds());
        if (wanted != null) {
            for (String id : wanted) {
                if (project.document(id).isEmpty()) {
                    throw new IllegalArgumentException("there is no document '" + id + "' in " + project.name());
                }
            }
        }
        for (Document d : project.documents()) {
            if (wanted != null && !wanted.contains(d.id())) {
                continue;
            }
            if (selected.containsKey(d.id())) {
                documents.add(d);
            } else {
                leftOut.add(d.id());
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no document has annotations in the source '" + request.source() + "'"
                    + (request.source().kind() == ExportSource.Kind.GOLD ? "; curate first ('mizan curate DIR --auto') or export --source majority" : ""));
        }
        request.options().chosenLayer().ifPresent(layer -> {
            if (project.schema().layer(layer).isEmpty()) {
                throw new IllegalArgumentException("the schema has no layer '" + layer + "'; its layers are "
                        + project.schema().layers().stream().map(l -> l.name()).toList());
            }
        });
        Map<String, Split> splits = request.split() == null ? null
                : request.split().assign(documents.stream().map(Document::id).toList(), request.seed());
        List<ExportWarning> checks = new ArrayList<>();
        List<ExportDocument> exported = new ArrayList<>();
        for (Document d : documents) {
            AnnotationSet set = checked(d, selected.get(d.id()), checks);
            exported.add(new ExportDocument(d, set, splits == null ? Split.ALL : splits.get(d.id())));
        }
        ExportData data = new ExportData(project.name(), project.schema(), request.source().toString(), exported);
        Files.createDirectories(outDir);
        ExportReport report = exporter.export(data, request.options(), outDir);
        Path card = outDir.resolve("README.md");
        DatasetCard.write(card, new DatasetCard.Facts(project, exporter, request, data, report, checks, leftOut,
                agreement.describe(project, request.source()), Instant.now()));
        return new ExportOutcome(data, report, checks, leftOut, card);
    }

    /** The set without spans whose offsets a consumer could not use: outside the text or inside a character. */
    static AnnotationSet checked(Document d, AnnotationSet set, List<ExportWarning> warnings) {
        String text = d.text();
        List<Span> kept = new ArrayList<>();
        for (Span s : set.spans()) {
            String problem = null;
            if (s.begin() < 0 || s.end() > text.length() || s.begin() >= s.end()) {
                problem = "is not a non-empty range inside the text (length " + text.length() + ")";
            } else if (splitsPair(text, s.begin()) || splitsPair(text, s.end())) {
                problem = "cuts a character outside the BMP in two";
            }
            if (problem == null) {
                kept.add(s);
            } else {
                warnings.add(new ExportWarning(d.id(), s.begin(), s.end(), s.layer() + "/" + s.label() + " " + s.id()
                        + " " + problem + "; left out (run 'mizan validate')"));
            }
        }
        if (kept.size() == set.spans().size()) {
            return set;
        }
        Set<String> ids = new HashSet<>(kept.stream().map(Span::id).toList());
        return new AnnotationSet(set.annotator(), set.documentId(), set.textSha256(), set.status(), kept,
                set.relations().stream().filter(r -> ids.contains(r.from()) && ids.contains(r.to())).toList(),
                set.created(), set.modified());
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
