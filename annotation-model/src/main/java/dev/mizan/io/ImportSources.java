package dev.mizan.io;

import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportProblem;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.Importer;
import dev.mizan.spi.Importers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns what the user named (files, folders, a root of per-annotator folders) into calls of the
 * right importers, inferring the format from file extensions when none is given.
 */
public final class ImportSources {
    private final Importers importers;

    public ImportSources(Importers importers) {
        this.importers = importers;
    }

    /**
     * Reads {@code paths} (files, or folders searched recursively) with the importer {@code format},
     * or with the importer each file's extension calls for when {@code format} is null.
     */
    public ImportResult read(List<Path> paths, String format, ImportOptions options) {
        List<ImportProblem> problems = new ArrayList<>();
        Importer forced = null;
        if (format != null) {
            forced = importers.byId(format).orElse(null);
            if (forced == null) {
                throw new IllegalArgumentException("unknown format '" + format + "'; known formats: " + importers.ids());
            }
        }
        Set<Path> walked = new LinkedHashSet<>();
        List<Path> files = expand(paths, forced, problems, walked);
        Map<Importer, List<Path>> groups = forced != null ? Map.of(forced, files) : group(files, walked, problems);
        ImportResult result = new ImportResult(List.of(), problems);
        for (var e : groups.entrySet()) {
            result = result.plus(e.getKey().read(e.getValue(), options));
        }
        return result;
    }

    /**
     * Reads {@code root/<annotator>/**}: every sub-folder of {@code root} is one annotator's work,
     * imported as that annotator.
     */
    public ImportResult readPerAnnotatorFolders(Path root, String format, ImportOptions options) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a folder; --per-annotator-folders needs ROOT/<annotator>/ folders");
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (folders.isEmpty()) {
            throw new IllegalArgumentException(root + " has no sub-folders; --per-annotator-folders expects one folder per annotator");
        }
        ImportResult result = ImportResult.empty();
        for (Path folder : folders) {
            result = result.plus(read(List.of(folder), format, options.withAnnotator(folder.getFileName().toString())));
        }
        return result;
    }

    /** The files named or found in the named folders; those found in folders are added to {@code walked}. */
    private List<Path> expand(List<Path> paths, Importer forced, List<ImportProblem> problems, Set<Path> walked) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !hidden(p, f)).sorted()
                            .filter(f -> forced == null || forced.fileExtensions().contains(InputFiles.extension(f)))
                            .forEach(f -> {
                                files.add(f);
                                walked.add(f);
                            });
                } catch (IOException e) {
                    problems.add(ImportProblem.error(p, 0, "cannot be read: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                problems.add(ImportProblem.error(p, 0, "does not exist"));
            }
        }
        return List.copyOf(files);
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Map<Importer, List<Path>> group(List<Path> files, Set<Path> walked, List<ImportProblem> problems) {
        List<String> skipped = new ArrayList<>();
        Set<Path> anns = new LinkedHashSet<>();
        files.stream().filter(f -> InputFiles.extension(f).equals("ann")).forEach(anns::add);
        Map<Importer, List<Path>> groups = new LinkedHashMap<>();
        for (Path f : files) {
            String ext = InputFiles.extension(f);
            String id = switch (ext) {
                case "ann" -> "brat";
                case "txt" -> anns.contains(InputFiles.sibling(f, "ann")) ? "brat" : "txt";
                case "jsonl", "json" -> "jsonl";
                case "tsv" -> "webanno-tsv";
                case "conf" -> null; // brat's configuration files sit beside the data
                default -> "";
            };
            if (id == null) {
                continue;
            }
            Importer importer = id.isEmpty() ? null : importers.byId(id).orElse(null);
            if (importer == null) {
                importer = importers.forExtension(ext).stream().findFirst().orElse(null);
            }
            if (importer == null && walked.contains(f)) {
                // A file found in a folder (an export's README, a picture) is not the user's request.
                skipped.add(f.getFileName().toString());
                continue;
            }
            if (importer == null) {
                problems.add(ImportProblem.error(f, 0, "cannot tell its format from the extension '." + ext
                        + "'; name the format with --format (" + importers.ids() + ")"));
                continue;
            }
            groups.computeIfAbsent(importer, k -> new ArrayList<>()).add(f);
        }
        if (!skipped.isEmpty()) {
            problems.add(ImportProblem.warning(null, 0, "skipped " + skipped.size() + " file(s) of no known format found in the folders: "
                    + String.join(", ", skipped.subList(0, Math.min(5, skipped.size()))) + (skipped.size() > 5 ? ", ..." : "")));
        }
        return groups;
    }
}
