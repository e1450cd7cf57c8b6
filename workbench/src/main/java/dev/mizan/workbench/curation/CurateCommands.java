package dev.mizan.workbench.curation;

import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.shell.CommandContribution;
import dev.mizan.workbench.shell.WorkbenchContext;

import java.util.function.Consumer;

/** The Curate view's actions as commands, so Quick Access finds them and F8 works from anywhere in the view's window. */
public final class CurateCommands {
    private CurateCommands() {
    }

    /** A command that acts on the open Curate view; disabled when none is showing. */
    private abstract static class OnPanel implements CommandContribution {
        private final String id;
        private final String nameKey;
        private final String keys;
        private final Consumer<CuratePanel> action;

        OnPanel(String id, String nameKey, String keys, Consumer<CuratePanel> action) {
            this.id = id;
            this.nameKey = nameKey;
            this.keys = keys;
            this.action = action;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String name() {
            return Messages.text(nameKey);
        }

        @Override
        public String keyBinding() {
            return keys;
        }

        @Override
        public String menuPath() {
            return "annotate/curate";
        }

        @Override
        public boolean isEnabled(WorkbenchContext context) {
            return CurationNavigator.panel(context).filter(CuratePanel::isShowing).isPresent();
        }

        @Override
        public void run(WorkbenchContext context) {
            CurationNavigator.panel(context).filter(CuratePanel::isShowing).ifPresent(action);
        }
    }

    /** Runs the auto-merge over the project ({@code mizan curate --auto}), off the EDT. */
    public static final class AutoMerge extends OnPanel {
        public AutoMerge() {
            super("mizan.curate.autoMerge", "curate.command.autoMerge", null, CuratePanel::autoMerge);
        }
    }

    /** Focuses the next open disagreement. */
    public static final class Next extends OnPanel {
        public Next() {
            super("mizan.curate.next", "curate.command.next", "F8", CuratePanel::next);
        }
    }

    /** Focuses the previous open disagreement. */
    public static final class Previous extends OnPanel {
        public Previous() {
            super("mizan.curate.previous", "curate.command.previous", "shift F8", CuratePanel::previous);
        }
    }
}
