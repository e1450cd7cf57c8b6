package dev.mizan.workbench.cli;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.store.LoadResult;
import dev.mizan.store.ProjectStore;
import dev.mizan.store.SyntheticProject;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code mizan bench store}: generates a synthetic project (1,000 documents × 3 annotators × 50 spans
 * by default) in a temporary folder, then prints {@code load_cold_ms}, {@code load_ms} (median of warm
 * loads), {@code save_ms} (median save of one annotation file) and {@code heap_mb}. Goals on a
 * 2-core machine: load under 1000 ms, save under 10 ms.
 */
@Command(name = "store", description = "Benchmark loading and saving a synthetic project.")
final class BenchStoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--documents", defaultValue = "1000", description = "Documents (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--annotators", defaultValue = "3", description = "Annotators (default: ${DEFAULT-VALUE}).")
    int annotators;

    @Option(names = "--spans", defaultValue = "50", description = "Spans per annotation set (default: ${DEFAULT-VALUE}).")
    int spans;

    @Option(names = "--runs", defaultValue = "7", description = "Warm loads to take the median of (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
        if (documents < 1 || annotators < 1 || spans < 1 || runs < 1) {
            throw new UserError("--documents, --annotators, --spans and --runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("mizan-bench-store-");
        try {
            Path root = dir.resolve("project");
            long t0 = System.nanoTime();
            SyntheticProject.Shape shape = SyntheticProject.generate(root, documents, annotators, spans, 42);
            out.println("documents: " + shape.documents());
            out.println("annotation_sets: " + shape.sets());
            out.println("spans: " + (long) shape.sets() * shape.spansPerSet());
            out.println("generate_ms: " + millis(System.nanoTime() - t0));
            out.flush();

            ProjectStore store = ProjectStore.open(root);
            long start = System.nanoTime();
            LoadResult first = store.load();
            out.println("load_cold_ms: " + millis(System.nanoTime() - start));
            if (!first.problems().isEmpty()) {
                throw new UserError("the synthetic project did not load cleanly: " + first.problems().get(0));
            }
            long[] loads = new long[runs];
            long[] cpu = new long[runs];
            LoadResult loaded = first;
            for (int i = 0; i < runs; i++) {
                loaded = null;
                long cpuStart = processCpuNanos();
                start = System.nanoTime();
                loaded = store.load();
                loads[i] = System.nanoTime() - start;
                cpu[i] = processCpuNanos() - cpuStart;
            }
            out.println("load_ms: " + millis(median(loads)));
            // The fastest warm load: the least disturbed by other processes on a shared machine.
            out.println("load_min_ms: " + millis(Arrays.stream(loads).min().orElse(0)));
            // CPU time of all threads: on a busy shared machine it says more than the wall time.
            out.println("load_cpu_ms: " + millis(median(cpu)));
            out.println("heap_mb: " + heapMb());
            out.println("save_ms: " + String.format(java.util.Locale.ROOT, "%.2f", saveMedian(store, loaded.project()) / 1e6));
            out.flush();
        } finally {
            PathUtils.deleteDirectory(dir);
        }
        return 0;
    }

    /** Median time to save one annotation set after moving one of its spans, over 51 saves. */
    private static long saveMedian(ProjectStore store, Project project) throws IOException {
        AnnotationSet set = project.annotationSets().get(0);
        long[] times = new long[51];
        for (int i = 0; i < times.length; i++) {
            Span span = set.spans().get(i % set.spans().size());
            set = set.withSpan(span.withLabel(span.layer().equals("entity") ? (i % 2 == 0 ? "ORG" : "PER") : span.label()),
                    Instant.now());
            long start = System.nanoTime();
            store.saveAnnotationSet(set);
            times[i] = System.nanoTime() - start;
        }
        return median(times);
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static long heapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
