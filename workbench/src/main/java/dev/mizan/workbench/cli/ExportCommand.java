package dev.mizan.workbench.cli;

import dev.mizan.io.export.ProjectAgreementFigures;
import dev.mizan.io.export.ExportOutcome;
import dev.mizan.io.export.ExportRequest;
import dev.mizan.io.export.ExportRun;
import dev.mizan.io.export.ExportSource;
import dev.mizan.io.export.SplitSpec;
import dev.mizan.model.Project;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportWarning;
import dev.mizan.spi.Exporter;
import dev.mizan.spi.Exporters;
import dev.mizan.spi.Split;
import dev.mizan.spi.TagScheme;
import dev.mizan.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code mizan export}: writes gold, majority or one annotator's data in a format for other tools, with a dataset card. */
@Command(name = "export", description = "Export gold or annotator data for machine learning.")
final class ExportCommand implements Callable<Integer> {
    /** How many warnings are printed one by one (all are in the dataset card). */
    static final int PRINTED_WARNINGS = 20;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "conll, conllu, spacy, doccano, brat, hf, tables, webanno-tsv (or a plugin's id).")
    String format;

    @Option(names = "--source", defaultValue = "gold", paramLabel = "SOURCE",
            description = "gold (curated, default), majority (merged now, nothing saved) or annotator:NAME.")
    String source;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "The folder to write (must be empty unless --force).")
    Path out;

    @Option(names = "--layer", paramLabel = "LAYER", description = "Only this span layer (token formats default to entity).")
    String layer;

    @Option(names = "--split", paramLabel = "T/V/T", description = "Split by document into train/validation/test percentages, e.g. 80/10/10.")
    String split;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed of the split (default 42).")
    long seed;

    @Option(names = "--scheme", defaultValue = "iob2", paramLabel = "SCHEME", description = "Tags of token formats: iob2 (default) or bioes.")
    TagScheme scheme;

    @Option(names = "--split-clitics", description = "Token formats: make proclitics (و ف ب ل ك س) tokens of their own.")
    boolean splitClitics;

    @Option(names = "--documents", split = ",", paramLabel = "ID", description = "Only these documents (comma-separated ids).")
    List<String> documents;

    @Option(names = "--force", description = "Write into a folder that already holds files (files of the same name are replaced).")
    boolean force;

    @Option(names = "--plugins", paramLabel = "DIR", description = "A folder of plugin jars with more exporters, besides those in the plugins folder of the Mizan home.")
    Path plugins;

    @Override
    public Integer call() throws IOException {
        Exporters exporters = Exporters.load(PluginJars.loader(plugins, "mizan-export-plugins", spec.commandLine().getErr()));
        exporters.failures().forEach(f -> spec.commandLine().getErr().println("warning: " + f));
        Exporter exporter = exporters.byId(format).orElseThrow(() -> new UserError("there is no export format '" + format
                + "'; the formats are " + exporters.ids()));
        ProjectStore store = CurateCommand.open(dir);
        Project project = CurateCommand.loadClean(store);
        checkOut(store);
        ExportRequest request;
        try {
            request = new ExportRequest(ExportSource.parse(source), split == null ? null : SplitSpec.parse(split), seed,
                    new ExportOptions(layer, scheme, splitClitics, Map.of()), documents);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (request.source().kind() == ExportSource.Kind.ANNOTATOR && !project.annotators().contains(request.source().annotator())) {
            throw new UserError("there is no annotator '" + request.source().annotator() + "' in " + dir
                    + "; the annotators are " + project.annotators());
        }
        ExportOutcome outcome;
        try {
            outcome = ExportRun.run(project, exporter, request, out,
                    new ProjectAgreementFigures(layer == null ? List.of() : List.of(layer)));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        report(outcome, exporter, request);
        return 0;
    }

    private void report(ExportOutcome outcome, Exporter exporter, ExportRequest request) {
        PrintWriter o = spec.commandLine().getOut();
        List<String> parts = new ArrayList<>();
        for (Split s : outcome.data().splits()) {
            parts.add(s.fileStem() + " " + outcome.data().in(s).size());
        }
        o.printf("Exported %d documents (%s) from %s as %s to %s%n", outcome.data().documents().size(),
                String.join(", ", parts), request.source(), exporter.id(), out);
        outcome.report().files().forEach(f -> o.println("  " + f.path() + "  (" + f.offsetUnit() + ")"));
        o.println("  README.md  (dataset card)");
        if (!outcome.leftOut().isEmpty()) {
            o.println("Left out (no annotations in " + request.source() + "): " + String.join(", ", outcome.leftOut()));
        }
        List<ExportWarning> warnings = outcome.warnings();
        PrintWriter err = spec.commandLine().getErr();
        warnings.stream().limit(PRINTED_WARNINGS).forEach(w -> err.println("warning: " + w));
        if (warnings.size() > PRINTED_WARNINGS) {
            err.println("warning: ... and " + (warnings.size() - PRINTED_WARNINGS) + " more");
        }
        if (!warnings.isEmpty()) {
            o.println(warnings.size() + " annotation(s) could not be written as they are; all are listed in "
                    + out.resolve("README.md"));
        }
    }

    /** Refuses to write where data could be lost: a folder with files (without --force) or inside the project. */
    private void checkOut(ProjectStore store) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path root = store.root().toAbsolutePath().normalize();
        if (target.equals(root) || Stream.of("documents", "annotations", "curation").anyMatch(d -> target.startsWith(root.resolve(d)))) {
            throw new UserError(out + " is inside the project's own folders; export to a folder of its own");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UserError(out + " exists and is not a folder; choose a folder for --out");
        }
        if (Files.isDirectory(target) && !force) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    throw new UserError(out + " is not empty; choose an empty folder, or add --force to write into it");
                }
            }
        }
    }
}
