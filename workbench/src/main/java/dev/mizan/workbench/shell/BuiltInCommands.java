package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.app.Preferences;
import dev.mizan.workbench.app.Theme;

/**
 * The shell's own commands, each a small class so ServiceLoader can list it
 * (META-INF/services/dev.mizan.workbench.shell.CommandContribution). Names come from the UI
 * bundle under {@code command.<id without "mizan.">}.
 */
public final class BuiltInCommands {
    private BuiltInCommands() {
    }

    /** Shared plumbing: id, bundle name, key, menu place, order. */
    abstract static class Base implements CommandContribution {
        private final String id;
        private final String key;
        private final String menu;
        private final int priority;

        Base(String id, String key, String menu, int priority) {
            this.id = id;
            this.key = key;
            this.menu = menu;
            this.priority = priority;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String name() {
            return Messages.text("command." + id.substring("mizan.".length()));
        }

        @Override
        public String keyBinding() {
            return key;
        }

        @Override
        public String menuPath() {
            return menu;
        }

        @Override
        public int priority() {
            return priority;
        }

        static Workbench wb(WorkbenchContext ctx) {
            return (Workbench) ctx;
        }
    }

    public static final class OpenProject extends Base {
        public OpenProject() {
            super("mizan.file.open", "ctrl O", "file", 10);
        }

        @Override
        public void run(WorkbenchContext ctx) {
            wb(ctx).chooseAndOpenProject();
        }
    }

    public static final class NewProject extends Base {
        public NewProject() {
            super("mizan.file.new", null, "file", 11);
        }

        @Override
        public void run(WorkbenchContext ctx) {
            wb(ctx).chooseAndCreateProject();
        }
    }

    /** Writes the active editor's pending edits now (autosave does it anyway a moment later). */
    public static final class Save extends Base {
        public Save() {
            super("mizan.file.save", "ctrl S", "file", 20);
        }

        @Override
        public boolean isEnabled(WorkbenchContext ctx) {
            return ctx.activeEditor().isPresent();
        }

        @Override
        public void run(WorkbenchContext ctx) {
            ctx.activeEditor().ifPresent(s -> ctx.showStatus(ctx.messages().get(
                    s.flush() ? "status.saved" : "status.saveFailed")));
        }
    }

    public static final class CloseEditor extends Base {
        public CloseEditor() {
            super("mizan.file.closeEditor", "ctrl W", "file", 21);
        }

        @Override
        public boolean isEnabled(WorkbenchContext ctx) {
            return !wb(ctx).editors().isEmpty();
        }

        @Override
        public void run(WorkbenchContext ctx) {
            wb(ctx).closeActiveEditor();
        }
    }

    /** Checks every file of the project; the Problems view lists what is wrong. */
    public static final class ValidateProject extends Base {
        public ValidateProject() {
            super("mizan.file.validate", null, "file", 30);
        }

        @Override
        public boolean isEnabled(WorkbenchContext ctx) {
            return ctx.project().isPresent();
        }

        @Override
        public void run(WorkbenchContext ctx) {
            ctx.showView("mizan.view.problems");
            wb(ctx).validateProject();
        }
    }

    public static final class OpenPreferences extends Base {
        public OpenPreferences() {
            super("mizan.file.preferences", "ctrl COMMA", "file", 80);
        }

        @Override
        public void run(WorkbenchContext ctx) {
            PreferencesDialog.show(wb(ctx));
        }
    }

    public static final class Exit extends Base {
        public Exit() {
            super("mizan.file.exit", "ctrl Q", "file", 99);
        }

        @Override
        public void run(WorkbenchContext ctx) {
            wb(ctx).exit();
        }
    }

    public static final class ToggleTheme extends Base {
        public ToggleTheme() {
            super("mizan.view.toggleTheme", null, "view", 10);
        }

        @Override
        public void run(WorkbenchContext ctx) {
            Preferences p = ctx.preferences();
            wb(ctx).updatePreferences(p.withTheme(p.theme() == Theme.DARK ? Theme.LIGHT : Theme.DARK));
        }
    }

    public static final class SwitchLanguage extends Base {
        public SwitchLanguage() {
            super("mizan.view.switchLanguage", null, "view", 11);
        }

        @Override
        public void run(WorkbenchContext ctx) {
            Preferences p = ctx.preferences();
            wb(ctx).updatePreferences(p.withLanguage(p.rightToLeft() ? "en" : "ar"));
        }
    }

    /** Editor font size steps; the editor listens to preference changes. */
    abstract static class FontSize extends Base {
        private final int delta;

        FontSize(String id, String key, int priority, int delta) {
            super(id, key, "view", priority);
            this.delta = delta;
        }

        @Override
        public void run(WorkbenchContext ctx) {
            Preferences p = ctx.preferences();
            int size = delta == 0 ? Preferences.DEFAULT_FONT_SIZE : p.editorFontSize() + delta;
            wb(ctx).updatePreferences(p.withEditorFont(p.editorFont(), size));
            ctx.showStatus(ctx.messages().format("status.fontSize", ctx.preferences().editorFontSize()));
        }
    }

    public static final class FontBigger extends FontSize {
        public FontBigger() {
            super("mizan.view.fontBigger", "ctrl EQUALS", 20, 2);
        }
    }

    public static final class FontSmaller extends FontSize {
        public FontSmaller() {
            super("mizan.view.fontSmaller", "ctrl MINUS", 21, -2);
        }
    }

    public static final class FontReset extends FontSize {
        public FontReset() {
            super("mizan.view.fontReset", "ctrl 0", 22, 0);
        }
    }

    public static final class QuickAccess extends Base {
        public QuickAccess() {
            super("mizan.window.quickAccess", "ctrl 3", "window", 10);
        }

        @Override
        public void run(WorkbenchContext ctx) {
            wb(ctx).openQuickAccess();
        }
    }

    public static final class ResetPerspective extends Base {
        public ResetPerspective() {
            super("mizan.window.resetPerspective", null, "window", 20);
        }

        @Override
        public void run(WorkbenchContext ctx) {
            wb(ctx).resetPerspective();
        }
    }

    public static final class KeyboardShortcuts extends Base {
        public KeyboardShortcuts() {
            super("mizan.help.keys", "F1", "help", 10);
        }

        @Override
        public void run(WorkbenchContext ctx) {
            InfoDialogs.keys(wb(ctx));
        }
    }

    public static final class Plugins extends Base {
        public Plugins() {
            super("mizan.help.plugins", null, "help", 20);
        }

        @Override
        public void run(WorkbenchContext ctx) {
            InfoDialogs.plugins(wb(ctx));
        }
    }

    public static final class About extends Base {
        public About() {
            super("mizan.help.about", null, "help", 30);
        }

        @Override
        public void run(WorkbenchContext ctx) {
            InfoDialogs.about(wb(ctx));
        }
    }
}
