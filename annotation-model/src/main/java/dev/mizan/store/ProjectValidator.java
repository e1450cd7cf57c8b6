package dev.mizan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Relation;
import dev.mizan.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a whole project folder and lists every problem as {@code path:line:col: message}: files
 * that cannot be read (from the load), the schema, documents (safe ids, texts edited outside Mizan,
 * texts without metadata), and each annotation and gold file (ids matching their path, a known
 * document, the same text hash, and {@link AnnotationChecks} on spans and relations).
 */
public final class ProjectValidator {
    private static final Comparator<Problem> ORDER = Comparator.comparing((Problem p) -> String.valueOf(p.file()))
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::message);

    private final ProjectStore store;
    private final List<Problem> problems = new ArrayList<>();
    /** Files the load could not read: already reported, not checked further. */
    private final Set<Path> unreadable = new HashSet<>();

    private ProjectValidator(ProjectStore store) {
        this.store = store;
    }

    /** Validates the project in {@code root}; throws {@link StoreException} when it is not a project. */
    public static List<Problem> validate(Path root) {
        return validate(ProjectStore.open(root));
    }

    /** Validates the project of {@code store}: the problems sorted by file, line and column; empty when clean. */
    public static List<Problem> validate(ProjectStore store) {
        return new ProjectValidator(store).run();
    }

    private List<Problem> run() {
        LoadResult loaded;
        try {
            loaded = store.load();
        } catch (StoreException e) {
            return e.problems().isEmpty() ? List.of(Problem.of(store.shown(store.projectFile()), e.getMessage()))
                    : e.problems();
        }
        problems.addAll(loaded.problems());
        loaded.problems().forEach(p -> unreadable.add(p.file()));
        Project project = loaded.project();
        Path projectFile = store.projectFile();
        JsonLocations locations = JsonLocations.of(bytes(projectFile));
        report(projectFile, locations, AnnotationChecks.checkSchema(project.schema()));
        checkDocuments(project);
        checkAnnotationFiles(project);
        checkCurationFiles(project);
        List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }

    private void checkDocuments(Project project) {
        Set<String> withMeta = new HashSet<>();
        for (Path meta : files(store.root().resolve("documents"), ".json")) {
            String id = stem(meta);
            withMeta.add(id);
            String why = SafeIds.whyUnsafe(id);
            if (why != null) {
                problems.add(Problem.of(store.shown(meta), "unsafe document id \"" + id + "\": it " + why
                        + "; rename the document's files"));
            }
            checkHashIsRecorded(meta);
        }
        for (Path text : files(store.root().resolve("documents"), ".txt")) {
            if (!withMeta.contains(stem(text))) {
                problems.add(Problem.of(store.shown(text), "has no metadata file documents/" + stem(text)
                        + ".json; import the text with 'mizan import' instead of copying it"));
            }
        }
        for (Document document : project.documents()) {
            if (!document.hashMatches()) {
                problems.add(Problem.of(store.shown(store.documentText(document.id())),
                        "the text was edited outside Mizan: its SHA-256 no longer matches documents/" + document.id()
                                + ".json, so annotation offsets may be wrong; restore the original text"));
            }
        }
    }

    /** Without a stored SHA-256 the load hashes the text as it is now, so an edit could not be noticed. */
    private void checkHashIsRecorded(Path meta) {
        if (unreadable.contains(store.shown(meta))) {
            return;
        }
        byte[] bytes = bytes(meta);
        try {
            JsonNode tree = Json.mapper().readTree(bytes);
            if (tree != null && tree.isObject() && !tree.path("sha256").isTextual()) {
                problems.add(JsonLocations.of(bytes).problem(store.shown(meta), "/sha256", "has no \"sha256\" of its"
                        + " text, so a change to the text cannot be detected; re-import the document"));
            }
        } catch (IOException e) {
            // the load has reported it
        }
    }

    private void checkAnnotationFiles(Project project) {
        Path annotations = store.root().resolve("annotations");
        for (Path stray : files(annotations, ".json")) {
            problems.add(Problem.of(store.shown(stray), "annotation files belong in annotations/<annotator>/; move it"
                    + " into its annotator's folder"));
        }
        for (Path folder : folders(annotations)) {
            String annotator = folder.getFileName().toString();
            String why = SafeIds.whyUnsafe(annotator);
            if (why != null) {
                problems.add(Problem.of(store.shown(folder), "unsafe annotator id \"" + annotator + "\": it " + why
                        + "; rename the folder"));
            }
            for (Path file : files(folder, ".json")) {
                checkSetFile(project, file, FileKind.ANNOTATIONS, annotator);
            }
        }
    }

    private void checkCurationFiles(Project project) {
        for (Path file : files(store.root().resolve("curation"), ".json")) {
            checkSetFile(project, file, FileKind.CURATION, null);
        }
    }

    /** Checks one annotation ({@code annotator} = its folder) or curation ({@code annotator} null) file. */
    private void checkSetFile(Project project, Path file, FileKind kind, String annotator) {
        if (unreadable.contains(store.shown(file))) {
            return;
        }
        byte[] bytes = bytes(file);
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            return; // the load has reported it
        }
        if (tree == null || !tree.isObject()) {
            return;
        }
        int version = tree.path("format").asInt(0);
        if (version > Project.FORMAT) {
            return;
        }
        if (version < Project.FORMAT) {
            try {
                Migrations.builtIn().upgrade(kind, (ObjectNode) tree, version);
            } catch (StoreException e) {
                return;
            }
        }
        JsonLocations locations = JsonLocations.of(bytes);
        List<Finding> findings = new ArrayList<>();
        String documentId = stem(file);
        String why = SafeIds.whyUnsafe(documentId);
        if (why != null) {
            findings.add(new Finding("", "unsafe document id \"" + documentId + "\" in the file name: it " + why));
        }
        if (!tree.path("documentId").asText("").equals(documentId)) {
            findings.add(new Finding("/documentId", "its \"documentId\" (" + tree.path("documentId").asText(null)
                    + ") must equal the file name (" + documentId + ")"));
        }
        if (annotator != null && !tree.path("annotator").asText("").equals(annotator)) {
            findings.add(new Finding("/annotator", "its \"annotator\" (" + tree.path("annotator").asText(null)
                    + ") must equal its folder name (" + annotator + ")"));
        }
        Optional<Document> document = project.document(documentId);
        if (document.isEmpty()) {
            findings.add(new Finding("/documentId", (kind == FileKind.CURATION ? "gold" : "annotation")
                    + " file for unknown document \"" + documentId + "\" (no documents/" + documentId + ".json)"));
        } else {
            String sha = tree.path("textSha256").asText(null);
            if (sha == null) {
                findings.add(new Finding("/textSha256", "has no \"textSha256\": it cannot show which text its offsets refer to"));
            } else if (!sha.equals(document.get().sha256())) {
                findings.add(new Finding("/textSha256", "its \"textSha256\" differs from the document's: it was made on"
                        + " another text, so its offsets may be wrong"));
            }
        }
        List<Span> spans = elements(tree.path("spans"), Span.class);
        List<Relation> relations = elements(tree.path("relations"), Relation.class);
        String text = document.map(Document::text).orElse(null);
        findings.addAll(AnnotationChecks.check(project.schema(), text, spans, relations));
        if (kind == FileKind.CURATION) {
            checkProvenance(tree, spans, relations, findings);
        }
        report(file, locations, findings);
    }

    private static void checkProvenance(JsonNode tree, List<Span> spans, List<Relation> relations,
                                        List<Finding> findings) {
        Set<String> ids = new HashSet<>();
        spans.stream().filter(s -> s != null).forEach(s -> ids.add(s.id()));
        relations.stream().filter(r -> r != null).forEach(r -> ids.add(r.id()));
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) () -> tree.path("provenance").fields()) {
            if (!ids.contains(entry.getKey())) {
                findings.add(new Finding("/provenance/" + JsonLocations.escape(entry.getKey()),
                        "provenance for \"" + entry.getKey() + "\", which is neither a span nor a relation of this file"));
            }
        }
    }

    /** The elements of a JSON array as {@code type}, in file order; null for one that cannot be read. */
    private static <T> List<T> elements(JsonNode array, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (JsonNode element : array) {
            try {
                result.add(Json.mapper().treeToValue(element, type));
            } catch (IOException | RuntimeException e) {
                result.add(null); // the load reported the file
            }
        }
        return result;
    }

    private void report(Path file, JsonLocations locations, List<Finding> findings) {
        for (Finding finding : findings) {
            problems.add(locations.problem(store.shown(file), finding.pointer(), finding.message()));
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static List<Path> files(Path dir, String extension) {
        return list(dir).filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(extension)
                && !p.getFileName().toString().startsWith(".")).toList();
    }

    private static List<Path> folders(Path dir) {
        return list(dir).filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")).toList();
    }

    private static Stream<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
