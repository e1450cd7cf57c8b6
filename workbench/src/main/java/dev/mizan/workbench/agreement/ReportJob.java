package dev.mizan.workbench.agreement;

import dev.mizan.agreement.AgreementProgress;
import dev.mizan.agreement.AgreementReport;
import dev.mizan.agreement.ProjectAgreement;
import dev.mizan.model.Project;

import javax.swing.SwingWorker;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Computes a report off the event dispatch thread. Progress goes to the worker's {@code progress}
 * property (0..100); {@link #cancel(boolean)} stops the engine at its next step.
 */
final class ReportJob extends SwingWorker<AgreementReport, Void> {
    /** How a job ended: a report, cancelled, or the engine's message (e.g. fewer than two annotators). */
    sealed interface Outcome {
        record Done(AgreementReport report) implements Outcome {
        }

        record Cancelled() implements Outcome {
        }

        record Failed(String message) implements Outcome {
        }
    }

    private final Project project;
    private final AgreementRequest request;
    private final Consumer<Outcome> onEnd;

    ReportJob(Project project, AgreementRequest request, Consumer<Outcome> onEnd) {
        this.project = project;
        this.request = request;
        this.onEnd = onEnd;
    }

    @Override
    protected AgreementReport doInBackground() {
        return ProjectAgreement.compute(project, request.options(), new AgreementProgress() {
            @Override
            public void advanced(int done, int total) {
                setProgress(total == 0 ? 100 : Math.min(100, (int) (100L * done / total)));
            }

            @Override
            public boolean cancelled() {
                return isCancelled();
            }
        });
    }

    @Override
    protected void done() {
        if (isCancelled()) {
            onEnd.accept(new Outcome.Cancelled());
            return;
        }
        try {
            onEnd.accept(new Outcome.Done(get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            onEnd.accept(new Outcome.Cancelled());
        } catch (CancellationException e) {
            onEnd.accept(new Outcome.Cancelled());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            onEnd.accept(cause instanceof CancellationException ? new Outcome.Cancelled()
                    : new Outcome.Failed(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
    }
}
