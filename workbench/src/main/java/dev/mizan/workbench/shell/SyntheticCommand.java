package dev.mizan.workbench.shell;

import java.util.function.Consumer;

/** A command the workbench makes itself, e.g. "Show View: Outline" for every view. */
record SyntheticCommand(String id, String name, String keyBinding, String menuPath, Consumer<WorkbenchContext> action)
        implements CommandContribution {
    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public void run(WorkbenchContext context) {
        action.accept(context);
    }
}
