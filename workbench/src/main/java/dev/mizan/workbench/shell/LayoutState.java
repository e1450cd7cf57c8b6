package dev.mizan.workbench.shell;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The window's arrangement, remembered between runs in {@code layout.json}: the window bounds,
 * the active perspective, and per perspective which views are open where and how big the areas are.
 */
@JsonPropertyOrder({"x", "y", "width", "height", "maximized", "perspective", "perspectives", "lastProject"})
public record LayoutState(int x, int y, int width, int height, boolean maximized, String perspective,
                          Map<String, Arrangement> perspectives, String lastProject) {

    /**
     * One perspective's arrangement.
     *
     * @param views        the open views in tab order, each with its area
     * @param startSize    width of the START area in pixels
     * @param endSize      width of the END area
     * @param bottomSize   height of the BOTTOM area
     */
    @JsonPropertyOrder({"views", "startSize", "endSize", "bottomSize"})
    public record Arrangement(List<ViewPlacement> views, int startSize, int endSize, int bottomSize) {
        public static final int DEFAULT_START = 300;
        public static final int DEFAULT_END = 320;
        public static final int DEFAULT_BOTTOM = 230;

        public Arrangement {
            views = views == null ? List.of() : List.copyOf(views);
            startSize = startSize <= 0 ? DEFAULT_START : startSize;
            endSize = endSize <= 0 ? DEFAULT_END : endSize;
            bottomSize = bottomSize <= 0 ? DEFAULT_BOTTOM : bottomSize;
        }

        public static Arrangement of(List<ViewPlacement> views) {
            return new Arrangement(views, 0, 0, 0);
        }

        public int size(Placement p) {
            return switch (p) {
                case START -> startSize;
                case END -> endSize;
                case BOTTOM -> bottomSize;
            };
        }
    }

    public LayoutState {
        perspectives = perspectives == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(perspectives));
        width = width <= 0 ? 1280 : width;
        height = height <= 0 ? 800 : height;
    }

    public static LayoutState initial() {
        return new LayoutState(-1, -1, 1280, 800, false, null, Map.of(), null);
    }

    public LayoutState withArrangement(String perspectiveId, Arrangement a) {
        Map<String, Arrangement> copy = new TreeMap<>(perspectives);
        copy.put(perspectiveId, a);
        return new LayoutState(x, y, width, height, maximized, perspectiveId, copy, lastProject);
    }

    public LayoutState withoutArrangement(String perspectiveId) {
        Map<String, Arrangement> copy = new TreeMap<>(perspectives);
        copy.remove(perspectiveId);
        return new LayoutState(x, y, width, height, maximized, perspective, copy, lastProject);
    }

    public LayoutState withBounds(int nx, int ny, int nw, int nh, boolean max) {
        return new LayoutState(nx, ny, nw, nh, max, perspective, perspectives, lastProject);
    }

    public LayoutState withLastProject(String path) {
        return new LayoutState(x, y, width, height, maximized, perspective, perspectives, path);
    }
}
