package dev.mizan.workbench.cli;

import dev.mizan.model.Status;
import dev.mizan.stats.LabelCount;
import dev.mizan.stats.ProjectStats;
import dev.mizan.store.Json;
import dev.mizan.store.LoadResult;
import dev.mizan.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mizan stats DIR [--json]}: documents, tokens, annotators, spans per layer/label/annotator, statuses. */
@Command(name = "stats", description = "Count documents, tokens, annotators and spans.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        LoadResult loaded = ProjectStore.open(ProjectDirs.existing(dir)).load();
        PrintWriter err = spec.commandLine().getErr();
        if (!loaded.problems().isEmpty()) {
            err.println("mizan stats: " + loaded.problems().size() + " file(s) could not be read and are not counted;"
                    + " run 'mizan validate " + dir + "' for details");
            err.flush();
        }
        ProjectStats stats = ProjectStats.of(loaded.project());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.toString(stats) : text(stats));
        out.flush();
        return 0;
    }

    static String text(ProjectStats s) {
        StringBuilder sb = new StringBuilder();
        sb.append(new TextTable()
                .row("project", s.name())
                .row("documents", number(s.documents()))
                .row("tokens", number(s.tokens()) + " (" + number(s.words()) + " words, "
                        + number(s.characters()) + " characters)")
                .row("annotators", s.annotators().isEmpty() ? "0"
                        : s.annotators().size() + " (" + String.join(", ", s.annotators()) + ")")
                .row("spans", number(s.spans()) + " (" + number(s.relations()) + " relations)")
                .row("gold", s.goldDocuments() + (s.goldDocuments() == 1 ? " document, " : " documents, ")
                        + number(s.goldSpans()) + " spans")
                .render(""));

        sb.append("\nspans per layer and label\n");
        TextTable labels = new TextTable();
        List<String> header = new ArrayList<>(List.of("layer", "label"));
        header.addAll(s.annotators());
        header.add("total");
        labels.row(header);
        for (Map.Entry<String, Long> layer : s.spansPerLayer().entrySet()) {
            for (LabelCount count : s.labels()) {
                if (count.layer().equals(layer.getKey())) {
                    labels.row(cells(count.layer(), count.label(), count.perAnnotator(), s.annotators(), count.total()));
                }
            }
            labels.row(cells(layer.getKey(), "(all)", perAnnotatorInLayer(s, layer.getKey()), s.annotators(),
                    layer.getValue()));
        }
        labels.row(cells("(all)", "", s.spansPerAnnotator(), s.annotators(), s.spans()));
        sb.append(labels.render("  "));

        if (!s.annotators().isEmpty()) {
            sb.append("\nstatuses per annotator\n");
            TextTable statuses = new TextTable();
            List<String> head = new ArrayList<>(List.of("annotator"));
            for (Status status : Status.values()) {
                head.add(status.name());
            }
            statuses.row(head);
            s.statusesPerAnnotator().forEach((annotator, counts) -> {
                List<String> row = new ArrayList<>(List.of(annotator));
                for (Status status : Status.values()) {
                    row.add(number(counts.getOrDefault(status, 0L)));
                }
                statuses.row(row);
            });
            sb.append(statuses.render("  "));
        }
        return sb.toString();
    }

    private static Map<String, Long> perAnnotatorInLayer(ProjectStats s, String layer) {
        Map<String, Long> sums = new java.util.TreeMap<>();
        s.labels().stream().filter(c -> c.layer().equals(layer))
                .forEach(c -> c.perAnnotator().forEach((a, n) -> sums.merge(a, n, Long::sum)));
        return sums;
    }

    private static List<String> cells(String first, String second, Map<String, Long> perAnnotator,
                                      List<String> annotators, long total) {
        List<String> row = new ArrayList<>(List.of(first, second));
        for (String annotator : annotators) {
            row.add(number(perAnnotator.getOrDefault(annotator, 0L)));
        }
        row.add(number(total));
        return row;
    }

    private static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
