package dev.mizan.workbench.cli;

import dev.mizan.agreement.AgreementOptions;
import dev.mizan.agreement.AgreementReport;
import dev.mizan.agreement.KrippendorffAlphaU;
import dev.mizan.agreement.ProjectAgreement;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code mizan bench agreement}: the full project report (every measure, 1,000-resample bootstrap) on a
 * synthetic project of 1,000 documents × 3 annotators × 50 spans, and corpus α_u at 1×, 2×, 4× and 8×
 * the spans per document, which should grow linearly. Each figure is the best of a few runs.
 */
@Command(name = "agreement", description = "Benchmark the agreement report and α_u; prints name: value lines.")
final class BenchAgreementCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--documents", defaultValue = "1000", description = "Documents (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--annotators", defaultValue = "3", description = "Annotators (default: ${DEFAULT-VALUE}).")
    int annotators;

    @Option(names = "--spans", defaultValue = "50", description = "Spans per annotator and document (default: ${DEFAULT-VALUE}).")
    int spans;

    @Option(names = "--resamples", defaultValue = "1000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Project project = SyntheticAgreementProject.build(documents, annotators, spans, 7);
        AgreementOptions options = AgreementOptions.defaults().withResamples(resamples);
        ProjectAgreement.compute(project, options.withResamples(Math.min(resamples, 20))); // warm up the JIT
        // Best of two runs: the machine is shared, and the best run is the one least disturbed by others.
        long reportMs = Long.MAX_VALUE;
        long reportCpuMs = 0;
        AgreementReport report = null;
        for (int run = 0; run < 2; run++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            report = ProjectAgreement.compute(project, options);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (ms < reportMs) {
                reportMs = ms;
                reportCpuMs = (processCpuNanos() - cpuStart) / 1_000_000;
            }
        }
        out.println("documents: " + documents);
        out.println("annotators: " + annotators);
        out.println("spans_per_annotator_and_document: " + spans);
        out.println("resamples: " + resamples);
        out.println("entries: " + report.entries().size());
        out.println("report_ms: " + reportMs);
        // CPU time of the whole process over the report (both cores): the machine is shared, so wall time
        // alone can mislead.
        out.println("report_cpu_ms: " + reportCpuMs);
        out.println("load_average: " + String.format(java.util.Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        for (int scale : new int[]{1, 2, 4, 8}) {
            Project scaled = SyntheticAgreementProject.build(documents, annotators, spans * scale, 11);
            List<Integer> lengths = new ArrayList<>();
            List<List<List<KrippendorffAlphaU.Unit>>> units = units(scaled, lengths);
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long t = System.nanoTime();
                KrippendorffAlphaU.corpus(lengths, units);
                best = Math.min(best, System.nanoTime() - t);
            }
            out.println("alpha_u_ms_" + scale + "x: " + best / 1_000_000);
        }
        out.flush();
        return 0;
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static List<List<List<KrippendorffAlphaU.Unit>>> units(Project project, List<Integer> lengths) {
        List<List<List<KrippendorffAlphaU.Unit>>> result = new ArrayList<>();
        List<String> coders = project.annotators();
        java.util.Map<String, java.util.Map<String, AnnotationSet>> byDocument = new java.util.HashMap<>();
        for (AnnotationSet set : project.annotationSets()) {
            byDocument.computeIfAbsent(set.documentId(), k -> new java.util.HashMap<>()).put(set.annotator(), set);
        }
        for (Document d : project.documents()) {
            lengths.add(d.text().length());
            var sets = byDocument.get(d.id());
            List<List<KrippendorffAlphaU.Unit>> perCoder = new ArrayList<>();
            for (String c : coders) {
                AnnotationSet s = sets.get(c);
                perCoder.add(s.spansIn("entity").stream()
                        .map(x -> new KrippendorffAlphaU.Unit(x.begin(), x.end(), x.label())).toList());
            }
            result.add(perCoder);
        }
        return result;
    }
}
