package dev.mizan.workbench.agreement;

import dev.mizan.workbench.shell.WorkbenchContext;

/**
 * Where a double-click on a disagreement of the Agreement perspective goes. The Curate perspective
 * provides one (registered in {@code META-INF/services/dev.mizan.workbench.agreement.DisagreementNavigator});
 * without one, the Agreement perspective opens the document in the annotation editor instead.
 */
public interface DisagreementNavigator {
    /**
     * Opens the curation editor on a document with the stretch {@code [begin, end)} of a layer in view.
     *
     * @param context    the workbench
     * @param documentId the document
     * @param layer      the span layer the annotators disagree on
     * @param begin      start of the stretch (UTF-16 offset)
     * @param end        end of the stretch (exclusive)
     */
    void reveal(WorkbenchContext context, String documentId, String layer, int begin, int end);
}
