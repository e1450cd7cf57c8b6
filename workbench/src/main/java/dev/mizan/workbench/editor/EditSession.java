package dev.mizan.workbench.editor;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.AttributeDef;
import dev.mizan.model.Document;
import dev.mizan.model.Layer;
import dev.mizan.model.Project;
import dev.mizan.model.Relation;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import dev.mizan.store.ProjectStore;
import dev.mizan.store.StoreException;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One annotator editing one document: the current {@link AnnotationSet}, undo and redo, the
 * selected span, and saving. Swing-free, so its behaviour is tested with plain JUnit.
 * <p>
 * Every edit replaces the immutable set and pushes the old and new sets on the undo stack.
 * Saving is write-behind: an edit asks the writer thread to save the newest set after a short
 * quiet time ({@link #DEFAULT_SAVE_DELAY_MS}); edits made while a write is running are folded into
 * the next write. So at most the last fraction of a second of work is at risk, and a crash
 * leaves the last complete file (writes are atomic through the store). See
 * docs/decisions/0002-editor-saves-behind-every-edit.md.
 */
public final class EditSession implements AutoCloseable {
    /** Quiet time before a save: folds bursts of edits (annotate all, fast undo) into one write. */
    public static final long DEFAULT_SAVE_DELAY_MS = 300;
    /**
     * With autosave off, edits wait for Save or close, but never longer than this: a crash must not
     * cost an afternoon's work.
     */
    public static final long BACKSTOP_SAVE_DELAY_MS = 60_000;
    private static final int UNDO_LIMIT = 500;

    private final ProjectStore store;
    private final SetWriter setWriter;
    private final Project project;
    private final Document document;
    private final Clock clock;
    private final long saveDelayMs;
    private final List<EditSessionListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ScheduledExecutorService writer;
    private final Object saveLock = new Object();   // guards the hand-over of sets to the writer: held briefly
    private final Object writeLock = new Object();  // held while a set is written, so writes never overlap

    private volatile AnnotationSet set;
    private SpanIndex index;
    private String selectedSpanId;
    private AnnotationSet unsaved;      // guarded by saveLock; the newest set not yet on disk
    private boolean writeScheduled;     // guarded by saveLock
    private volatile SaveState saveState = SaveState.SAVED;
    private volatile String saveMessage = "";
    private boolean closed;
    private int spanCounter = -1;      // see nextSpanId

    private record Edit(String name, AnnotationSet before, AnnotationSet after, String selBefore, String selAfter) {
    }

    /** Writes a set to disk (the store; tests put a slow or failing one in between). */
    interface SetWriter {
        void write(AnnotationSet set) throws IOException;
    }

    private EditSession(ProjectStore store, Project project, Document document, AnnotationSet set,
                        Clock clock, long saveDelayMs, SetWriter setWriter) {
        this.store = store;
        this.setWriter = setWriter;
        this.project = project;
        this.document = document;
        this.set = set;
        this.clock = clock;
        this.saveDelayMs = saveDelayMs;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mizan-save-" + document.id());
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens {@code annotator}'s work on a document, reading the annotation file fresh from disk. */
    public static EditSession open(ProjectStore store, Project project, String documentId, String annotator) {
        return open(store, project, documentId, annotator, Clock.systemUTC(), DEFAULT_SAVE_DELAY_MS);
    }

    /**
     * Like {@link #open(ProjectStore, Project, String, String)}; without {@code autosave}, edits are
     * written on {@link #flush()} (Save), on close, and at the latest {@link #BACKSTOP_SAVE_DELAY_MS} after the last one.
     */
    public static EditSession open(ProjectStore store, Project project, String documentId, String annotator,
                                   boolean autosave) {
        return open(store, project, documentId, annotator, Clock.systemUTC(),
                autosave ? DEFAULT_SAVE_DELAY_MS : BACKSTOP_SAVE_DELAY_MS);
    }

    static EditSession open(ProjectStore store, Project project, String documentId, String annotator,
                            Clock clock, long saveDelayMs) {
        return open(store, project, documentId, annotator, clock, saveDelayMs, store::saveAnnotationSet);
    }

    static EditSession open(ProjectStore store, Project project, String documentId, String annotator,
                            Clock clock, long saveDelayMs, SetWriter setWriter) {
        Document document = project.document(documentId).orElseThrow(() ->
                new StoreException("the project has no document '" + documentId + "'"));
        AnnotationSet set = project.annotationSet(annotator, documentId)
                .filter(loaded -> OnDisk.isStill(store.annotationFile(annotator, documentId), loaded))
                .or(() -> store.loadAnnotationSet(annotator, documentId))
                .orElseGet(() -> AnnotationSet.empty(annotator, document, clock.instant()));
        if (set.textSha256() != null && !set.textSha256().equals(document.sha256())) {
            throw new StoreException(store.shown(store.annotationFile(annotator, documentId))
                    + " was made for another text than documents/" + documentId
                    + ".txt (its textSha256 differs); its offsets cannot be trusted, so it is not opened");
        }
        return new EditSession(store, project, document, set, clock, saveDelayMs, setWriter);
    }

    public Project project() {
        return project;
    }

    public Schema schema() {
        return project.schema();
    }

    public Document document() {
        return document;
    }

    public String annotator() {
        return set.annotator();
    }

    public AnnotationSet set() {
        return set;
    }

    /** An interval index over the current set's spans, built once per set. */
    public synchronized SpanIndex spanIndex() {
        if (index == null) {
            index = new SpanIndex(set.spans());
        }
        return index;
    }

    public void addListener(EditSessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(EditSessionListener listener) {
        listeners.remove(listener);
    }

    // ---------------------------------------------------------------- selection

    public String selectedSpanId() {
        return selectedSpanId;
    }

    public java.util.Optional<Span> selectedSpan() {
        return selectedSpanId == null ? java.util.Optional.empty() : set.span(selectedSpanId);
    }

    /** Selects a span by id; null clears the selection. */
    public void select(String spanId) {
        if (spanId != null && set.span(spanId).isEmpty()) {
            throw new IllegalArgumentException("no span '" + spanId + "' in this document");
        }
        if (!Objects.equals(spanId, selectedSpanId)) {
            selectedSpanId = spanId;
            listeners.forEach(l -> l.selectionChanged(spanId));
        }
    }

    /** The span after (or before) the selected one in reading order, wrapping around; null if none. */
    public Span neighbour(boolean forward) {
        List<Span> spans = set.spans();
        if (spans.isEmpty()) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < spans.size() && selectedSpanId != null; i++) {
            if (spans.get(i).id().equals(selectedSpanId)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return forward ? spans.get(0) : spans.get(spans.size() - 1);
        }
        int n = spans.size();
        return spans.get(((forward ? at + 1 : at - 1) + n) % n);
    }

    // ---------------------------------------------------------------- edits

    /** Adds a span and selects it; returns its id. */
    public String addSpan(int begin, int end, String layer, String label) {
        checkLabel(layer, label);
        checkBounds(begin, end);
        String id = nextSpanId();
        apply("Add " + label, set.withSpan(new Span(id, begin, end, layer, label), now()), id);
        return id;
    }

    /** Gives a span another label of its layer. */
    public void relabel(String spanId, String label) {
        Span span = span(spanId);
        checkLabel(span.layer(), label);
        if (!span.label().equals(label)) {
            apply("Relabel " + span.label() + " → " + label, set.withSpan(span.withLabel(label), now()), spanId);
        }
    }

    /** Deletes a span with the relations and links that point at it. */
    public void deleteSpan(String spanId) {
        Span span = span(spanId);
        apply("Delete " + span.label(), set.withoutSpan(spanId, now()), null);
    }

    /** Sets (or with null removes) an attribute; a LINK attribute holds the id of a span of this set. */
    public void setAttribute(String spanId, String name, Object value) {
        Span span = span(spanId);
        AttributeDef def = layer(span.layer()).attribute(name).orElseThrow(() ->
                new IllegalArgumentException("layer " + span.layer() + " has no attribute '" + name + "'"));
        if (value != null && !def.accepts(value)) {
            throw new IllegalArgumentException(value + " is not a valid value of " + name);
        }
        if (value != null && def.type() == dev.mizan.model.AttributeType.LINK) {
            Span target = span((String) value);
            if (def.targetLayer() != null && !def.targetLayer().equals(target.layer())) {
                throw new IllegalArgumentException(name + " must point at a span of layer " + def.targetLayer());
            }
        }
        if (!Objects.equals(span.attributes().get(name), value)) {
            apply("Set " + name, set.withSpan(span.withAttribute(name, value), now()), spanId);
        }
    }

    /** Adds a relation of a schema type between two spans; returns its id. */
    public String addRelation(String type, String fromSpanId, String toSpanId) {
        schema().relationType(type).orElseThrow(() -> new IllegalArgumentException("the schema has no relation type '" + type + "'"));
        span(fromSpanId);
        span(toSpanId);
        String id = set.nextRelationId("r");
        List<Relation> copy = new ArrayList<>(set.relations());
        copy.add(new Relation(id, type, fromSpanId, toSpanId));
        apply("Add " + type, set.withRelations(copy, now()), selectedSpanId);
        return id;
    }

    public void removeRelation(String relationId) {
        List<Relation> kept = set.relations().stream().filter(r -> !r.id().equals(relationId)).toList();
        if (kept.size() == set.relations().size()) {
            throw new IllegalArgumentException("no relation '" + relationId + "' in this document");
        }
        apply("Remove relation", set.withRelations(kept, now()), selectedSpanId);
    }

    /** Marks the document done (or, with false, back in progress). */
    public void markDone(boolean done) {
        Status status = done ? Status.DONE : Status.IN_PROGRESS;
        if (set.status() != status) {
            apply(done ? "Mark done" : "Reopen", set.withStatus(status, now()), selectedSpanId);
        }
    }

    /**
     * Labels every given stretch that has no span of that layer with that extent yet, as one edit
     * (one undo). Returns how many spans were added.
     */
    public int annotateAll(List<int[]> stretches, String layer, String label) {
        checkLabel(layer, label);
        List<Span> spans = new ArrayList<>(set.spans());
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Span s : spans) {
            if (s.layer().equals(layer)) {
                taken.add(s.begin() + ":" + s.end());
            }
        }
        AnnotationSet probe = set;
        int added = 0;
        for (int[] st : stretches) {
            checkBounds(st[0], st[1]);
            if (taken.add(st[0] + ":" + st[1])) {
                spans.add(new Span(nextSpanId(), st[0], st[1], layer, label));
                added++;
            }
        }
        if (added > 0) {
            apply("Annotate " + added + " × " + label, probe.withSpans(spans, now()), selectedSpanId);
        }
        return added;
    }

    /**
     * A fresh span id without looking through a large set on each keystroke: {@link #spanCounter}
     * is at least every number of an "s<n>" id in any set this session has held or can undo to
     * (those made here come from it; the opened set's are counted once, on the first edit).
     */
    private String nextSpanId() {
        if (spanCounter < 0) {
            spanCounter = Math.max(set.spans().size(), highestSpanNumber(set));
        }
        spanCounter++;
        return "s" + spanCounter;
    }

    private static int highestSpanNumber(AnnotationSet set) {
        int max = 0;
        for (Span s : set.spans()) {
            String id = s.id();
            if (id.length() > 1 && id.length() < 11 && id.charAt(0) == 's' && id.chars().skip(1).allMatch(Character::isDigit)) {
                max = Math.max(max, Integer.parseInt(id.substring(1)));
            }
        }
        return max;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The name of the edit that undo would revert, or null. */
    public String undoName() {
        return undo.isEmpty() ? null : undo.peek().name();
    }

    public String redoName() {
        return redo.isEmpty() ? null : redo.peek().name();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Edit e = undo.pop();
        redo.push(e);
        replace(e.before().withStatus(e.before().status(), now()), e.selBefore());
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Edit e = redo.pop();
        undo.push(e);
        replace(e.after().withStatus(e.after().status(), now()), e.selAfter());
    }

    private void apply(String name, AnnotationSet after, String selectAfter) {
        undo.push(new Edit(name, set, after, selectedSpanId, selectAfter));
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        replace(after, selectAfter);
    }

    private void replace(AnnotationSet next, String selectAfter) {
        if (closed) {
            throw new IllegalStateException("the editing session of " + document.id() + " is closed");
        }
        synchronized (this) {
            set = next;
            index = null;
        }
        if (selectAfter != null && next.span(selectAfter).isEmpty()) {
            selectAfter = null;
        }
        scheduleSave(next);
        listeners.forEach(l -> l.setChanged(next));
        if (!Objects.equals(selectAfter, selectedSpanId)) {
            selectedSpanId = selectAfter;
            String sel = selectAfter;
            listeners.forEach(l -> l.selectionChanged(sel));
        } else if (selectedSpanId != null) {
            // the selected span may have new bounds or attributes: views showing it refresh
            String sel = selectedSpanId;
            listeners.forEach(l -> l.selectionChanged(sel));
        }
    }

    // ---------------------------------------------------------------- saving

    public SaveState saveState() {
        return saveState;
    }

    /** Why the last save failed, or empty. */
    public String saveMessage() {
        return saveMessage;
    }

    private void scheduleSave(AnnotationSet next) {
        // only hands the set over: never waits for a write that is running (it holds writeLock, not saveLock)
        synchronized (saveLock) {
            unsaved = next;
            if (!writeScheduled) {
                writeScheduled = true;
                writer.schedule(this::writeBehind, saveDelayMs, TimeUnit.MILLISECONDS);
            }
            setSaveState(SaveState.PENDING, "");
        }
    }

    private void writeBehind() {
        synchronized (saveLock) {
            writeScheduled = false;
        }
        writeUnsaved();
    }

    /** Writes the newest set now, on the calling thread. Returns true when everything is on disk. */
    public boolean flush() {
        writeUnsaved();
        synchronized (saveLock) {
            return unsaved == null;
        }
    }

    /** Writes the newest set; writes run one at a time, and edits go on meanwhile (they only take saveLock). */
    private void writeUnsaved() {
        synchronized (writeLock) {
            AnnotationSet toWrite;
            synchronized (saveLock) {
                toWrite = unsaved;
            }
            if (toWrite == null) {
                return;
            }
            try {
                setWriter.write(toWrite);
                synchronized (saveLock) {
                    if (unsaved == toWrite) {
                        unsaved = null;
                        setSaveState(SaveState.SAVED, "");
                    }
                }
            } catch (IOException | RuntimeException e) {
                synchronized (saveLock) {
                    setSaveState(SaveState.FAILED, "cannot save " + store.shown(store.annotationFile(toWrite.annotator(),
                            toWrite.documentId())) + ": " + e.getMessage());
                }
            }
        }
    }

    private void setSaveState(SaveState state, String message) {
        if (state != saveState || !message.equals(saveMessage)) {
            saveState = state;
            saveMessage = message;
            listeners.forEach(l -> l.saveStateChanged(state, message));
        }
    }

    /** Saves what is left and stops the writer thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        flush();
        closed = true;
        writer.shutdownNow();
    }

    // ---------------------------------------------------------------- checks

    private Span span(String id) {
        return set.span(id).orElseThrow(() -> new IllegalArgumentException("no span '" + id + "' in this document"));
    }

    private Layer layer(String name) {
        return schema().layer(name).orElseThrow(() -> new IllegalArgumentException("the schema has no layer '" + name + "'"));
    }

    private void checkLabel(String layer, String label) {
        if (layer(layer).label(label).isEmpty()) {
            throw new IllegalArgumentException("layer " + layer + " has no label '" + label + "'");
        }
    }

    private void checkBounds(int begin, int end) {
        if (begin < 0 || end > document.text().length() || begin >= end) {
            throw new IllegalArgumentException("a span needs 0 ≤ begin < end ≤ " + document.text().length()
                    + ", got " + begin + ".." + end);
        }
    }

    private java.time.Instant now() {
        return clock.instant();
    }
}
