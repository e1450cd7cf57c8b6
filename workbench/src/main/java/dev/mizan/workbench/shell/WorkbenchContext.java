package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.app.Preferences;
import dev.mizan.workbench.editor.EditSession;
import dev.mizan.workbench.plugins.PluginRegistry;

import java.awt.Window;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What views and commands may use of the workbench. Call it on the event dispatch thread.
 * <p>
 * Every {@code add...Listener} returns a {@link Registration} that removes the listener. Listeners a
 * view adds while its {@link ViewContribution#createView} runs are removed by the workbench when it
 * drops the view; a view that registers later keeps the registration in its {@link ViewScope}.
 */
public interface WorkbenchContext {
    /** The open project, if any. Its {@code project()} is refreshed when an editor saves. */
    Optional<OpenProject> project();

    /**
     * Tells the workbench that the project changed on disk through a view (the Curate view saved a
     * gold file): the open project becomes {@code updated} and the project listeners hear it.
     */
    void replaceProject(dev.mizan.model.Project updated);

    /** Hears when a project is opened, closed or refreshed. */
    Registration addProjectListener(Consumer<Optional<OpenProject>> listener);

    /** The id of the perspective shown (views are built anew when it changes). */
    String perspectiveId();

    /** The annotator id the user works as. */
    String annotator();

    /** The current preferences. */
    Preferences preferences();

    /** Hears preference changes (font size, theme...). */
    Registration addPreferencesListener(Consumer<Preferences> listener);

    /** The UI's words in the user's language. */
    Messages messages();

    /** The editing session of the selected editor tab, if a document is open there. */
    Optional<EditSession> activeEditor();

    /** Hears when another editor tab becomes active (empty when the last one closes). */
    Registration addEditorListener(Consumer<Optional<EditSession>> listener);

    /**
     * Opens a document of the project in an editor tab, or selects its tab. While the perspective
     * hides the editor area, a view that {@linkplain #handleDocuments handles documents} shows it
     * instead, and no editor tab is made.
     */
    void openDocument(String documentId);

    /**
     * Lets a view show the documents the user opens while its perspective hides the editor area (the
     * Curate view): {@link #openDocument} then hands the document id to {@code handler} instead of
     * making an editor tab nobody sees. The newest handler wins.
     */
    Registration handleDocuments(Consumer<String> handler);

    /** Opens a document and scrolls to and selects one of its spans. */
    void revealSpan(String documentId, String spanId);

    /** Shows a short message in the status bar. */
    void showStatus(String message);

    /** Where problems for the Problems view go. */
    ProblemsSink problems();

    /** Hears every change of the whole problem list; called once at once with the current list. */
    Registration addProblemsListener(Consumer<List<ProblemEntry>> listener);

    /** The contributions and the plugin class loader. */
    PluginRegistry plugins();

    /** Opens (or brings to front) a view by id. */
    void showView(String viewId);

    /** Runs a command by id, if it exists and is enabled. */
    void runCommand(String commandId);

    /** The workbench window, as parent for dialogs. */
    Window window();
}
