package dev.mizan.io;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Project;
import dev.mizan.model.Relation;
import dev.mizan.model.Source;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import dev.mizan.model.TextHash;
import dev.mizan.spi.ImportProblem;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.ImportedDocument;
import dev.mizan.spi.ImportedRelation;
import dev.mizan.spi.ImportedSpan;
import dev.mizan.store.AnnotationChecks;
import dev.mizan.store.Finding;
import dev.mizan.store.SafeIds;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks one import against a project and builds what is to be written: documents found by their
 * text (or tokens), new documents with safe unique ids, annotation sets mapped onto the schema and
 * checked like 'mizan validate' checks them, and every problem located in the input.
 */
final class ImportPlanner {
    private final Project project;
    private final ProjectImport.Options options;
    private final Instant now;
    private final SchemaMapping mapping;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Document> newBySha = new LinkedHashMap<>();
    private final Map<String, Path> firstFileBySha = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, AnnotationSet> sets = new LinkedHashMap<>();
    private final Map<String, Path> setSources = new HashMap<>();
    private int matched;
    private int replaced;
    private boolean missingAnnotatorReported;
    private final Set<String> reportedErrors = new HashSet<>();
    private boolean setFailed;
    private final Predicate<String> idTakenOnDisk;

    ImportPlanner(Project project, ProjectImport.Options options, Instant now, Predicate<String> idTakenOnDisk) {
        this.project = project;
        this.idTakenOnDisk = idTakenOnDisk;
        this.options = options;
        this.now = now;
        this.mapping = new SchemaMapping(project.schema(), options.extendSchema());
        project.documents().forEach(d -> usedIds.add(d.id()));
    }

    ProjectImport.Plan plan(ImportResult input) {
        problems.addAll(input.problems());
        if (options.annotator() != null) {
            checkAnnotator(options.annotator(), null);
        }
        for (ImportedDocument in : input.documents()) {
            Document doc = documentFor(in);
            if (in.annotated()) {
                addSet(in, doc);
            }
        }
        return new ProjectImport.Plan(mapping.changed() ? mapping.schema() : null, List.copyOf(newBySha.values()),
                List.copyOf(sets.values()), matched, replaced, mapping.additions(), notes, problems);
    }

    private Document documentFor(ImportedDocument in) {
        String sha = TextHash.sha256(in.text());
        Optional<Document> existing = project.documentBySha256(sha);
        if (existing.isEmpty() && !in.textIsExact()) {
            existing = project.documents().stream().filter(d -> tokensMatch(d.text(), in.tokens())).findFirst();
        }
        if (existing.isPresent()) {
            matched++;
            if (!in.annotated()) {
                notes.add(in.file() + ": this text is already in the project as document '"
                        + existing.get().id() + "'; nothing changed");
            }
            return existing.get();
        }
        Document planned = newBySha.get(sha);
        if (planned == null && !in.textIsExact()) {
            planned = newBySha.values().stream().filter(d -> tokensMatch(d.text(), in.tokens())).findFirst().orElse(null);
        }
        if (planned != null) {
            matched++;
            if (!in.annotated()) {
                notes.add(in.file() + ": same text as " + firstFileBySha.get(planned.sha256()) + " (document '"
                        + planned.id() + "'); not added twice");
            }
            return planned;
        }
        if (!in.textIsExact()) {
            problems.add(ImportProblem.warning(in.file(), 0, "no document of the project has this text, so it was "
                    + "rebuilt from the file's sentences; the white space between sentences may differ from the "
                    + "original (import the original .txt first to keep it exact)"));
        }
        String id = uniqueId(in.suggestedId());
        String fileName = in.file().getFileName().toString();
        String title = in.title() != null ? in.title() : InputFiles.stem(in.file());
        Document doc = new Document(id, title, Source.ofFile(fileName), in.text(), sha);
        newBySha.put(sha, doc);
        firstFileBySha.put(sha, in.file());
        return doc;
    }

    private static boolean tokensMatch(String text, List<ImportedDocument.Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        for (ImportedDocument.Token t : tokens) {
            if (t.end() > text.length() || !text.regionMatches(t.begin(), t.text(), 0, t.text().length())
                    || t.end() - t.begin() != t.text().length()) {
                return false;
            }
        }
        return true;
    }

    private String uniqueId(String suggested) {
        String base = SafeIds.slug(suggested);
        if (!SafeIds.isSafe(base)) {
            base = "doc";
        }
        String id = base;
        for (int n = 2; usedIds.contains(id) || idTakenOnDisk.test(id); n++) {
            id = base + "-" + n;
        }
        usedIds.add(id);
        return id;
    }

    private boolean checkAnnotator(String annotator, Path file) {
        String why = SafeIds.whyUnsafe(annotator);
        if (why != null) {
            problems.add(ImportProblem.error(file, 0, "the annotator name '" + annotator + "' " + why
                    + "; annotator names become folder names, so choose a plain one"));
            return false;
        }
        if (annotator.equals(GoldSet.GOLD_ANNOTATOR)) {
            problems.add(ImportProblem.error(file, 0, "'" + GoldSet.GOLD_ANNOTATOR
                    + "' is reserved for the curated gold; choose another annotator name"));
            return false;
        }
        return true;
    }

    private void addSet(ImportedDocument in, Document doc) {
        String annotator = in.annotator() != null ? in.annotator() : options.annotator();
        if (annotator == null) {
            if (!missingAnnotatorReported) {
                problems.add(ImportProblem.error(in.annotationFile(), 0, "holds annotations but no annotator is "
                        + "given; say whose they are with --annotator NAME (or use --per-annotator-folders / --per-user-files)"));
                missingAnnotatorReported = true;
            }
            return;
        }
        if (in.annotator() != null && !checkAnnotator(annotator, in.annotationFile())) {
            return;
        }
        String key = annotator + "\u0000" + doc.id();
        if (sets.containsKey(key)) {
            problems.add(ImportProblem.error(in.annotationFile(), in.line(), "gives " + annotator
                    + "'s annotations of a text that " + setSources.get(key) + " already gives (document '"
                    + doc.id() + "'); nothing is merged: import one of them"));
            return;
        }
        Optional<AnnotationSet> old = project.annotationSet(annotator, doc.id());
        if (old.isPresent() && !options.replace()) {
            problems.add(ImportProblem.error(in.annotationFile(), in.line(), annotator + " already has annotations of "
                    + "document '" + doc.id() + "'; nothing is merged: add --replace to replace them"));
            return;
        }
        Optional<AnnotationSet> set = buildSet(in, doc, annotator, old.map(AnnotationSet::created).orElse(now));
        if (set.isEmpty()) {
            return;
        }
        if (old.isPresent()) {
            replaced++;
        }
        sets.put(key, set.get());
        setSources.put(key, in.annotationFile());
    }

    private Optional<AnnotationSet> buildSet(ImportedDocument in, Document doc, String annotator, Instant created) {
        Path file = in.annotationFile();
        setFailed = false;
        Map<String, Span> spans = new LinkedHashMap<>();
        for (ImportedSpan s : in.spans()) {
            if (s.begin() < 0 || s.end() > doc.text().length() || s.begin() >= s.end()) {
                fail(file, s.line(), "span " + s.id() + " (" + s.begin() + "-" + s.end()
                        + ") is outside the text (" + doc.text().length() + " UTF-16 units) or empty");
                continue;
            }
            SchemaMapping.Resolved<SchemaMapping.LayerLabel> where = mapping.span(s.layer(), s.label());
            if (!where.ok()) {
                fail(file, s.line(), where.error());
                continue;
            }
            spans.put(s.id(), new Span(s.id(), s.begin(), s.end(), where.value().layer(), where.value().label()));
        }
        for (ImportedSpan s : in.spans()) {
            Span span = spans.get(s.id());
            if (span == null) {
                continue;
            }
            for (var a : s.attributes().entrySet()) {
                SchemaMapping.Resolved<SchemaMapping.AttributeValue> v = mapping.attribute(span.layer(), a.getKey(), a.getValue());
                if (!v.ok()) {
                    fail(file, s.line(), "span " + s.id() + ": " + v.error());
                    continue;
                }
                SchemaMapping.AttributeValue value = v.value();
                boolean isLink = mapping.link(span.layer(), value.name()).isPresent();
                if (isLink && !spans.containsKey(String.valueOf(value.value()))) {
                    fail(file, s.line(), "span " + s.id() + ": the link '" + value.name()
                            + "' points at " + value.value() + ", which is not a span of this document");
                    continue;
                }
                span = span.withAttribute(value.name(), value.value());
            }
            spans.put(s.id(), span);
        }
        List<Relation> relations = new ArrayList<>();
        for (ImportedRelation r : in.relations()) {
            Span from = spans.get(r.from());
            Span to = spans.get(r.to());
            if (from == null || to == null) {
                if (!in.spans().stream().map(ImportedSpan::id).toList().containsAll(List.of(r.from(), r.to()))) {
                    fail(file, r.line(), "relation " + r.id() + " connects " + r.from()
                            + " and " + r.to() + ", but at least one of them is not a span of this document");
                }
                continue;
            }
            var link = mapping.link(from.layer(), r.type());
            if (link.isPresent()) {
                String name = link.get().name();
                if (from.attributes().containsKey(name)) {
                    fail(file, r.line(), "span " + from.id() + " has two '" + name
                            + "' links; a span has one");
                    continue;
                }
                if (link.get().targetLayer() != null && !link.get().targetLayer().equals(to.layer())) {
                    fail(file, r.line(), "the '" + name + "' link of " + from.id()
                            + " must point at a span of the layer '" + link.get().targetLayer() + "', but " + to.id()
                            + " is in '" + to.layer() + "'");
                    continue;
                }
                spans.put(from.id(), from.withAttribute(name, to.id()));
                continue;
            }
            SchemaMapping.Resolved<String> type = mapping.relationType(r.type());
            if (!type.ok()) {
                fail(file, r.line(), "relation " + r.id() + ": " + type.error());
                continue;
            }
            if (relations.stream().anyMatch(x -> x.id().equals(r.id()))) {
                fail(file, r.line(), "the relation id " + r.id() + " is used twice");
                continue;
            }
            relations.add(new Relation(r.id(), type.value(), from.id(), to.id()));
        }
        if (setFailed) {
            return Optional.empty();
        }
        List<Span> spanList = new ArrayList<>(spans.values());
        checkLikeValidate(in, doc, spanList, relations);
        if (setFailed) {
            return Optional.empty();
        }
        return Optional.of(new AnnotationSet(annotator, doc.id(), doc.sha256(), Status.DONE,
                spanList, relations, created, now));
    }

    /**
     * The checks of 'mizan validate' (boundaries inside a surrogate pair or between a letter and
     * its harakat, link targets of the wrong layer...), so an import never writes what validate
     * would reject. Findings are located at the input line of the span or relation.
     */
    private void checkLikeValidate(ImportedDocument in, Document doc, List<Span> spanList, List<Relation> relations) {
        Map<String, Integer> lines = new HashMap<>();
        in.spans().forEach(s -> lines.put("s:" + s.id(), s.line()));
        in.relations().forEach(r -> lines.put("r:" + r.id(), r.line()));
        for (Finding f : AnnotationChecks.check(mapping.schema(), doc.text(), spanList, relations)) {
            String[] parts = f.pointer().split("/");
            int line = 0;
            if (parts.length > 2 && parts[1].equals("spans")) {
                line = lines.getOrDefault("s:" + spanList.get(Integer.parseInt(parts[2])).id(), 0);
            } else if (parts.length > 2 && parts[1].equals("relations")) {
                line = lines.getOrDefault("r:" + relations.get(Integer.parseInt(parts[2])).id(), 0);
            }
            fail(in.annotationFile(), line, f.message() + "; fix it in the source tool and import again");
        }
    }

    /**
     * Records an error that makes the current set fail. The same message for the same file is
     * listed once: one line per unknown label is enough, not one per span repeating it.
     */
    private void fail(Path file, int line, String message) {
        setFailed = true;
        if (reportedErrors.add(file + "\u0000" + message)) {
            problems.add(ImportProblem.error(file, line, message));
        }
    }
}
