package dev.mizan.workbench.cli;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Source;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import dev.mizan.store.ProjectStore;
import dev.mizan.workbench.editor.DocumentEditor;
import dev.mizan.workbench.editor.EditSession;
import dev.mizan.workbench.editor.EditorSettings;
import dev.mizan.workbench.editor.WordSnapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code mizan bench editor}: opens a synthetic Arabic document (1 MB, 10,000 annotations by
 * default) in the editor and prints open_ms (open to first paint), label_p95_ms (labelling action
 * to repaint), scroll_p95_ms (a page of scrolling to repaint) and heap_mb.
 * <p>
 * A label is timed from the action to the end of the repaint Swing does for it (layout, then every
 * region that asked to be repainted) and until the X server has drawn it (Toolkit.sync); the run
 * fails if that repaint does not cover the labelled word.
 */
@Command(name = "editor", description = "Benchmark the Arabic editor (needs a display).")
final class BenchEditorCommand implements java.util.concurrent.Callable<Integer> {
    private static final String[] SENTENCES = {
        "أكد الرئيس الروسي فلاديمير بوتين دعم بلاده الثابت لسوريا، مشدّداً على أهمية الحفاظ على وحدة أراضيها وسيادتها الكاملة.",
        "وخلال لقاء مع وزير الخارجية أسعد الشيباني ووزير الدفاع اللواء مرهف أبو قصرة في موسكو مساء الثلاثاء، جدّد بوتين موقف روسيا.",
        "وأكد الجانبان أهمية التنسيق السياسي والدبلوماسي بين دمشق وموسكو في المحافل الدولية.",
        "طالبت وزارة الخارجية المصرية بضرورة خفض التصعيد ووقف مظاهر العنف في سوريا.",
        "ونقلت وكالة سانا عن الرئيس الروسي تأكيده خلال اللقاء «دعم روسيا الثابت لسوريا».",
        "وقال لافروف إن العلاقات بين البلدين تدخل «مرحلة جديدة» من الشراكة الإستراتيجية.",
        "ورفض أي مشاريع تهدف إلى تقسيم البلاد أو المساس بقرارها الوطني المستقل.",
        "وبحث الجانبان آفاق التعاون الاقتصادي والعسكري وإعادة الإعمار في المرحلة المقبلة.",
        "محذراً من أن محاولات بعض القوى استغلال سوريا لتصفية حسابات إقليمية ستُقابل برفض حاسم من موسكو.",
        "وتأتي الزيارة بعد أيام من اتصال هاتفي بين الرئيسين في الثامن من كانون الأول ٢٠٢٥.",
    };
    private static final String[] ENTITY_LABELS = {"PER", "ORG", "GPE", "LOC", "FAC", "DATE", "EVENT", "MISC"};

    private static final boolean DEBUG = System.getenv("MIZAN_BENCH_DEBUG") != null;
    private static long lastSyncNanos;   // EDT only: how long the last showNow waited for the X server
    // for debug output in the JVM's uptime, as -Xlog:gc prints it
    private static final long JVM_NANO_AT_UPTIME_ZERO = System.nanoTime()
            - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;

    @Option(names = "--bytes", defaultValue = "1000000", description = "Size of the synthetic document in UTF-8 bytes (default: ${DEFAULT-VALUE}).")
    int bytes;

    @Option(names = "--annotations", defaultValue = "10000", description = "Number of annotations (default: ${DEFAULT-VALUE}).")
    int annotations;

    @Option(names = "--actions", defaultValue = "200", description = "Labelling actions and scroll steps to time (default: ${DEFAULT-VALUE}).")
    int actions;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("'bench editor' needs a display; run it under Xvfb: xvfb-run -a ./mizan bench editor");
        }
        Path dir = Files.createTempDirectory("mizan-bench-editor");
        try {
            Project project = makeProject(dir);
            ProjectStore store = ProjectStore.open(dir);
            run(store, project);
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private Project makeProject(Path dir) throws IOException {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        int utf8 = 0;
        while (utf8 < bytes) {
            StringBuilder para = new StringBuilder();
            int n = 3 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                para.append(i == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
            }
            para.append("\n\n");
            text.append(para);
            utf8 += para.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        String t = text.toString();
        Document doc = Document.of("bench", "Synthetic benchmark document", Source.ofFile("bench.txt"), t);
        List<int[]> words = words(t);
        List<Span> spans = new ArrayList<>();
        int step = Math.max(1, words.size() / annotations);
        for (int i = 0; i < annotations && i * step < words.size(); i++) {
            int[] w = words.get(i * step);
            if (i % 10 == 9 && i * step + 5 < words.size()) {
                int[] last = words.get(i * step + 4);
                spans.add(new Span("s" + (i + 1), w[0], last[1], "stance", "STANCE",
                        java.util.Map.of("holder", "s" + i, "polarity", "SUPPORT")));
            } else {
                spans.add(new Span("s" + (i + 1), w[0], w[1], "entity", ENTITY_LABELS[i % ENTITY_LABELS.length]));
            }
        }
        ProjectStore store = ProjectStore.create(dir, "bench", DefaultSchema.load());
        store.saveDocument(doc);
        store.saveDocument(Document.of("warmup", "Warm-up", Source.ofFile("warmup.txt"), SENTENCES[0] + "\n\n" + SENTENCES[1]));
        Instant now = Instant.now();
        store.saveAnnotationSet(new AnnotationSet("bench", doc.id(), doc.sha256(), Status.IN_PROGRESS, spans, List.of(), now, now));
        return store.load().project();
    }

    private static List<int[]> words(String t) {
        List<int[]> result = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && !Character.isLetter(t.charAt(i))) {
                i++;
            }
            int b = i;
            while (i < t.length() && Character.isLetter(t.charAt(i))) {
                i++;
            }
            if (i > b) {
                result.add(new int[] {b, i});
            }
        }
        return result;
    }

    /**
     * Opens a short document first, as a running workbench would have done: the first font lookup
     * alone (fontconfig) costs about a second in a fresh JVM, which is start-up, not opening.
     */
    private long warmUp(ProjectStore store, Project project) throws Exception {
        long t0 = System.nanoTime();
        CountDownLatch painted = new CountDownLatch(1);
        AtomicReference<JFrame> frame = new AtomicReference<>();
        AtomicReference<EditSession> session = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            EditSession s = EditSession.open(store, project, "warmup", "bench");
            DocumentEditor e = new DocumentEditor(s, EditorSettings.defaults());
            e.onNextPaint(painted::countDown);
            JFrame f = new JFrame("warm-up");
            f.setContentPane(e);
            f.setSize(600, 400);
            f.setVisible(true);
            frame.set(f);
            session.set(s);
        });
        painted.await(60, TimeUnit.SECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        SwingUtilities.invokeAndWait(() -> frame.get().dispose());
        session.get().close();
        return ms;
    }

    private void run(ProjectStore store, Project project) throws Exception {
        long warmMs = warmUp(store, project);
        AtomicReference<JFrame> frame = new AtomicReference<>();
        AtomicReference<DocumentEditor> editor = new AtomicReference<>();
        AtomicReference<EditSession> session = new AtomicReference<>();
        CountDownLatch painted = new CountDownLatch(1);
        long[] paintedAt = new long[1];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] openCpu = new long[1];
        long t0 = System.nanoTime();
        SwingUtilities.invokeAndWait(() -> {
            openCpu[0] = threads.getCurrentThreadCpuTime();
            EditSession s = EditSession.open(store, project, "bench", "bench");
            debug("session", t0);
            DocumentEditor e = new DocumentEditor(s, EditorSettings.defaults());
            debug("editor", t0);
            e.onNextPaint(() -> {
                paintedAt[0] = System.nanoTime();
                openCpu[0] = threads.getCurrentThreadCpuTime() - openCpu[0];
                painted.countDown();
            });
            JFrame f = new JFrame("mizan bench editor");
            f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            f.setContentPane(e);
            f.setSize(1200, 800);
            f.setVisible(true);
            debug("shown", t0);
            frame.set(f);
            editor.set(e);
            session.set(s);
        });
        if (!painted.await(60, TimeUnit.SECONDS)) {
            throw new UserError("the editor did not paint within 60 s");
        }
        long openMs = (paintedAt[0] - t0) / 1_000_000;
        String text = session.get().document().text();
        Random random = new Random(7);
        WordSnapper snapper = new WordSnapper();
        long[] label = new long[actions];
        long[] labelCpu = new long[actions];
        long[] repainted = new long[actions];
        long[] startedAt = new long[actions];
        long[] applied = new long[actions];
        long[] xWait = new long[actions];
        JViewport viewport = ((JScrollPane) editor.get().getComponent(0)).getViewport();
        JComponent view = (JComponent) viewport.getView();
        for (int i = 0; i < actions; i++) {
            int at = random.nextInt(text.length());
            int[] w = snapper.snap(text, at, at);
            int[] word = w == null ? new int[] {at, Math.min(text.length(), at + 1)} : w;
            int k = i;
            SwingUtilities.invokeAndWait(() -> editor.get().selectText(word[0], word[1]));
            // setting up (selecting a word far away and scrolling to it) is painted and drawn by the
            // X server before the clock starts, so its drawing does not count against the label
            SwingUtilities.invokeAndWait(() -> {
                editor.get().paintImmediately(editor.get().getVisibleRect());
                showNow(view);
            });
            SwingUtilities.invokeAndWait(() -> {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                startedAt[k] = start;
                editor.get().applyLabel("entity", ENTITY_LABELS[k % ENTITY_LABELS.length]);
                applied[k] = System.nanoTime() - start;
                Rectangle dirty = showNow(view);
                label[k] = System.nanoTime() - start;
                labelCpu[k] = threads.getCurrentThreadCpuTime() - cpu;
                xWait[k] = lastSyncNanos;
                // (a random offset in punctuation or white space has no word: the action only says so)
                Span labelled = session.get().selectedSpan().orElse(null);
                Rectangle must = labelled == null ? new Rectangle()
                        : editor.get().textBounds(labelled.begin(), labelled.end()).intersection(view.getVisibleRect());
                if (!must.isEmpty() && (dirty == null || !dirty.contains(must))) {
                    throw new IllegalStateException("label action " + k + " repainted " + dirty
                            + " but the labelled word is at " + must + ": the benchmark would time a repaint that does not show it");
                }
                Rectangle screen = view.getVisibleRect();
                Rectangle shown = dirty == null ? new Rectangle() : dirty.intersection(screen);
                // the repainted share of the screen, in parts per million
                repainted[k] = shown.isEmpty() ? 0 : (long) shown.width * shown.height * 1_000_000 / ((long) screen.width * screen.height);
            });
        }
        if (DEBUG) {
            for (int i = 0; i < actions; i++) {
                System.err.printf("label %d wall %.1f cpu %.1f action %.1f xsync %.1f at %.3f s%n", i, label[i] / 1e6,
                        labelCpu[i] / 1e6, applied[i] / 1e6, xWait[i] / 1e6,
                        (startedAt[i] - JVM_NANO_AT_UPTIME_ZERO) / 1e9);
            }
        }
        long[] scroll = new long[actions];
        long[] scrollCpu = new long[actions];
        SwingUtilities.invokeAndWait(() -> viewport.setViewPosition(new Point(0, 0)));
        for (int i = 0; i < actions; i++) {
            int k = i;
            SwingUtilities.invokeAndWait(() -> {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                Point p = viewport.getViewPosition();
                int max = Math.max(0, viewport.getView().getHeight() - viewport.getHeight());
                int y = p.y + viewport.getHeight() * 9 / 10;
                viewport.setViewPosition(new Point(0, y > max ? 0 : y));
                viewport.paintImmediately(0, 0, viewport.getWidth(), viewport.getHeight());
                scroll[k] = System.nanoTime() - start;
                scrollCpu[k] = threads.getCurrentThreadCpuTime() - cpu;
            });
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        int spans = session.get().set().spans().size();
        SwingUtilities.invokeAndWait(() -> {
            editor.get().dispose();
            frame.get().dispose();
        });
        session.get().close();
        System.out.println("document_bytes: " + text.getBytes(StandardCharsets.UTF_8).length);
        System.out.println("annotations: " + annotations);
        System.out.println("first_editor_in_jvm_ms: " + warmMs);
        System.out.println("open_ms: " + openMs);
        System.out.println("open_cpu_ms: " + openCpu[0] / 1_000_000);
        System.out.println("label_p50_ms: " + fmt(pct(label, 0.50)));
        System.out.println("label_p95_ms: " + fmt(pct(label, 0.95)));
        System.out.println("label_cpu_p95_ms: " + fmt(pct(labelCpu, 0.95)));
        // the part of each action spent waiting for the X server to finish drawing (Toolkit.sync)
        System.out.println("label_xsync_p95_ms: " + fmt(pct(xWait, 0.95)));
        // how much of the text on screen a label action repaints
        System.out.println("label_repaint_pct_p50: " + fmt(100.0 * pct(repainted, 0.50)));
        System.out.println("scroll_p50_ms: " + fmt(pct(scroll, 0.50)));
        System.out.println("scroll_p95_ms: " + fmt(pct(scroll, 0.95)));
        System.out.println("scroll_cpu_p95_ms: " + fmt(pct(scrollCpu, 0.95)));
        // wall-clock times on a shared machine include waiting for a CPU: the load says how much
        System.out.println("load_average: " + fmt(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " on " + Runtime.getRuntime().availableProcessors() + " cpus");
        System.out.println("heap_mb: " + heapMb);
        System.out.println("annotations_after: " + spans);
    }

    /**
     * Does at once what Swing does after an event (lays out, then paints every region that asked
     * for a repaint, as RepaintManager's processing event would) and waits until the X server has
     * drawn it (Toolkit.sync), so a time taken around it ends when the pixels are on screen.
     * Returns the region of {@code view} that was repainted, or null if none.
     */
    private static Rectangle showNow(JComponent view) {
        RepaintManager rm = RepaintManager.currentManager(view);
        rm.validateInvalidComponents();
        Rectangle dirty = rm.getDirtyRegion(view);
        rm.paintDirtyRegions();
        long painted = System.nanoTime();
        Toolkit.getDefaultToolkit().sync();
        lastSyncNanos = System.nanoTime() - painted;
        return dirty.isEmpty() ? null : dirty;
    }

    private static void debug(String what, long t0) {
        if (DEBUG) {
            System.err.println(what + ": " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    private static double pct(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)] / 1e6;
    }

    private static String fmt(double ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
