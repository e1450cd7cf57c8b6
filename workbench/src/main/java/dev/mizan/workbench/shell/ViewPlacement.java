package dev.mizan.workbench.shell;

import java.util.Objects;

/** One view of a perspective and the area it goes to. */
public record ViewPlacement(String viewId, Placement placement) {
    public ViewPlacement {
        Objects.requireNonNull(viewId, "viewId");
        Objects.requireNonNull(placement, "placement");
    }
}
