package dev.mizan.workbench.curation;

import dev.mizan.curation.Adjudication;
import dev.mizan.curation.AutoMerger;
import dev.mizan.curation.Disagreement;
import dev.mizan.curation.MergeResult;
import dev.mizan.curation.ProjectCuration;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Label;
import dev.mizan.model.Project;
import dev.mizan.model.Relation;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;
import dev.mizan.model.SpanKey;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The curation of one document, without Swing: the annotators (numbered 1..n for the keyboard),
 * the gold as it is built, the open disagreements and the one in focus. Every decision goes through
 * {@link Adjudication}, is written at once through the {@link GoldWriter} and only then becomes the
 * model's gold; the disagreements are recomputed with the same {@link AutoMerger} as
 * {@code mizan curate}, so a settled one disappears from the list.
 */
public final class CurationModel {
    private final Schema schema;
    private final Document document;
    private final List<AnnotationSet> sets;
    private final List<String> annotators;
    private final AutoMerger merger;
    private final GoldWriter writer;
    private final String curator;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final java.util.Deque<GoldSet> history = new java.util.ArrayDeque<>();
    private GoldSet gold;
    private List<Disagreement> disagreements = List.of();
    private int current = -1;

    private CurationModel(Project project, Document document, String curator, GoldWriter writer, Clock clock) {
        ProjectCuration curation = new ProjectCuration(project);
        this.schema = project.schema();
        this.document = document;
        this.sets = curation.setsOf(document).stream().filter(AutoMerger::takesPart).toList();
        this.annotators = sets.stream().map(AnnotationSet::annotator).sorted().toList();
        this.merger = new AutoMerger(schema, curation.options());
        this.writer = Objects.requireNonNull(writer, "writer");
        this.curator = Objects.requireNonNull(curator, "curator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.gold = project.gold(document.id()).orElseGet(() -> adjudication().emptyGold());
        recompute();
    }

    /** The curation of a document of the project, as the curator {@code curator}. */
    public static CurationModel open(Project project, String documentId, String curator, GoldWriter writer, Clock clock) {
        Document document = project.document(documentId)
                .orElseThrow(() -> new CurationException("the project has no document '" + documentId + "'"));
        return new CurationModel(project, document, curator, writer, clock);
    }

    // ------------------------------------------------------------------ what there is

    public Document document() {
        return document;
    }

    public Schema schema() {
        return schema;
    }

    public String curator() {
        return curator;
    }

    /** The annotators whose sets take part, sorted; annotator N on the keyboard is {@code annotators().get(N - 1)}. */
    public List<String> annotators() {
        return annotators;
    }

    /** Annotator N's set (1-based). */
    public AnnotationSet set(int n) {
        return sets.stream().filter(s -> s.annotator().equals(annotator(n))).findFirst().orElseThrow();
    }

    public GoldSet gold() {
        return gold;
    }

    public List<Disagreement> disagreements() {
        return disagreements;
    }

    /** The disagreement in focus, if any. */
    public Optional<Disagreement> current() {
        return current < 0 ? Optional.empty() : Optional.of(disagreements.get(current));
    }

    /** Its index in {@link #disagreements()}, or -1. */
    public int currentIndex() {
        return current;
    }

    /** The curator's decisions in the gold so far. */
    public int resolvedCount() {
        return ProjectCuration.decisions(gold);
    }

    public int openCount() {
        return disagreements.size();
    }

    /** The labels of a layer, for the edit dialog. */
    public List<String> labels(String layer) {
        return schema.layer(layer).map(l -> l.labels().stream().map(Label::name).toList()).orElse(List.of());
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    // ------------------------------------------------------------------ navigation

    /** Moves to the next disagreement (after the last: the first). */
    public void next() {
        move(1);
    }

    /** Moves to the previous disagreement (before the first: the last). */
    public void previous() {
        move(-1);
    }

    private void move(int step) {
        if (disagreements.isEmpty()) {
            return;
        }
        int n = disagreements.size();
        current = current < 0 ? (step > 0 ? 0 : n - 1) : Math.floorMod(current + step, n);
        fire();
    }

    public void select(int index) {
        if (index < -1 || index >= disagreements.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        current = index;
        fire();
    }

    /** Focuses the disagreement that covers the offset; false when none does. */
    public boolean selectAt(int offset) {
        for (int i = 0; i < disagreements.size(); i++) {
            Disagreement d = disagreements.get(i);
            if (d.begin() <= offset && offset < d.end()) {
                select(i);
                return true;
            }
        }
        return false;
    }

    /** Focuses the disagreement that overlaps [begin, end), else the first one after it; false when none. */
    public boolean reveal(int begin, int end) {
        for (int i = 0; i < disagreements.size(); i++) {
            Disagreement d = disagreements.get(i);
            if (d.begin() < Math.max(end, begin + 1) && begin < d.end()) {
                select(i);
                return true;
            }
        }
        for (int i = 0; i < disagreements.size(); i++) {
            if (disagreements.get(i).begin() >= begin) {
                select(i);
                return false;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ decisions

    /**
     * Accepts annotator N's version of the disagreement in focus: their span(s) enter the gold and
     * the other versions are rejected; their attribute value or relation is taken. When N has no
     * version (they marked nothing there), the others are rejected.
     *
     * @return what was done, for the status bar
     */
    public String accept(int n) {
        Disagreement d = requireCurrent();
        String annotator = annotator(n);
        Adjudication adj = adjudication();
        List<Disagreement.Version> mine = d.versions().stream().filter(v -> v.annotator().equals(annotator)).toList();
        GoldSet next = gold;
        try {
            switch (d.kind()) {
                case SPAN -> {
                    Set<SpanKey> kept = new LinkedHashSet<>();
                    for (Disagreement.Version v : mine) {
                        next = adj.acceptSpan(next, annotator, v.elementId());
                        kept.add(keyOf(d, v));
                    }
                    for (SpanKey key : keys(d)) {
                        if (!kept.contains(key)) {
                            next = adj.rejectSpan(next, key, "curator took " + annotator + "'s version");
                        }
                    }
                }
                case ATTRIBUTE -> {
                    if (mine.isEmpty()) {
                        throw new CurationException(annotator + " did not make this span, so has no value of " + d.attribute());
                    }
                    Disagreement.Version v = mine.get(0);
                    Optional<String> goldId = Adjudication.goldIdOf(next, keyOf(d, v));
                    GoldSet withValue = null;
                    if (goldId.isPresent()) {
                        try {
                            withValue = adj.resolveAttribute(next, goldId.get(), d.attribute(), v.value());
                        } catch (IllegalArgumentException e) {
                            withValue = null; // e.g. a link to a span not in the gold yet: take the whole span below
                        }
                    }
                    next = withValue != null ? withValue : adj.acceptSpan(next, annotator, v.elementId());
                }
                case RELATION -> next = mine.isEmpty()
                        ? rejectRelation(adj, next, d)
                        : decide(() -> adj.acceptRelation(gold, annotator, mine.get(0).elementId()));
            }
        } catch (IllegalArgumentException e) {
            throw new CurationException(e.getMessage(), e);
        }
        apply(next);
        return "accepted " + annotator + "'s version of " + describe(d);
    }

    /** Rejects the disagreement in focus: no span there, no value, no relation. */
    public String reject() {
        Disagreement d = requireCurrent();
        Adjudication adj = adjudication();
        GoldSet next = gold;
        try {
            switch (d.kind()) {
                case SPAN -> {
                    for (SpanKey key : keys(d)) {
                        next = adj.rejectSpan(next, key, "rejected by the curator");
                    }
                }
                case ATTRIBUTE -> {
                    String goldId = Adjudication.goldIdOf(next, keyOf(d, d.versions().get(0))).orElseThrow(() ->
                            new CurationException("the span is not in the gold yet: run Auto-merge or accept a version first"));
                    next = adj.resolveAttribute(next, goldId, d.attribute(), null);
                }
                case RELATION -> next = rejectRelation(adj, next, d);
            }
        } catch (IllegalArgumentException e) {
            throw new CurationException(e.getMessage(), e);
        }
        apply(next);
        return "rejected " + describe(d);
    }

    /** What the edit dialog starts from: the gold span in the disagreement, else the first version. */
    public Optional<SpanKey> editTarget() {
        Optional<Disagreement> d = current();
        if (d.isEmpty() || d.get().kind() != Disagreement.Kind.SPAN) {
            return Optional.empty();
        }
        return goldSpanIn(d.get()).map(SpanKey::of).or(() -> Optional.of(keyOf(d.get(), d.get().versions().get(0))));
    }

    /**
     * Sets the gold span of the disagreement in focus to [begin, end) with {@code label}: the gold
     * span there is edited, or else the first version is taken and edited.
     */
    public String edit(int begin, int end, String label) {
        Disagreement d = requireCurrent();
        if (d.kind() != Disagreement.Kind.SPAN) {
            throw new CurationException("only span disagreements have boundaries and a label to edit; "
                    + "accept (1.." + annotators.size() + ") or reject (R) this one");
        }
        Adjudication adj = adjudication();
        GoldSet next = gold;
        Optional<Span> inGold = goldSpanIn(d);
        String goldId;
        if (inGold.isPresent()) {
            goldId = inGold.get().id();
        } else {
            Disagreement.Version first = d.versions().get(0);
            GoldSet accepted = decide(() -> adj.acceptSpan(gold, first.annotator(), first.elementId()));
            next = accepted;
            goldId = Adjudication.goldIdOf(accepted, keyOf(d, first)).orElseThrow();
        }
        GoldSet base = next;
        String id = goldId;
        next = decide(() -> adj.editSpan(base, id, begin, end, label));
        apply(next);
        return "edited the gold span to " + label + " [" + begin + "," + end + ")";
    }

    /** True when a decision of this session can be undone. */
    public boolean canUndo() {
        return !history.isEmpty();
    }

    /**
     * Undoes the last decision of this session: the gold before it is written back (so its file is
     * as it was) and its disagreement is open again.
     */
    public String undo() {
        if (history.isEmpty()) {
            throw new CurationException("there is no decision to undo in " + document.id());
        }
        GoldSet before = history.peek();
        try {
            writer.write(before);
        } catch (IOException e) {
            throw new CurationException("the gold of " + document.id() + " could not be saved: " + e.getMessage(), e);
        }
        history.pop();
        gold = before;
        recompute();
        fire();
        return "undid the last decision in " + document.id();
    }

    /** Takes a gold written by the auto-merge (or another window) as the model's gold. */
    public void goldReplaced(GoldSet newGold) {
        if (!newGold.documentId().equals(document.id())) {
            throw new IllegalArgumentException("a gold of " + newGold.documentId() + " is not the gold of " + document.id());
        }
        gold = newGold;
        history.clear(); // the earlier golds would undo the auto-merge too
        recompute();
        fire();
    }

    // ------------------------------------------------------------------ inside

    private Disagreement requireCurrent() {
        return current().orElseThrow(() -> new CurationException(disagreements.isEmpty()
                ? "no disagreement is open in " + document.id()
                : "no disagreement is selected: press N to go to the next one"));
    }

    private String annotator(int n) {
        if (n < 1 || n > annotators.size()) {
            throw new CurationException("there is no annotator " + n + " here: " + document.id() + " has "
                    + annotators.size() + " (" + String.join(", ", annotators) + ")");
        }
        return annotators.get(n - 1);
    }

    private Adjudication adjudication() {
        return new Adjudication(document, schema, sets, curator, clock.instant());
    }

    private static SpanKey keyOf(Disagreement d, Disagreement.Version v) {
        return d.kind() == Disagreement.Kind.SPAN
                ? new SpanKey(d.layer(), v.label(), v.begin(), v.end())
                : new SpanKey(d.layer(), v.label(), d.begin(), d.end());
    }

    private static List<SpanKey> keys(Disagreement d) {
        return List.copyOf(new LinkedHashSet<>(d.versions().stream().map(v -> keyOf(d, v)).toList()));
    }

    private Optional<Span> goldSpanIn(Disagreement d) {
        return gold.spans().stream().filter(s -> s.layer().equals(d.layer()) && s.begin() < d.end() && d.begin() < s.end())
                .findFirst();
    }

    private GoldSet rejectRelation(Adjudication adj, GoldSet base, Disagreement d) {
        Disagreement.Version v = d.versions().get(0);
        AnnotationSet set = sets.stream().filter(s -> s.annotator().equals(v.annotator())).findFirst().orElseThrow();
        Relation r = set.relations().stream().filter(x -> x.id().equals(v.elementId())).findFirst()
                .orElseThrow(() -> new CurationException(v.annotator() + " has no relation " + v.elementId()));
        SpanKey from = set.span(r.from()).map(SpanKey::of).orElseThrow();
        SpanKey to = set.span(r.to()).map(SpanKey::of).orElseThrow();
        return adj.rejectRelation(base, r.type(), from, to, "rejected by the curator");
    }

    private static GoldSet decide(java.util.function.Supplier<GoldSet> decision) {
        try {
            return decision.get();
        } catch (IllegalArgumentException e) {
            throw new CurationException(e.getMessage(), e);
        }
    }

    /** Writes first; the model changes only when the gold is safely on disk. */
    private void apply(GoldSet next) {
        try {
            writer.write(next);
        } catch (IOException e) {
            throw new CurationException("the gold of " + document.id() + " could not be saved: " + e.getMessage(), e);
        }
        history.push(gold);
        gold = next;
        int before = current;
        recompute();
        current = disagreements.isEmpty() ? -1 : Math.max(0, Math.min(before, disagreements.size() - 1));
        fire();
    }

    private void recompute() {
        MergeResult r = merger.merge(document, sets, gold, clock.instant());
        disagreements = r.disagreements();
        if (current >= disagreements.size()) {
            current = disagreements.size() - 1;
        }
    }

    private String describe(Disagreement d) {
        String text = document.text().substring(d.begin(), d.end());
        if (text.length() > 40) {
            text = text.substring(0, 39) + "…";
        }
        return d.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + d.layer()
                + (d.attribute() == null ? "" : " " + d.attribute()) + " «" + text + "»";
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    /** The versions of a disagreement grouped by annotator number (1-based), for the side panel. */
    public List<List<Disagreement.Version>> versionsByAnnotator(Disagreement d) {
        List<List<Disagreement.Version>> result = new ArrayList<>();
        for (String a : annotators) {
            result.add(d.versions().stream().filter(v -> v.annotator().equals(a)).toList());
        }
        return result;
    }
}
