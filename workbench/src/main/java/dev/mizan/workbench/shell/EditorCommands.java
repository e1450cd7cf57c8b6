package dev.mizan.workbench.shell;

import dev.mizan.workbench.editor.DocumentEditor;

import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editor's actions as commands, so menus and Quick Access list them. They run the action of
 * the active editor tab. Keys that only make sense inside the text (Enter, Tab) are not bound
 * window-wide: the editor binds them itself, and the names say them.
 */
final class EditorCommands {
    private EditorCommands() {
    }

    /** id, key bound window-wide (or null), menu place. */
    private record Spec(String id, String key, String menu) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec(DocumentEditor.UNDO, "ctrl Z", "edit"),
            new Spec(DocumentEditor.REDO, "ctrl Y", "edit"),
            new Spec(DocumentEditor.DELETE, "DELETE", "edit"),
            new Spec(DocumentEditor.FIND, "ctrl F", "edit"),
            new Spec(DocumentEditor.LABEL_MENU, null, "annotate"),
            new Spec(DocumentEditor.LINK, null, "annotate"),
            new Spec(DocumentEditor.NEXT, null, "annotate"),
            new Spec(DocumentEditor.PREVIOUS, null, "annotate"),
            new Spec(DocumentEditor.MARK_DONE, "ctrl D", "annotate"));

    static List<CommandContribution> create(Workbench wb) {
        List<CommandContribution> result = new ArrayList<>();
        for (Spec s : SPECS) {
            result.add(new Command(s, wb.messages().get("command." + s.id())));
        }
        return result;
    }

    private record Command(Spec spec, String name) implements CommandContribution {
        @Override
        public String id() {
            return spec.id();
        }

        @Override
        public String keyBinding() {
            return spec.key();
        }

        @Override
        public String menuPath() {
            return spec.menu();
        }

        @Override
        public int priority() {
            return 50;
        }

        @Override
        public boolean isEnabled(WorkbenchContext context) {
            return action(context).isPresent();
        }

        @Override
        public void run(WorkbenchContext context) {
            action(context).ifPresent(a -> a.actionPerformed(new ActionEvent(context.window(), ActionEvent.ACTION_PERFORMED, id())));
        }

        private Optional<javax.swing.Action> action(WorkbenchContext context) {
            return ((Workbench) context).activeTab().flatMap(t -> t.action(id()));
        }
    }
}
