package dev.mizan.workbench.shell;

import java.util.function.Supplier;

/**
 * A view contribution whose id, order, title and place are given once; the subclass only builds
 * the view. The title is asked for each time it is shown, so it follows the UI language.
 */
public abstract class ViewContributionBase implements ViewContribution {
    private final String id;
    private final int priority;
    private final Supplier<String> title;
    private final Placement placement;

    protected ViewContributionBase(String id, int priority, Supplier<String> title, Placement placement) {
        this.id = id;
        this.priority = priority;
        this.title = title;
        this.placement = placement;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int priority() {
        return priority;
    }

    @Override
    public final String title() {
        return title.get();
    }

    @Override
    public final Placement defaultPlacement() {
        return placement;
    }
}
