package dev.mizan.workbench.shell;

/**
 * An action of the workbench. Every menu item, toolbar button and key binding is a command, so
 * Quick Access (Ctrl+3) finds all of them by name.
 */
public interface CommandContribution extends Contribution {
    /** The name shown in menus and Quick Access, in the UI language. */
    String name();

    /**
     * The key binding in {@link javax.swing.KeyStroke#getKeyStroke(String)} form, e.g.
     * {@code "ctrl shift P"}; null for none.
     */
    default String keyBinding() {
        return null;
    }

    /**
     * Where the command appears in the menu bar: a top menu id and optional submenus separated by
     * {@code /}, e.g. {@code "file"} or {@code "edit/label"}; null keeps it out of the menus
     * (Quick Access still finds it). Known top menus: file, edit, annotate, view, window, help.
     */
    default String menuPath() {
        return null;
    }

    /** Whether the command can run now; checked before it runs and when menus open. */
    default boolean isEnabled(WorkbenchContext context) {
        return true;
    }

    /** Runs the command on the event dispatch thread; long work belongs in a SwingWorker. */
    void run(WorkbenchContext context);
}
