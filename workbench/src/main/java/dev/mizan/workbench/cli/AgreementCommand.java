package dev.mizan.workbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mizan.agreement.AgreementOptions;
import dev.mizan.agreement.AgreementReport;
import dev.mizan.agreement.AgreementValue;
import dev.mizan.agreement.CodingStudy;
import dev.mizan.agreement.Level;
import dev.mizan.agreement.MeasureOptions;
import dev.mizan.agreement.Measures;
import dev.mizan.agreement.ProjectAgreement;
import dev.mizan.agreement.ReliabilityMatrix;
import dev.mizan.agreement.ReportCsv;
import dev.mizan.agreement.ReportHtml;
import dev.mizan.agreement.ReportJson;
import dev.mizan.agreement.ReportText;
import dev.mizan.model.Project;
import dev.mizan.spi.AgreementMeasure;
import dev.mizan.store.AtomicFiles;
import dev.mizan.store.LoadResult;
import dev.mizan.store.ProjectStore;
import dev.mizan.store.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code mizan agreement}: the agreement report of a project folder, or one coefficient of a reliability
 * matrix given as CSV ({@code --matrix}).
 */
@Command(name = "agreement", description = {"Inter-annotator agreement of a project or a reliability matrix.",
        "  mizan agreement DIR [--layer L] [--annotators a,b] [--format text|json|csv|html] [--out FILE]",
        "  mizan agreement --matrix FILE.csv --measure ID [--level L] [--weights W] [--json]"})
final class AgreementCommand implements Callable<Integer> {
    /** The format of a project report. */
    enum Format { TEXT, JSON, CSV, HTML }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--matrix", paramLabel = "FILE.csv",
            description = "A reliability matrix: header of coder names, one row per unit, empty cell = missing.")
    Path matrix;

    @Option(names = "--measure", paramLabel = "ID",
            description = "With --matrix: percent, cohen-kappa, scott-pi, fleiss-kappa, krippendorff-alpha, gwet-ac1 or weighted-kappa.")
    String measure;

    @Option(names = "--level", defaultValue = "nominal", paramLabel = "LEVEL",
            description = "Krippendorff's α: nominal, ordinal, interval or ratio (default: ${DEFAULT-VALUE}).")
    Level level;

    @Option(names = "--weights", defaultValue = "linear", paramLabel = "W",
            description = "Weighted κ: linear or quadratic (default: ${DEFAULT-VALUE}).")
    dev.mizan.agreement.Weights weights;

    @Option(names = "--layer", split = ",", paramLabel = "L", description = "Only these layers (default: all).")
    List<String> layers = List.of();

    @Option(names = "--annotators", split = ",", paramLabel = "A", description = "Only these annotators (default: all).")
    List<String> annotators = List.of();

    @Option(names = "--documents", split = ",", paramLabel = "ID", description = "Only these documents (default: all).")
    List<String> documents = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, csv or html (default: text).")
    Format format;

    @Option(names = "--json", description = "Short for --format json.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of the terminal.")
    Path out;

    @Option(names = "--resamples", defaultValue = "1000", paramLabel = "N",
            description = "Bootstrap resamples of documents for the 95%% intervals (default: ${DEFAULT-VALUE}; 0 = none).")
    int resamples;

    @Option(names = "--seed", defaultValue = "20261130", paramLabel = "N", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (json && format != null && format != Format.JSON) {
            throw new UserError("--json and --format " + format.name().toLowerCase(Locale.ROOT) + " contradict each other; give one");
        }
        Format chosen = json ? Format.JSON : format == null ? Format.TEXT : format;
        if (matrix != null) {
            if (dir != null) {
                throw new UserError("give either a project folder or --matrix FILE.csv, not both");
            }
            return matrix(chosen);
        }
        if (dir == null) {
            throw new UserError("give a project folder (mizan agreement DIR) or a reliability matrix (--matrix FILE.csv --measure ID)");
        }
        return project(chosen);
    }

    private int matrix(Format chosen) throws IOException {
        if (measure == null) {
            throw new UserError("--matrix needs --measure: one of " + String.join(", ", measureIds()));
        }
        AgreementMeasure m = Measures.load().byId(measure).orElseThrow(() ->
                new UserError("unknown measure '" + measure + "'; use one of " + String.join(", ", measureIds())));
        if (!Files.isRegularFile(matrix)) {
            throw new UserError(matrix + " does not exist or is not a file");
        }
        String text;
        try {
            text = new String(Files.readAllBytes(matrix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(matrix + " cannot be read: " + e.getMessage());
        }
        CodingStudy study;
        try {
            study = ReliabilityMatrix.parse(text, matrix.toString());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        AgreementValue value = m.compute(study, new MeasureOptions(level, weights));
        PrintWriter o = spec.commandLine().getOut();
        boolean alpha = m.id().equals("krippendorff-alpha");
        if (chosen == Format.JSON) {
            StringWriter w = new StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
                g.writeStartObject();
                g.writeStringField("measure", m.id());
                g.writeStringField("level", alpha ? level.id() : null);
                if (value.isDefined()) {
                    g.writeNumberField("value", value.get());
                } else {
                    g.writeNullField("value");
                }
                g.writeNumberField("units", study.unitCount());
                g.writeNumberField("coders", study.coderCount());
                if (!value.isDefined()) {
                    g.writeStringField("reason", value.reason());
                }
                g.writeEndObject();
            }
            o.println(w);
        } else if (chosen == Format.TEXT) {
            String what = m.displayName() + (alpha ? " (" + level.id() + ")" : "")
                    + (m.id().equals("weighted-kappa") ? " (" + weights.id() + " weights)" : "");
            o.println(value.isDefined() ? String.format(Locale.ROOT, "%.4f", value.get()) : "undefined: " + value.reason());
            o.println(what + " over " + study.unitCount() + " units and " + study.coderCount() + " coders ("
                    + String.join(", ", study.coders()) + ")");
        } else {
            throw new UserError("--matrix prints text or --json; --format " + chosen.name().toLowerCase(Locale.ROOT) + " is for project reports");
        }
        o.flush();
        return 0;
    }

    private static List<String> measureIds() {
        return Measures.load().all().stream().map(AgreementMeasure::id).toList();
    }

    private int project(Format chosen) throws IOException {
        if (measure != null) {
            throw new UserError("--measure is for --matrix; a project report computes every measure");
        }
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + " is not a folder; give the project folder made by 'mizan new'");
        }
        LoadResult loaded = ProjectStore.open(dir).load();
        for (Problem p : loaded.problems()) {
            spec.commandLine().getErr().println("mizan agreement: warning: " + p + " (left out)");
        }
        Project project = loaded.project();
        AgreementReport report;
        try {
            report = ProjectAgreement.compute(project, new AgreementOptions(layers, annotators, documents, resamples, seed));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        StringWriter w = new StringWriter();
        render(report, chosen, w);
        if (out == null) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(w);
            o.flush();
        } else {
            AtomicFiles.write(out, w.toString().getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getErr().println("Wrote the " + chosen.name().toLowerCase(Locale.ROOT) + " report to " + out);
        }
        return 0;
    }

    static void render(AgreementReport report, Format format, Writer w) throws IOException {
        switch (format) {
            case TEXT -> ReportText.write(report, w);
            case JSON -> ReportJson.write(report, w);
            case CSV -> ReportCsv.write(report, w);
            case HTML -> ReportHtml.write(report, w);
        }
    }
}
