package dev.mizan.workbench.cli;

import dev.mizan.io.ImportSources;
import dev.mizan.io.ImportSummary;
import dev.mizan.io.ProjectImport;
import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportProblem;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.Importers;
import dev.mizan.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code mizan import DIR FILES...}: reads texts and annotations, checks everything against the
 * project, and writes only when nothing is wrong. Prints a summary and every problem.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import texts and annotations (txt, jsonl, brat, webanno-tsv).",
        "A document is its text: a text the project already has is matched, never added twice.",
        "Nothing is written unless every file is fine."})
final class ImportCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path projectDir;

    @Parameters(index = "1..*", paramLabel = "FILES", description = "Files or folders to import.")
    List<Path> files = List.of();

    @Option(names = "--annotator", paramLabel = "NAME", description = "Whose annotations these are.")
    String annotator;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "txt, jsonl, brat or webanno-tsv (default: from the file extensions).")
    String format;

    @Option(names = "--replace", description = "Replace an annotator's existing annotations of a document.")
    boolean replace;

    @Option(names = "--extend-schema", description = "Add unknown layers, labels, attributes and relation types to the schema.")
    boolean extendSchema;

    @Option(names = "--per-annotator-folders", paramLabel = "ROOT",
            description = "Import ROOT/<annotator>/** as each folder's annotator (brat agreement layout).")
    Path perAnnotatorRoot;

    @Option(names = "--per-user-files", description = "Each file holds one user's annotations and is named <user>.jsonl (or <user>.tsv).")
    boolean perUserFiles;

    @Option(names = "--plugins", paramLabel = "DIR", description = "A folder of plugin jars with more importers, besides those in the plugins folder of the Mizan home.")
    Path plugins;

    @Override
    public Integer call() throws IOException {
        if (files.isEmpty() && perAnnotatorRoot == null) {
            throw new UserError("name the files to import (or --per-annotator-folders ROOT)");
        }
        if (perUserFiles && annotator != null) {
            throw new UserError("--per-user-files takes each annotator from a file name, so --annotator cannot be given too");
        }
        if (perAnnotatorRoot != null && annotator != null) {
            throw new UserError("--per-annotator-folders takes each annotator from a folder name, so --annotator cannot be given too");
        }
        if (!Files.isDirectory(projectDir)) {
            throw new UserError(projectDir + " does not exist; create the project first with 'mizan new " + projectDir + "'");
        }
        ProjectStore store = ProjectStore.open(projectDir);
        PrintWriter err = spec.commandLine().getErr();
        Importers importers = Importers.load(PluginJars.loader(plugins, "mizan-import-plugins", err));
        importers.failures().forEach(f -> err.println("warning: " + f));
        if (format != null && importers.byId(format).isEmpty()) {
            throw new UserError("unknown format '" + format + "'; choose one of " + importers.ids());
        }
        ImportOptions options = new ImportOptions(annotator, perUserFiles);
        ImportSources sources = new ImportSources(importers);
        ImportResult input;
        try {
            input = files.isEmpty() ? ImportResult.empty() : sources.read(files, format, options);
            if (perAnnotatorRoot != null) {
                input = input.plus(sources.readPerAnnotatorFolders(perAnnotatorRoot, format, options));
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        ImportSummary summary = new ProjectImport().run(store, input, new ProjectImport.Options(annotator, replace, extendSchema));
        return report(summary);
    }

    private int report(ImportSummary summary) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (ImportProblem p : summary.problems()) {
            err.println(p);
        }
        err.flush();
        if (!summary.written()) {
            throw new UserError("nothing was imported: " + summary.errors() + " error(s) in the input (listed above); "
                    + "fix them and run the import again");
        }
        summary.notes().forEach(out::println);
        if (summary.changedNothing() && summary.problems().isEmpty() && !summary.notes().isEmpty()) {
            out.flush();
            return 0;
        }
        summary.schemaAdditions().forEach(a -> out.println("schema: added " + a));
        out.println("Imported into " + projectDir + ": " + summary.countsLine()
                + (summary.warnings() > 0 ? ", " + summary.warnings() + " warning(s)" : "") + ".");
        out.flush();
        return 0;
    }
}
