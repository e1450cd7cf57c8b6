package dev.mizan.agreement;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Document;
import dev.mizan.model.Layer;
import dev.mizan.model.Project;
import dev.mizan.model.Relation;
import dev.mizan.model.RelationType;
import dev.mizan.model.Span;
import dev.mizan.text.ArabicTokenizer;
import dev.mizan.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Computes a project's agreement report. Every document is reduced once to a row of sufficient
 * statistics (counts, sums of squared differences, matched pairs); a corpus value sums the rows of all
 * documents (one computation over the whole corpus, not an average of per-document values), and each
 * bootstrap resample of documents sums the same rows with multiplicities, so 1,000 resamples cost 1,000
 * weighted sums rather than 1,000 reports. The one term that does not add up — α_u's pairing of units
 * with gaps of any document — is recomputed per resample by one sweep over length-sorted arrays.
 */
public final class ProjectAgreement {
    private final Project project;
    private final AgreementOptions options;
    private final AgreementProgress progress;
    private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    private final List<String> coders;
    private final int m;
    private final int[][] pairs;
    private final List<LayerPlan> plans = new ArrayList<>();
    private final List<Estimate> estimates = new ArrayList<>();
    private int dims;
    private int slots;

    private ProjectAgreement(Project project, AgreementOptions options, List<String> coders, AgreementProgress progress) {
        this.project = project;
        this.options = options;
        this.progress = progress;
        this.coders = coders;
        this.m = coders.size();
        List<int[]> p = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                p.add(new int[]{i, j});
            }
        }
        pairs = p.toArray(int[][]::new);
    }

    /**
     * The agreement report of a project.
     *
     * @throws IllegalArgumentException when fewer than two annotators, or an unknown layer, annotator or
     *                                  document is asked for; the message says which
     */
    public static AgreementReport compute(Project project, AgreementOptions options) {
        return compute(project, options, AgreementProgress.NONE);
    }

    /**
     * The agreement report of a project, telling {@code progress} how far it has got.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} says it is cancelled
     * @throws IllegalArgumentException                   as {@link #compute(Project, AgreementOptions)}
     */
    public static AgreementReport compute(Project project, AgreementOptions options, AgreementProgress progress) {
        List<String> available = project.annotators();
        List<String> coders = options.annotators().isEmpty() ? available : options.annotators();
        for (String a : coders) {
            if (!available.contains(a)) {
                throw new IllegalArgumentException("no annotator '" + a + "' in the project (annotators: "
                        + String.join(", ", available) + ")");
            }
        }
        if (new LinkedHashSet<>(coders).size() < 2) {
            throw new IllegalArgumentException("agreement needs two or more annotators; the project has "
                    + (available.isEmpty() ? "none" : String.join(", ", available)));
        }
        return new ProjectAgreement(project, options, List.copyOf(new LinkedHashSet<>(coders)), progress).run();
    }

    private AgreementReport run() {
        List<Layer> layers = selectLayers();
        List<Document> candidates = selectDocuments();
        List<Document> docs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<AnnotationSet[]> sets = new ArrayList<>();
        Map<String, Map<String, AnnotationSet>> byDocument = new HashMap<>();
        for (AnnotationSet set : project.annotationSets()) {
            byDocument.computeIfAbsent(set.documentId(), k -> new HashMap<>()).put(set.annotator(), set);
        }
        for (Document d : candidates) {
            Map<String, AnnotationSet> byCoder = byDocument.getOrDefault(d.id(), Map.of());
            if (byCoder.keySet().containsAll(coders)) {
                docs.add(d);
                sets.add(coders.stream().map(byCoder::get).toArray(AnnotationSet[]::new));
            } else {
                skipped.add(d.id());
            }
        }
        for (Layer layer : layers) {
            plans.add(plan(layer, sets));
        }
        layout();

        long t0 = System.nanoTime();
        int docCount = docs.size();
        double[][] rows = new double[docCount][];
        double[][][][] docCrosses = new double[docCount][][][];
        CrossBuilder crossBuilder = new CrossBuilder(slots, m);
        long[][][][] confusion = new long[plans.size()][pairs.length][][];
        for (int l = 0; l < plans.size(); l++) {
            int k = plans.get(l).labels.size() + 1;
            for (int p = 0; p < pairs.length; p++) {
                confusion[l][p] = new long[k][k];
            }
        }
        List<Disagreement> disagreements = new ArrayList<>();
        int steps = docCount + (docCount == 0 ? 0 : options.resamples());
        // Documents are independent: reduce them in parallel, then merge in document order.
        DocumentPass[] passes = new DocumentPass[docCount];
        IntStream.range(0, docCount).parallel().forEach(d -> {
            progress.checkCancelled();
            DocumentPass pass = new DocumentPass(docs.get(d), sets.get(d), d);
            pass.fill();
            passes[d] = pass;
            progress.advanced(done.incrementAndGet(), steps);
        });
        for (int d = 0; d < docCount; d++) {
            DocumentPass pass = passes[d];
            rows[d] = pass.row;
            docCrosses[d] = pass.crosses;
            for (int s = 0; s < slots; s++) {
                crossBuilder.add(s, pass.continua[s], d);
            }
            for (int l = 0; l < plans.size(); l++) {
                for (int p = 0; p < pairs.length; p++) {
                    long[][] target = confusion[l][p];
                    long[][] source = pass.confusion[l][p];
                    for (int i = 0; i < target.length; i++) {
                        for (int j = 0; j < target.length; j++) {
                            target[i][j] += source[i][j];
                        }
                    }
                }
            }
            disagreements.addAll(pass.disagreements);
            passes[d] = null;
        }

        List<ReportEntry> entries = new ArrayList<>();
        double[] corpus = new double[dims];
        for (double[] row : rows) {
            for (int t = 0; t < dims; t++) {
                corpus[t] += row[t];
            }
        }
        UnitizingCross[] sweeps = crossBuilder.build();
        double[][][] corpusCross = new double[slots][][];
        for (int s = 0; s < slots; s++) {
            corpusCross[s] = sweeps[s].terms(null);
        }
        long t1 = System.nanoTime();
        ReportEntry.Interval[] intervals = bootstrap(rows, sweeps);
        long t2 = System.nanoTime();
        for (int e = 0; e < estimates.size(); e++) {
            Estimate est = estimates.get(e);
            Estimate.Outcome o = est.finisher().finish(corpus, s -> corpusCross[s]);
            entries.add(new ReportEntry(est.measure(), est.layer(), est.label(), pairNames(est.pair()), null,
                    o.value(), o.value().isDefined() ? intervals[e] : null, o.n()));
        }
        for (int d = 0; d < docCount; d++) {
            double[][][] crosses = docCrosses[d];
            for (Estimate est : estimates) {
                if (est.perDocument()) {
                    Estimate.Outcome o = est.finisher().finish(rows[d], s -> crosses[s]);
                    entries.add(new ReportEntry(est.measure(), est.layer(), est.label(), pairNames(est.pair()),
                            docs.get(d).id(), o.value(), null, o.n()));
                }
            }
        }
        if (Boolean.getBoolean("mizan.agreement.timing")) {
            System.err.printf("documents_ms: %d%nbootstrap_ms: %d%nentries_ms: %d%ndims: %d%n", (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000, dims);
        }
        List<ConfusionMatrix> matrices = new ArrayList<>();
        for (int l = 0; l < plans.size(); l++) {
            List<String> labels = new ArrayList<>(plans.get(l).labels);
            labels.add(ConfusionMatrix.MISSING);
            for (int p = 0; p < pairs.length; p++) {
                matrices.add(new ConfusionMatrix(plans.get(l).layer, pairNames(pairs[p]), labels, confusion[l][p]));
            }
        }
        disagreements.sort((x, y) -> x.severity() != y.severity() ? Integer.compare(y.severity(), x.severity())
                : !x.document().equals(y.document()) ? x.document().compareTo(y.document())
                : Integer.compare(x.begin(), y.begin()));
        return new AgreementReport(project.name(), docs.stream().map(Document::id).toList(), skipped, coders,
                entries, matrices, disagreements, options.resamples(), options.seed());
    }

    private int planIndex(String layer) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).layer.equals(layer)) {
                return i;
            }
        }
        return -1;
    }

    private List<String> pairNames(int[] pair) {
        return pair == null ? null : List.of(coders.get(pair[0]), coders.get(pair[1]));
    }

    private List<Layer> selectLayers() {
        if (options.layers().isEmpty()) {
            return project.schema().layers();
        }
        List<Layer> chosen = new ArrayList<>();
        for (String name : options.layers()) {
            chosen.add(project.schema().layer(name).orElseThrow(() -> new IllegalArgumentException(
                    "no layer '" + name + "' in the schema (layers: " + String.join(", ",
                            project.schema().layers().stream().map(Layer::name).toList()) + ")")));
        }
        return chosen;
    }

    private List<Document> selectDocuments() {
        if (options.documents().isEmpty()) {
            return project.documents();
        }
        List<Document> chosen = new ArrayList<>();
        for (String id : options.documents()) {
            chosen.add(project.document(id).orElseThrow(() -> new IllegalArgumentException(
                    "no document '" + id + "' in the project")));
        }
        return chosen;
    }

    private LayerPlan plan(Layer layer, List<AnnotationSet[]> sets) {
        Set<String> found = new TreeSet<>();
        for (AnnotationSet[] perCoder : sets) {
            for (AnnotationSet s : perCoder) {
                for (Span span : s.spans()) {
                    if (span.layer().equals(layer.name())) {
                        found.add(span.label());
                    }
                }
            }
        }
        List<String> links = new ArrayList<>();
        for (AttributeDef a : layer.attributes()) {
            if (a.type() == AttributeType.LINK) {
                links.add(a.name());
            }
        }
        for (RelationType r : project.schema().relationTypes()) {
            if (r.sourceLayer() == null || r.sourceLayer().equals(layer.name())) {
                links.add(r.name());
            }
        }
        return new LayerPlan(layer, List.copyOf(found), links);
    }

    private int alloc(int n) {
        int at = dims;
        dims += n;
        return at;
    }

    private void layout() {
        int[] all = IntStream.range(0, m).toArray();
        for (LayerPlan plan : plans) {
            int labels = plan.labels.size();
            int alphaUDims = 1 + 3 * m + m * (m - 1) / 2;
            plan.alphaUSlot = new int[labels];
            plan.alphaUOffset = new int[labels];
            plan.exactOffset = new int[labels][pairs.length];
            plan.overlapOffset = new int[labels][pairs.length];
            for (int l = 0; l < labels; l++) {
                plan.alphaUSlot[l] = slots++;
                plan.alphaUOffset[l] = alloc(alphaUDims);
                for (int p = 0; p < pairs.length; p++) {
                    plan.exactOffset[l][p] = alloc(3);
                    plan.overlapOffset[l][p] = alloc(3);
                }
            }
            plan.boundaryOffset = new int[pairs.length];
            plan.tokenPairOffset = new int[pairs.length];
            int k = plan.tokenCategories();
            for (int p = 0; p < pairs.length; p++) {
                plan.boundaryOffset[p] = alloc(3);
                plan.tokenPairOffset[p] = alloc(2 + 2 * k);
            }
            plan.tokenAlphaOffset = alloc(2 + k);
            plan.tokenFleissOffset = alloc(2 + k);
            plan.attributeOffset = new int[plan.attributes.size()][pairs.length];
            for (int a = 0; a < plan.attributes.size(); a++) {
                for (int p = 0; p < pairs.length; p++) {
                    plan.attributeOffset[a][p] = alloc(2 + plan.attributeValues.get(a).size());
                }
            }
            plan.linkOffset = new int[plan.linkTypes.size()][pairs.length];
            for (int t = 0; t < plan.linkTypes.size(); t++) {
                for (int p = 0; p < pairs.length; p++) {
                    plan.linkOffset[t][p] = alloc(3);
                }
            }
            List<int[]> combos = new ArrayList<>();
            combos.add(null);
            combos.addAll(Arrays.asList(pairs));
            for (int[] combo : combos) {
                int[] subset = combo == null ? all : combo;
                addAlphaU(plan, combo, subset);
                addF1(plan, combo);
                addTokens(plan, combo);
                addAttributes(plan, combo);
                addLinks(plan, combo);
            }
        }
    }

    private List<Integer> pairIndexes(int[] combo) {
        List<Integer> result = new ArrayList<>();
        for (int p = 0; p < pairs.length; p++) {
            if (combo == null || Arrays.equals(pairs[p], combo)) {
                result.add(p);
            }
        }
        return result;
    }

    private UnitizingStats alphaUStats(double[] sums, int offset) {
        UnitizingStats stats = new UnitizingStats(m);
        int at = offset;
        stats.length = sums[at++];
        for (int c = 0; c < m; c++) {
            stats.count[c] = sums[at++];
            stats.self[c] = sums[at++];
            stats.squares[c] = sums[at++];
        }
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                stats.observed[i][j] = sums[at++];
            }
        }
        return stats;
    }

    private void addAlphaU(LayerPlan plan, int[] combo, int[] subset) {
        String measure = "krippendorff-alpha-u";
        int labels = plan.labels.size();
        for (int l = 0; l < labels; l++) {
            int slot = plan.alphaUSlot[l];
            int offset = plan.alphaUOffset[l];
            String label = plan.labels.get(l);
            estimates.add(new Estimate(measure, plan.layer, label, combo, false, (sums, crosses) -> {
                UnitizingStats stats = alphaUStats(sums, offset);
                double[] d = stats.disagreements(subset, crosses.of(slot));
                return new Estimate.Outcome(KrippendorffAlphaU.value(d[0], d[1], label, subset.length, stats.length),
                        units(stats, subset));
            }));
        }
        estimates.add(new Estimate(measure, plan.layer, null, combo, true, (sums, crosses) -> {
            double o = 0;
            double e = 0;
            long n = 0;
            double length = 0;
            for (int l = 0; l < labels; l++) {
                UnitizingStats stats = alphaUStats(sums, plan.alphaUOffset[l]);
                double[] d = stats.disagreements(subset, crosses.of(plan.alphaUSlot[l]));
                o += d[0];
                e += d[1];
                n += units(stats, subset);
                length = stats.length;
            }
            return new Estimate.Outcome(KrippendorffAlphaU.value(o, e, plan.layer, subset.length, length), n);
        }));
    }

    private static long units(UnitizingStats stats, int[] subset) {
        long n = 0;
        for (int c : subset) {
            n += (long) stats.count[c];
        }
        return n;
    }

    private void addF1(LayerPlan plan, int[] combo) {
        List<Integer> ps = pairIndexes(combo);
        int labels = plan.labels.size();
        for (String kind : List.of("exact", "overlap")) {
            int[][] offsets = kind.equals("exact") ? plan.exactOffset : plan.overlapOffset;
            String measure = "span-f1-" + kind;
            for (int l = 0; l < labels; l++) {
                int label = l;
                estimates.add(new Estimate(measure, plan.layer, plan.labels.get(l), combo, false, (sums, crosses) -> {
                    double[] t = sum3(sums, offsets[label], ps);
                    return new Estimate.Outcome(SufficientStatistics.f1(t[0], t[1], t[2], plan.labels.get(label) + " span"),
                            (long) (t[1] + t[2]));
                }));
            }
            estimates.add(new Estimate(measure, plan.layer, null, combo, true, (sums, crosses) -> {
                double[] total = new double[3];
                for (int l = 0; l < labels; l++) {
                    double[] t = sum3(sums, offsets[l], ps);
                    for (int x = 0; x < 3; x++) {
                        total[x] += t[x];
                    }
                }
                return new Estimate.Outcome(SufficientStatistics.f1(total[0], total[1], total[2], plan.layer + " span"),
                        (long) (total[1] + total[2]));
            }));
            estimates.add(new Estimate(measure + "-macro", plan.layer, null, combo, true, (sums, crosses) -> {
                double sum = 0;
                int defined = 0;
                long n = 0;
                for (int l = 0; l < labels; l++) {
                    double[] t = sum3(sums, offsets[l], ps);
                    n += (long) (t[1] + t[2]);
                    if (t[1] + t[2] > 0) {
                        sum += 2 * t[0] / (t[1] + t[2]);
                        defined++;
                    }
                }
                AgreementValue v = defined == 0
                        ? AgreementValue.undefined("neither annotator marked any " + plan.layer + " span")
                        : AgreementValue.of(sum / defined);
                return new Estimate.Outcome(v, n);
            }));
        }
        estimates.add(new Estimate("span-f1-boundary", plan.layer, null, combo, true, (sums, crosses) -> {
            double[] t = sum3(sums, plan.boundaryOffset, ps);
            return new Estimate.Outcome(SufficientStatistics.f1(t[0], t[1], t[2], plan.layer + " span"), (long) (t[1] + t[2]));
        }));
    }

    private static double[] sum3(double[] sums, int[] offsets, List<Integer> ps) {
        double[] t = new double[3];
        for (int p : ps) {
            for (int x = 0; x < 3; x++) {
                t[x] += sums[offsets[p] + x];
            }
        }
        return t;
    }

    private void addTokens(LayerPlan plan, int[] combo) {
        int k = plan.tokenCategories();
        if (combo != null) {
            int p = pairIndexes(combo).get(0);
            int at = plan.tokenPairOffset[p];
            estimates.add(new Estimate("cohen-kappa", plan.layer, null, combo, true, (sums, crosses) -> {
                double n = sums[at];
                double[] rows = Arrays.copyOfRange(sums, at + 2, at + 2 + k);
                double[] cols = Arrays.copyOfRange(sums, at + 2 + k, at + 2 + 2 * k);
                return new Estimate.Outcome(n == 0 ? AgreementValue.undefined("the documents have no tokens")
                        : CohenKappa.fromMarginals(n, sums[at + 1], rows, cols), (long) n);
            }));
            estimates.add(new Estimate("krippendorff-alpha", plan.layer, null, combo, true, (sums, crosses) -> {
                double n = sums[at];
                double[] marginals = new double[k];
                for (int c = 0; c < k; c++) {
                    marginals[c] = sums[at + 2 + c] + sums[at + 2 + k + c];
                }
                return new Estimate.Outcome(SufficientStatistics.nominalAlpha(2 * n, 2 * sums[at + 1], marginals, 0, k,
                        "tokens"), (long) n);
            }));
        } else {
            int a = plan.tokenAlphaOffset;
            estimates.add(new Estimate("krippendorff-alpha", plan.layer, null, null, true, (sums, crosses) ->
                    new Estimate.Outcome(SufficientStatistics.nominalAlpha(sums[a], sums[a + 1], sums, a + 2, k, "tokens"),
                            (long) (sums[a] / m))));
            int f = plan.tokenFleissOffset;
            estimates.add(new Estimate("fleiss-kappa", plan.layer, null, null, true, (sums, crosses) -> {
                double units = sums[f + 1];
                if (units == 0) {
                    return new Estimate.Outcome(AgreementValue.undefined("the documents have no tokens"), 0);
                }
                double total = 0;
                for (int c = 0; c < k; c++) {
                    total += sums[f + 2 + c];
                }
                double pe = 0;
                for (int c = 0; c < k; c++) {
                    double p = sums[f + 2 + c] / total;
                    pe += p * p;
                }
                return new Estimate.Outcome(AgreementValue.kappaLike(sums[f] / units, pe,
                        "every token got the same label from everyone, so chance agreement is 1"), (long) units);
            }));
        }
    }

    private void addAttributes(LayerPlan plan, int[] combo) {
        List<Integer> ps = pairIndexes(combo);
        for (int a = 0; a < plan.attributes.size(); a++) {
            int attr = a;
            int v = plan.attributeValues.get(a).size();
            estimates.add(new Estimate("attribute-alpha", plan.layer, plan.attributes.get(a).name(), combo, false,
                    (sums, crosses) -> {
                        double values = 0;
                        double diagonal = 0;
                        double[] marginals = new double[v];
                        for (int p : ps) {
                            int at = plan.attributeOffset[attr][p];
                            values += sums[at];
                            diagonal += sums[at + 1];
                            for (int c = 0; c < v; c++) {
                                marginals[c] += sums[at + 2 + c];
                            }
                        }
                        return new Estimate.Outcome(SufficientStatistics.nominalAlpha(values, diagonal, marginals, 0, v,
                                "matched spans with a " + plan.attributes.get(attr).name() + " on both sides"),
                                (long) (values / 2));
                    }));
        }
    }

    private void addLinks(LayerPlan plan, int[] combo) {
        if (plan.linkTypes.isEmpty()) {
            return;
        }
        List<Integer> ps = pairIndexes(combo);
        for (int t = 0; t < plan.linkTypes.size(); t++) {
            int type = t;
            estimates.add(new Estimate("link-f1", plan.layer, plan.linkTypes.get(t), combo, false, (sums, crosses) -> {
                double[] s = sum3(sums, plan.linkOffset[type], ps);
                return new Estimate.Outcome(SufficientStatistics.f1(s[0], s[1], s[2], plan.linkTypes.get(type) + " link"),
                        (long) (s[1] + s[2]));
            }));
        }
        estimates.add(new Estimate("link-f1", plan.layer, null, combo, true, (sums, crosses) -> {
            double[] total = new double[3];
            for (int t = 0; t < plan.linkTypes.size(); t++) {
                double[] s = sum3(sums, plan.linkOffset[t], ps);
                for (int x = 0; x < 3; x++) {
                    total[x] += s[x];
                }
            }
            return new Estimate.Outcome(SufficientStatistics.f1(total[0], total[1], total[2], "link from the " + plan.layer + " layer"),
                    (long) (total[1] + total[2]));
        }));
    }

    /** Percentile intervals from {@code options.resamples()} resamples of documents; null entries when none. */
    private ReportEntry.Interval[] bootstrap(double[][] rows, UnitizingCross[] sweeps) {
        int r = options.resamples();
        int e = estimates.size();
        ReportEntry.Interval[] intervals = new ReportEntry.Interval[e];
        int docs = rows.length;
        if (r == 0 || docs == 0) {
            return intervals;
        }
        double[][] values = new double[e][r];
        int steps = docs + r;
        int batchSize = 125;
        int batches = (r + batchSize - 1) / batchSize;
        IntStream.range(0, batches).parallel().forEach(batchIndex -> {
            progress.checkCancelled();
            int first = batchIndex * batchSize;
            int batch = Math.min(batchSize, r - first);
            // weights[doc * batch + j]: how often resample first + j draws each document
            double[] weights = new double[docs * batch];
            for (int j = 0; j < batch; j++) {
                SplittableRandom random = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + first + j);
                for (int i = 0; i < docs; i++) {
                    weights[random.nextInt(docs) * batch + j]++;
                }
            }
            double[][] sums = new double[batch][dims];
            for (int d = 0; d < docs; d++) {
                double[] row = rows[d];
                for (int j = 0; j < batch; j++) {
                    double w = weights[d * batch + j];
                    if (w == 0) {
                        continue;
                    }
                    double[] target = sums[j];
                    for (int t = 0; t < dims; t++) {
                        target[t] += w * row[t];
                    }
                }
            }
            double[][][][] cross = new double[slots][][][];
            for (int s = 0; s < slots; s++) {
                cross[s] = sweeps[s].terms(weights, batch);
            }
            for (int j = 0; j < batch; j++) {
                int jj = j;
                for (int x = 0; x < e; x++) {
                    AgreementValue v = estimates.get(x).finisher().finish(sums[j], s -> cross[s][jj]).value();
                    values[x][first + j] = v.isDefined() ? v.get() : Double.NaN;
                }
            }
            progress.advanced(done.addAndGet(batch), steps);
        });
        for (int x = 0; x < e; x++) {
            double[] defined = Arrays.stream(values[x]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            if (defined.length > 0) {
                intervals[x] = new ReportEntry.Interval(percentile(defined, 0.025), percentile(defined, 0.975));
            }
        }
        return intervals;
    }

    private static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int lo = (int) Math.floor(position);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
    }

    /** Collects every document's units and gaps per α_u slot for the corpus and resample sweeps. */
    private static final class CrossBuilder {
        private final int coders;
        private final long[][] units;
        private final long[][] gaps;
        private final int[] unitCount;
        private final int[] gapCount;

        CrossBuilder(int slots, int coders) {
            this.coders = coders;
            units = new long[slots][64];
            gaps = new long[slots][64];
            unitCount = new int[slots];
            gapCount = new int[slots];
        }

        void add(int slot, Continuum continuum, int doc) {
            int needUnits = unitCount[slot] + continuum.unitCount();
            if (needUnits > units[slot].length) {
                units[slot] = Arrays.copyOf(units[slot], Math.max(needUnits, 2 * units[slot].length));
            }
            unitCount[slot] = continuum.emitUnits(units[slot], unitCount[slot], doc);
            int needGaps = gapCount[slot] + continuum.unitCount() + coders;
            if (needGaps > gaps[slot].length) {
                gaps[slot] = Arrays.copyOf(gaps[slot], Math.max(needGaps, 2 * gaps[slot].length));
            }
            gapCount[slot] = continuum.emitGaps(gaps[slot], gapCount[slot], doc);
        }

        UnitizingCross[] build() {
            UnitizingCross[] result = new UnitizingCross[units.length];
            for (int s = 0; s < units.length; s++) {
                result[s] = UnitizingCross.of(coders, units[s], unitCount[s], gaps[s], gapCount[s]);
            }
            return result;
        }
    }

    /** One document's statistics row, α_u cross terms, confusion counts and disagreements. */
    private final class DocumentPass {
        final Document doc;
        final AnnotationSet[] sets;
        final int index;
        final double[] row = new double[dims];
        final double[][][] crosses = new double[slots][][];
        final Continuum[] continua = new Continuum[slots];
        final long[][][][] confusion = new long[plans.size()][pairs.length][][];
        final List<Disagreement> disagreements = new ArrayList<>();

        DocumentPass(Document doc, AnnotationSet[] sets, int index) {
            this.doc = doc;
            this.sets = sets;
            this.index = index;
            for (int l = 0; l < plans.size(); l++) {
                int k = plans.get(l).labels.size() + 1;
                for (int p = 0; p < pairs.length; p++) {
                    confusion[l][p] = new long[k][k];
                }
            }
        }

        void fill() {
            List<Token> tokens = ArabicTokenizer.tokenize(doc.text());
            int length = doc.text().length();
            // Span matchings per pair and layer, reused by confusion, attributes and links.
            int[][][] layerMatches = new int[plans.size()][pairs.length][];
            List<List<List<Span>>> spansByLayer = new ArrayList<>();
            for (int l = 0; l < plans.size(); l++) {
                LayerPlan plan = plans.get(l);
                List<List<Span>> spans = new ArrayList<>();
                for (AnnotationSet s : sets) {
                    spans.add(s.spansIn(plan.layer));
                }
                spansByLayer.add(spans);
                alphaU(plan, spans, length);
                for (int p = 0; p < pairs.length; p++) {
                    List<Span> a = spans.get(pairs[p][0]);
                    List<Span> b = spans.get(pairs[p][1]);
                    exactAndBoundary(plan, p, a, b);
                    overlap(plan, p, a, b);
                    int[] match = SpanMatcher.match(a, b, false);
                    layerMatches[l][p] = match;
                    confusion(plan, confusion[l][p], a, b, match);
                    attributes(plan, p, a, b, match);
                }
                tokens(plan, spans, tokens);
                disagreements.addAll(Disagreements.find(doc, plan.layer, spans, coders, plan.linkTypes));
            }
            links(layerMatches, spansByLayer);
        }

        private void alphaU(LayerPlan plan, List<List<Span>> spans, int length) {
            int labels = plan.labels.size();
            int[][] perLabel = new int[m][labels];
            for (int c = 0; c < m; c++) {
                for (Span s : spans.get(c)) {
                    perLabel[c][plan.labelIndex.get(s.label())]++;
                }
            }
            int[][][][] units = new int[labels][m][][];
            for (int l = 0; l < labels; l++) {
                for (int c = 0; c < m; c++) {
                    units[l][c] = new int[perLabel[c][l]][];
                }
            }
            for (int c = 0; c < m; c++) {
                int[] filled = new int[labels];
                for (Span s : spans.get(c)) {
                    int l = plan.labelIndex.get(s.label());
                    units[l][c][filled[l]++] = new int[]{s.begin(), s.end()};
                }
            }
            for (int l = 0; l < labels; l++) {
                Continuum continuum = new Continuum(length, units[l]);
                UnitizingStats stats = new UnitizingStats(m);
                continuum.addTo(stats);
                int at = plan.alphaUOffset[l];
                row[at++] = stats.length;
                for (int c = 0; c < m; c++) {
                    row[at++] = stats.count[c];
                    row[at++] = stats.self[c];
                    row[at++] = stats.squares[c];
                }
                for (int i = 0; i < m; i++) {
                    for (int j = i + 1; j < m; j++) {
                        row[at++] = stats.observed[i][j];
                    }
                }
                int slot = plan.alphaUSlot[l];
                crosses[slot] = KrippendorffAlphaU.crossOf(continuum);
                continua[slot] = continuum;
            }
        }

        private void exactAndBoundary(LayerPlan plan, int p, List<Span> a, List<Span> b) {
            Map<Long, Integer> exact = new HashMap<>();
            Map<Long, Integer> bounds = new HashMap<>();
            for (Span s : a) {
                int l = plan.labelIndex.get(s.label());
                exact.merge(key(s, l), 1, Integer::sum);
                bounds.merge(key(s, 0), 1, Integer::sum);
                row[plan.exactOffset[l][p] + 1]++;
            }
            row[plan.boundaryOffset[p] + 1] += a.size();
            row[plan.boundaryOffset[p] + 2] += b.size();
            for (Span s : b) {
                int l = plan.labelIndex.get(s.label());
                row[plan.exactOffset[l][p] + 2]++;
                if (exact.merge(key(s, l), -1, Integer::sum) >= 0) {
                    row[plan.exactOffset[l][p]]++;
                }
                if (bounds.merge(key(s, 0), -1, Integer::sum) >= 0) {
                    row[plan.boundaryOffset[p]]++;
                }
            }
        }

        private static long key(Span s, int label) {
            return ((long) s.begin() << 40) ^ ((long) s.end() << 12) ^ label;
        }

        private void overlap(LayerPlan plan, int p, List<Span> a, List<Span> b) {
            int[] match = SpanMatcher.match(a, b, true);
            for (int i = 0; i < a.size(); i++) {
                int l = plan.labelIndex.get(a.get(i).label());
                row[plan.overlapOffset[l][p] + 1]++;
                if (match[i] >= 0) {
                    row[plan.overlapOffset[l][p]]++;
                }
            }
            for (Span s : b) {
                row[plan.overlapOffset[plan.labelIndex.get(s.label())][p] + 2]++;
            }
        }

        private void confusion(LayerPlan plan, long[][] counts, List<Span> a, List<Span> b, int[] match) {
            int missing = plan.labels.size();
            boolean[] matchedB = new boolean[b.size()];
            for (int i = 0; i < a.size(); i++) {
                int row = plan.labelIndex.get(a.get(i).label());
                if (match[i] >= 0) {
                    matchedB[match[i]] = true;
                    counts[row][plan.labelIndex.get(b.get(match[i]).label())]++;
                } else {
                    counts[row][missing]++;
                }
            }
            for (int j = 0; j < b.size(); j++) {
                if (!matchedB[j]) {
                    counts[missing][plan.labelIndex.get(b.get(j).label())]++;
                }
            }
        }

        private void attributes(LayerPlan plan, int p, List<Span> a, List<Span> b, int[] match) {
            for (int x = 0; x < plan.attributes.size(); x++) {
                String name = plan.attributes.get(x).name();
                List<String> values = plan.attributeValues.get(x);
                int at = plan.attributeOffset[x][p];
                for (int i = 0; i < a.size(); i++) {
                    if (match[i] < 0) {
                        continue;
                    }
                    Object va = a.get(i).attributes().get(name);
                    Object vb = b.get(match[i]).attributes().get(name);
                    int ia = va == null ? -1 : values.indexOf(va.toString());
                    int ib = vb == null ? -1 : values.indexOf(vb.toString());
                    if (ia < 0 || ib < 0) {
                        continue;
                    }
                    row[at] += 2;
                    if (ia == ib) {
                        row[at + 1] += 2;
                    }
                    row[at + 2 + ia]++;
                    row[at + 2 + ib]++;
                }
            }
        }

        private void tokens(LayerPlan plan, List<List<Span>> spans, List<Token> tokens) {
            int k = plan.tokenCategories();
            int outside = k - 1;
            int[][] labels = new int[m][];
            for (int c = 0; c < m; c++) {
                labels[c] = TokenLabels.assign(tokens, spans.get(c), plan.labelIndex, outside, doc.text().length());
            }
            int[] counts = new int[k];
            for (int t = 0; t < tokens.size(); t++) {
                for (int p = 0; p < pairs.length; p++) {
                    int at = plan.tokenPairOffset[p];
                    int x = labels[pairs[p][0]][t];
                    int y = labels[pairs[p][1]][t];
                    row[at]++;
                    if (x == y) {
                        row[at + 1]++;
                    }
                    row[at + 2 + x]++;
                    row[at + 2 + k + y]++;
                }
                Arrays.fill(counts, 0);
                for (int c = 0; c < m; c++) {
                    counts[labels[c][t]]++;
                }
                int a = plan.tokenAlphaOffset;
                int f = plan.tokenFleissOffset;
                row[a] += m;
                row[f + 1]++;
                double agreeing = 0;
                for (int c = 0; c < k; c++) {
                    if (counts[c] > 0) {
                        agreeing += (double) counts[c] * (counts[c] - 1);
                        row[a + 2 + c] += counts[c];
                        row[f + 2 + c] += counts[c];
                    }
                }
                row[a + 1] += agreeing / (m - 1);
                row[f] += agreeing / ((double) m * (m - 1));
            }
        }

        private void links(int[][][] layerMatches, List<List<List<Span>>> spansByLayer) {
            for (int p = 0; p < pairs.length; p++) {
                AnnotationSet a = sets[pairs[p][0]];
                AnnotationSet b = sets[pairs[p][1]];
                // A's span id -> B's span id, over every layer's matching.
                Map<String, String> toB = new HashMap<>();
                // Links may point into layers the report leaves out (a stance's holder is an entity), so
                // every layer of the schema is matched for the mapping.
                for (Layer layer : project.schema().layers()) {
                    int l = planIndex(layer.name());
                    List<Span> sa = l >= 0 ? spansByLayer.get(l).get(pairs[p][0]) : a.spansIn(layer.name());
                    List<Span> sb = l >= 0 ? spansByLayer.get(l).get(pairs[p][1]) : b.spansIn(layer.name());
                    int[] match = l >= 0 ? layerMatches[l][p] : SpanMatcher.match(sa, sb, false);
                    for (int i = 0; i < sa.size(); i++) {
                        if (match[i] >= 0) {
                            toB.put(sa.get(i).id(), sb.get(match[i]).id());
                        }
                    }
                }
                Map<String, Span> spansA = byId(a);
                Map<String, Span> spansB = byId(b);
                for (LayerPlan plan : plans) {
                    for (int t = 0; t < plan.linkTypes.size(); t++) {
                        String type = plan.linkTypes.get(t);
                        Set<String> triplesA = triples(a, spansA, plan.layer, type);
                        Set<String> triplesB = triples(b, spansB, plan.layer, type);
                        int at = plan.linkOffset[t][p];
                        row[at + 1] += triplesA.size();
                        row[at + 2] += triplesB.size();
                        for (String triple : triplesA) {
                            String[] parts = triple.split("\u0000", -1);
                            String from = toB.get(parts[0]);
                            String to = toB.get(parts[1]);
                            if (from != null && to != null && triplesB.contains(from + "\u0000" + to)) {
                                row[at]++;
                            }
                        }
                    }
                }
            }
        }

        private Map<String, Span> byId(AnnotationSet set) {
            Map<String, Span> map = new HashMap<>();
            for (Span s : set.spans()) {
                map.put(s.id(), s);
            }
            return map;
        }

        /** (from, to) pairs of one link type starting in a layer: LINK attributes and relations. */
        private Set<String> triples(AnnotationSet set, Map<String, Span> spans, String layer, String type) {
            Set<String> result = new java.util.HashSet<>();
            for (Span s : set.spans()) {
                if (s.layer().equals(layer)) {
                    Object target = s.attributes().get(type);
                    if (target instanceof String id && spans.containsKey(id)) {
                        result.add(s.id() + "\u0000" + id);
                    }
                }
            }
            for (Relation r : set.relations()) {
                Span from = spans.get(r.from());
                if (r.type().equals(type) && from != null && from.layer().equals(layer) && spans.containsKey(r.to())) {
                    result.add(r.from() + "\u0000" + r.to());
                }
            }
            return result;
        }
    }
}
