package dev.mizan.workbench.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutStoreTest {
    @TempDir
    Path dir;

    @Test
    void remembersViewsAndAreaSizesPerPerspective() throws Exception {
        LayoutStore store = new LayoutStore(dir.resolve("layout.json"));
        LayoutState state = LayoutState.initial()
                .withBounds(10, 20, 1000, 700, false)
                .withArrangement("mizan.perspective.annotate", new LayoutState.Arrangement(
                        List.of(new ViewPlacement("mizan.view.outline", Placement.START)), 300, 0, 150));

        store.save(state);
        LayoutState read = store.load();

        assertThat(read).isEqualTo(state);
        assertThat(read.perspectives().get("mizan.perspective.annotate").endSize())
                .isEqualTo(LayoutState.Arrangement.DEFAULT_END);
    }

    @Test
    void startsFromTheInitialLayoutWhenTheFileIsDamaged() throws Exception {
        Files.writeString(dir.resolve("layout.json"), "{ not json");

        assertThat(new LayoutStore(dir.resolve("layout.json")).load()).isEqualTo(LayoutState.initial());
    }
}
