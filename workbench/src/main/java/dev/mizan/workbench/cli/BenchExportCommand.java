package dev.mizan.workbench.cli;

import dev.mizan.io.conll.ConllExporter;
import dev.mizan.io.spacy.SpacyJsonlExporter;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.Exporter;
import dev.mizan.spi.Split;
import dev.mizan.text.ArabicTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code mizan bench export}: builds a synthetic gold corpus (Arabic words with proclitics, entities
 * every few words, sentences of about 25 tokens) of about 1,000,000 tokens in memory, then times the
 * CoNLL export (tokenize, tag, write) and the spaCy JSONL export (code point offsets, write) into a
 * temporary folder, which is deleted afterwards. A warm-up pass over a tenth of the corpus runs first,
 * so the figures measure the exporters rather than the JVM's start (class loading, JIT compilation).
 */
@Command(name = "export", description = "Benchmark the exporters on a 1M-token corpus.")
final class BenchExportCommand implements Callable<Integer> {
    private static final String[] WORDS = {"قال", "الرئيس", "وزير", "الخارجية", "إن", "بلاده", "تدعم", "وحدة", "الأراضي",
            "خلال", "لقاء", "مع", "نظيره", "في", "العاصمة", "وأكد", "على", "أهمية", "التعاون", "بين", "البلدين", "،", "2025"};
    private static final String[][] ENTITIES = {{"بوتين", "PER"}, {"موسكو", "GPE"}, {"سوريا", "GPE"}, {"لافروف", "PER"},
            {"الكرملين", "ORG"}, {"الشيباني", "PER"}, {"دمشق", "GPE"}};

    @Spec
    CommandSpec spec;

    @Option(names = "--tokens", defaultValue = "1000000", description = "Size of the corpus in tokens (default 1,000,000).")
    int tokens;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ExportData data = corpus(tokens, 1000);
        long spans = data.documents().stream().mapToLong(d -> d.annotations().spans().size()).sum();
        long counted = data.documents().stream().mapToLong(d -> ArabicTokenizer.tokenize(d.text()).size()).sum();
        out.println("documents: " + data.documents().size());
        out.println("tokens: " + counted);
        out.println("spans: " + spans);
        ExportData warmUp = corpus(Math.max(1, tokens / 10), 1000);
        time(new ConllExporter(), warmUp);
        time(new SpacyJsonlExporter(), warmUp);
        long[] conll = time(new ConllExporter(), data);
        long[] jsonl = time(new SpacyJsonlExporter(), data);
        out.println("conll_ms: " + conll[0]);
        out.println("jsonl_ms: " + jsonl[0]);
        // CPU time of the whole process during each run: on a busy machine wall time says little.
        out.println("conll_cpu_ms: " + conll[1]);
        out.println("jsonl_cpu_ms: " + jsonl[1]);
        out.flush();
        return 0;
    }

    /** Wall and process CPU milliseconds of one export. */
    private static long[] time(Exporter exporter, ExportData data) throws IOException {
        Path dir = Files.createTempDirectory("mizan-bench-export");
        try {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            exporter.export(data, ExportOptions.defaults(), dir);
            return new long[]{(System.nanoTime() - start) / 1_000_000, (processCpuNanos() - cpu) / 1_000_000};
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** About {@code tokens} tokens in documents of {@code perDocument} tokens; every fifth word an entity. */
    static ExportData corpus(int tokens, int perDocument) {
        Random random = new Random(42);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<ExportDocument> docs = new ArrayList<>();
        int made = 0;
        int n = 0;
        while (made < tokens) {
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            int inDoc = 0;
            while (inDoc < perDocument && made < tokens) {
                if (inDoc > 0) {
                    text.append(inDoc % 25 == 0 ? ".\n" : " ");
                    if (inDoc % 25 == 0) {
                        inDoc++;
                        made++;
                    }
                }
                if (random.nextInt(5) == 0) {
                    String[] e = ENTITIES[random.nextInt(ENTITIES.length)];
                    spans.add(new Span("e" + spans.size(), text.length(), text.length() + e[0].length(), "entity", e[1]));
                    text.append(e[0]);
                } else {
                    text.append(WORDS[random.nextInt(WORDS.length)]);
                }
                inDoc++;
                made++;
            }
            text.append('.');
            Document d = Document.of(String.format("doc-%05d", ++n), null, null, text.toString());
            docs.add(new ExportDocument(d, new AnnotationSet("gold", d.id(), d.sha256(), Status.DONE, spans, List.of(), t, t),
                    Split.ALL));
        }
        return new ExportData("bench", DefaultSchema.load(), "gold", docs);
    }
}
