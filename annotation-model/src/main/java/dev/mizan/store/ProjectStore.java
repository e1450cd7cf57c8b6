package dev.mizan.store;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Project;
import dev.mizan.model.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project folder on disk. The only class that writes project files; every write is atomic.
 * <pre>
 * project.json                      name, schema, settings, format
 * documents/&lt;id&gt;.txt                the exact UTF-8 text, never rewritten
 * documents/&lt;id&gt;.json               title, source, sha256
 * annotations/&lt;annotator&gt;/&lt;id&gt;.json one annotator's set for one document
 * curation/&lt;id&gt;.json                the gold for one document
 * </pre>
 */
public final class ProjectStore {
    public static final String PROJECT_FILE = "project.json";

    private final Path root;
    private final JsonFiles files = new JsonFiles(Migrations.builtIn());

    private ProjectStore(Path root) {
        this.root = root;
    }

    /** A store over an existing project folder. */
    public static ProjectStore open(Path root) {
        if (!Files.isRegularFile(root.resolve(PROJECT_FILE))) {
            throw new StoreException(root + " is not a Mizan project (no " + PROJECT_FILE
                    + "); create one with 'mizan new " + root + "'");
        }
        return new ProjectStore(root);
    }

    /** Creates a new, empty project folder; refuses a folder that already holds files. */
    public static ProjectStore create(Path root, String name, Schema schema) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.list(root)) {
                if (s.findAny().isPresent()) {
                    throw new StoreException(root + " is not empty; choose a new folder for the project");
                }
            }
        } else if (Files.exists(root)) {
            throw new StoreException(root + " exists and is not a folder");
        }
        Files.createDirectories(root.resolve("documents"));
        Files.createDirectories(root.resolve("annotations"));
        Files.createDirectories(root.resolve("curation"));
        ProjectStore store = new ProjectStore(root);
        store.saveProjectFile(name, schema, Map.of());
        return store;
    }

    public Path root() {
        return root;
    }

    public Path projectFile() {
        return root.resolve(PROJECT_FILE);
    }

    public Path documentText(String id) {
        return root.resolve("documents").resolve(id + ".txt");
    }

    public Path documentMeta(String id) {
        return root.resolve("documents").resolve(id + ".json");
    }

    public Path annotationFile(String annotator, String documentId) {
        return root.resolve("annotations").resolve(annotator).resolve(documentId + ".json");
    }

    public Path curationFile(String documentId) {
        return root.resolve("curation").resolve(documentId + ".json");
    }

    /** A path as users should see it: relative to the project folder. */
    public Path shown(Path file) {
        return root.relativize(file);
    }

    /** Loads everything that can be loaded; problems name the files that could not. */
    public LoadResult load() {
        List<Problem> problems = new ArrayList<>();
        ProjectFile meta = files.read(projectFile(), shown(projectFile()), FileKind.PROJECT, ProjectFile.class, problems)
                .orElse(null);
        if (meta == null) {
            throw new StoreException("cannot open project " + root + ": " + problems.get(0), problems, null);
        }
        if (meta.schema() == null || meta.name() == null) {
            Problem p = Problem.of(shown(projectFile()), "needs a \"name\" and a \"schema\"");
            throw new StoreException("cannot open project " + root + ": " + p, List.of(p), null);
        }
        List<Document> documents = collect(jsonFilesUnder(root.resolve("documents"), 1), this::loadDocument, problems);
        List<AnnotationSet> sets = collect(jsonFilesUnder(root.resolve("annotations"), 2),
                (file, found) -> files.read(file, shown(file), FileKind.ANNOTATIONS, AnnotationSet.class, found), problems);
        List<GoldSet> gold = collect(jsonFilesUnder(root.resolve("curation"), 1),
                (file, found) -> files.read(file, shown(file), FileKind.CURATION, GoldSet.class, found), problems);
        Project project = new Project(meta.name(), meta.schema(), meta.settings(), documents, sets, gold);
        return new LoadResult(project, problems);
    }

    /** Reads one file into a value or problems; must be safe to call from several threads. */
    private interface FileReader<T> {
        Optional<T> read(Path file, List<Problem> problems);
    }

    private record Read<T>(Optional<T> value, List<Problem> problems) {
    }

    /**
     * Reads {@code paths} in parallel (parsing thousands of small files is CPU-bound) and collects
     * values and problems in path order, so the result is the same as a sequential read.
     */
    private static <T> List<T> collect(List<Path> paths, FileReader<T> reader, List<Problem> problems) {
        List<Read<T>> reads = paths.parallelStream().map(path -> {
            List<Problem> found = new ArrayList<>(0);
            return new Read<>(reader.read(path, found), found);
        }).toList();
        List<T> values = new ArrayList<>(reads.size());
        for (Read<T> read : reads) {
            problems.addAll(read.problems());
            read.value().ifPresent(values::add);
        }
        return values;
    }

    private Optional<Document> loadDocument(Path metaFile, List<Problem> problems) {
        Optional<DocumentFile> meta = files.read(metaFile, shown(metaFile), FileKind.DOCUMENT, DocumentFile.class, problems);
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        DocumentFile m = meta.get();
        String stem = metaFile.getFileName().toString().replaceFirst("\\.json$", "");
        if (m.id() == null || !m.id().equals(stem)) {
            problems.add(Problem.of(shown(metaFile), "its \"id\" (" + m.id() + ") must equal the file name (" + stem + ")"));
            return Optional.empty();
        }
        Path textFile = metaFile.resolveSibling(m.id() + ".txt"); // the id may be unsafe: validate reports it
        try {
            String text = Utf8.decode(Files.readAllBytes(textFile));
            return Optional.of(new Document(m.id(), m.title(), m.source(), text, m.sha256()));
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(Problem.of(shown(textFile), "is missing: the document's text cannot be found"));
        } catch (Utf8.InvalidUtf8Exception e) {
            problems.add(Problem.of(shown(textFile), e.getMessage()));
        } catch (IOException e) {
            problems.add(Problem.of(shown(textFile), "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static List<Path> jsonFilesUnder(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)
                            && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void saveProjectFile(String name, Schema schema, Map<String, String> settings) throws IOException {
        files.write(projectFile(), new ProjectFile(name, schema, settings));
    }

    /**
     * Writes a new document. The text file is written once; saving a document whose text differs
     * from what is on disk is refused, because a document's text never changes.
     */
    public void saveDocument(Document document) throws IOException {
        requireSafe(document.id(), "document");
        Path textFile = documentText(document.id());
        byte[] bytes = document.text().getBytes(StandardCharsets.UTF_8);
        if (Files.exists(textFile)) {
            if (!java.util.Arrays.equals(Files.readAllBytes(textFile), bytes)) {
                throw new StoreException(shown(textFile) + " already holds a different text; a document's text never changes");
            }
        } else {
            AtomicFiles.write(textFile, bytes);
        }
        files.write(documentMeta(document.id()), DocumentFile.of(document));
    }

    public void saveAnnotationSet(AnnotationSet set) throws IOException {
        requireSafe(set.annotator(), "annotator");
        requireSafe(set.documentId(), "document");
        files.write(annotationFile(set.annotator(), set.documentId()), set);
    }

    /**
     * Reads one annotator's set of one document fresh from disk (an editor opening a document must
     * not trust an older in-memory project). Empty when the file does not exist; a broken file
     * throws a {@link StoreException} naming it.
     */
    public Optional<AnnotationSet> loadAnnotationSet(String annotator, String documentId) {
        Path file = annotationFile(annotator, documentId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        Optional<AnnotationSet> set = files.read(file, shown(file), FileKind.ANNOTATIONS, AnnotationSet.class, problems);
        if (set.isEmpty()) {
            throw new StoreException("cannot open " + problems.get(0), problems, null);
        }
        return set;
    }

    public void saveGold(GoldSet gold) throws IOException {
        requireSafe(gold.documentId(), "document");
        files.write(curationFile(gold.documentId()), gold);
    }

    /** Removes one annotator's set of one document (used when an import replaces it). */
    public void deleteAnnotationSet(String annotator, String documentId) throws IOException {
        requireSafe(annotator, "annotator");
        requireSafe(documentId, "document");
        Files.deleteIfExists(annotationFile(annotator, documentId));
    }

    /** Ids become file names: an unsafe one could write outside the project, so it is refused. */
    private static void requireSafe(String id, String what) {
        String why = SafeIds.whyUnsafe(id);
        if (why != null) {
            throw new StoreException("unsafe " + what + " id \"" + id + "\": it " + why);
        }
    }
}
