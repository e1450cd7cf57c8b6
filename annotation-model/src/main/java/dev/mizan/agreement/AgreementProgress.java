package dev.mizan.agreement;

import java.util.concurrent.CancellationException;

/**
 * Hears how far a project report has got and may stop it, so that a user interface can show a
 * progress bar and a Cancel button. The report calls it from its worker threads.
 */
public interface AgreementProgress {
    /** Hears nothing and never cancels. */
    AgreementProgress NONE = new AgreementProgress() {
        @Override
        public void advanced(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps are finished (one step per document, then per resample). */
    void advanced(int done, int total);

    /** Polled between steps; true stops the report with a {@link CancellationException}. */
    boolean cancelled();

    /** Throws when cancelled; the report calls it between steps. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException("the agreement report was cancelled");
        }
    }
}
