package dev.mizan.workbench.agreement;

import dev.mizan.agreement.Disagreement;
import dev.mizan.model.Document;
import dev.mizan.workbench.curation.CurationNavigator;
import dev.mizan.workbench.shell.OpenProject;
import dev.mizan.workbench.shell.Registration;
import dev.mizan.workbench.shell.Roles;
import dev.mizan.workbench.shell.WorkbenchContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The state the Agreement perspective's views share: the report being shown, the chosen layer,
 * measures, pair and document, and the computation in progress. One per workbench; every view
 * repaints from it when it changes. Runs on the event dispatch thread.
 */
final class AgreementSession {
    private static final Map<WorkbenchContext, AgreementSession> SESSIONS = new WeakHashMap<>();

    private final WorkbenchContext context;
    private final Map<String, Runnable> listeners = new LinkedHashMap<>();

    private OpenProject project;
    private AgreementRequest request = AgreementRequest.all();
    private AgreementDashboard dashboard;
    private ReportJob job;
    private int progress;
    private String status = "";
    private boolean stale;
    private String layer;
    private String pairMeasure;
    private String documentMeasure;
    private List<String> pair;
    private String document;

    private AgreementSession(WorkbenchContext context) {
        this.context = context;
    }

    /** The workbench's session, made on first use. */
    static AgreementSession of(WorkbenchContext context) {
        return SESSIONS.computeIfAbsent(context, AgreementSession::new);
    }

    /**
     * Called by each view as it is built, after its panel {@linkplain #listen listens}: the session hears
     * project changes while at least one view is open (each view's listener is one more hearing of the
     * same change, which {@link #projectChanged} ignores). The returned registration, closed when the
     * view goes, removes the view's project listener and its repaint listener.
     */
    Registration attach(String viewId) {
        Registration fromProject = context.addProjectListener(p -> projectChanged(p.orElse(null)));
        Runnable repaint = listeners.get(viewId);
        if (project == null && context.project().isPresent()) {
            projectChanged(context.project().get());
        }
        return () -> {
            fromProject.close();
            listeners.remove(viewId, repaint);
        };
    }

    /** A view repaints when the session changes; a view built again replaces its old listener. */
    void listen(String viewId, Runnable listener) {
        listeners.put(viewId, listener);
    }

    private void changed() {
        List.copyOf(listeners.values()).forEach(Runnable::run);
    }

    private void projectChanged(OpenProject next) {
        if (next == null) {
            cancel();
            project = null;
            dashboard = null;
            stale = false;
            status = texts().get("status.noProject");
            changed();
            return;
        }
        boolean sameFolder = project != null && project.store().root().equals(next.store().root());
        if (sameFolder && next.project() == project.project()) {
            return;
        }
        project = next;
        if (sameFolder) {
            stale = dashboard != null;
            changed();
        } else {
            request = AgreementRequest.all();
            dashboard = null;
            compute(request);
        }
    }

    // ------------------------------------------------------------------ computing

    /** Starts computing a report; a computation already running is cancelled first. */
    void compute(AgreementRequest next) {
        if (project == null) {
            return;
        }
        if (!Roles.isSupervisor(project.project(), context.annotator())) {
            // Blind annotation: an annotator does not see the others' work, here neither.
            cancel();
            dashboard = null;
            status = texts().format("status.supervisorsOnly", context.annotator(),
                    String.join(", ", Roles.supervisors(project.project())));
            changed();
            return;
        }
        cancel();
        request = next;
        progress = 0;
        status = texts().get("status.computing");
        ReportJob[] started = new ReportJob[1];
        // A job cancelled to make way for a newer one must not report over it.
        started[0] = new ReportJob(project.project(), next, outcome -> {
            if (job == started[0] || job == null) {
                finished(outcome);
            }
        });
        job = started[0];
        started[0].addPropertyChangeListener(e -> {
            if ("progress".equals(e.getPropertyName()) && job == started[0]) {
                progress = (Integer) e.getNewValue();
                changed();
            }
        });
        started[0].execute();
        changed();
    }

    private void finished(ReportJob.Outcome outcome) {
        job = null;
        if (outcome instanceof ReportJob.Outcome.Done done) {
            dashboard = new AgreementDashboard(done.report(), this::title);
            stale = false;
            progress = 100;
            chooseDefaults();
            status = texts().format("status.done", done.report().documents().size(),
                    done.report().annotators().size(), done.report().disagreements().size());
            if (!done.report().skipped().isEmpty()) {
                status += " " + texts().format("status.skipped", String.join(", ", done.report().skipped()));
            }
        } else if (outcome instanceof ReportJob.Outcome.Failed f) {
            progress = 0;
            status = f.message();
        } else {
            progress = 0;
            status = texts().get("status.cancelled");
        }
        changed();
    }

    /** Says why a choice cannot be computed (a message key); the report shown stays. */
    void refuse(String messageKey) {
        status = texts().get(messageKey);
        changed();
    }

    /** Stops the running computation, if any; the report shown stays. */
    void cancel() {
        if (job != null) {
            ReportJob running = job;
            job = null;
            running.cancel(false);
        }
    }

    private void chooseDefaults() {
        List<String> layers = dashboard.layers();
        if (layer == null || !layers.contains(layer)) {
            layer = layers.isEmpty() ? null : layers.get(0);
        }
        fitMeasures();
        List<String> annotators = dashboard.report().annotators();
        if (pair == null || !annotators.containsAll(pair)) {
            pair = annotators.size() >= 2 ? List.of(annotators.get(0), annotators.get(1)) : null;
        }
        if (document != null && !dashboard.report().documents().contains(document)) {
            document = null;
        }
    }

    /** Keeps the chosen measures if the layer has them, else takes its first. */
    private void fitMeasures() {
        if (layer == null) {
            return;
        }
        List<String> pm = dashboard.pairMeasures(layer);
        if (pairMeasure == null || !pm.contains(pairMeasure)) {
            pairMeasure = pm.isEmpty() ? null : pm.get(0);
        }
        List<String> dm = dashboard.documentMeasures(layer);
        if (documentMeasure == null || !dm.contains(documentMeasure)) {
            documentMeasure = dm.isEmpty() ? null : dm.get(0);
        }
    }

    private String title(String documentId) {
        return project == null ? documentId : project.project().document(documentId)
                .map(Document::title).filter(t -> t != null && !t.isBlank()).orElse(documentId);
    }

    // ------------------------------------------------------------------ choices

    void chooseLayer(String next) {
        if (next != null && !next.equals(layer)) {
            layer = next;
            fitMeasures();
            changed();
        }
    }

    void choosePairMeasure(String next) {
        if (next != null && !next.equals(pairMeasure)) {
            pairMeasure = next;
            changed();
        }
    }

    void chooseDocumentMeasure(String next) {
        if (next != null && !next.equals(documentMeasure)) {
            documentMeasure = next;
            changed();
        }
    }

    void choosePair(List<String> next) {
        if (next != null && next.size() == 2 && !next.equals(pair)) {
            pair = List.copyOf(next);
            changed();
        }
    }

    /** Narrows the disagreement list to one document; null shows all. */
    void chooseDocument(String next) {
        if (!java.util.Objects.equals(next, document)) {
            document = next;
            changed();
        }
    }

    // ------------------------------------------------------------------ going to a disagreement

    /** Opens the Curate perspective with the document and this disagreement in focus. */
    void reveal(Disagreement d) {
        CurationNavigator.reveal(context, d.document(), d.begin(), d.end());
    }

    // ------------------------------------------------------------------ reading

    Optional<OpenProject> project() {
        return Optional.ofNullable(project);
    }

    Optional<AgreementDashboard> dashboard() {
        return Optional.ofNullable(dashboard);
    }

    AgreementRequest request() {
        return request;
    }

    boolean running() {
        return job != null;
    }

    int progress() {
        return progress;
    }

    String status() {
        return stale ? status + " " + texts().get("status.stale") : status;
    }

    String layer() {
        return layer;
    }

    String pairMeasure() {
        return pairMeasure;
    }

    String documentMeasure() {
        return documentMeasure;
    }

    List<String> pair() {
        return pair;
    }

    String document() {
        return document;
    }

    WorkbenchContext context() {
        return context;
    }

    /** In the UI's current language: the window is rebuilt, with its views, when the language changes. */
    AgreementTexts texts() {
        return AgreementTexts.current();
    }
}
