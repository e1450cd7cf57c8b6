package dev.mizan.workbench.shell;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuickAccessModelTest {
    record Cmd(String id, String name, String keyBinding) implements CommandContribution {
        @Override
        public void run(WorkbenchContext context) {
        }
    }

    private final QuickAccessModel model = new QuickAccessModel(List.of(
            new Cmd("mizan.view.toggleTheme", "Toggle Dark Theme", null),
            new Cmd("mizan.file.open", "Open Project…", "ctrl O"),
            new Cmd("mizan.showView.outline", "Show View: Outline", null),
            new Cmd("mizan.edit.undo", "Undo", "ctrl Z")));

    @Test
    void findsACommandByAnyPartOfItsName() {
        assertThat(model.find("dark")).extracting(QuickAccessModel.Match::label).containsExactly("Toggle Dark Theme");
    }

    @Test
    void ignoresCaseAndNeedsEveryWordTyped() {
        assertThat(model.find("SHOW outl")).extracting(QuickAccessModel.Match::label).containsExactly("Show View: Outline");
        assertThat(model.find("show theme")).isEmpty();
    }

    @Test
    void putsNamesStartingWithTheQueryFirst() {
        List<QuickAccessModel.Match> found = model.find("o");

        assertThat(found.get(0).label()).isEqualTo("Open Project…");
    }

    @Test
    void showsTheKeyBindingAsUsersReadIt() {
        assertThat(model.find("undo")).singleElement().extracting(QuickAccessModel.Match::keys).isEqualTo("Ctrl+Z");
    }

    @Test
    void listsEverythingForAnEmptyQuery() {
        assertThat(model.find("  ")).hasSize(4);
    }

    @Test
    void findsByIdToo() {
        assertThat(model.find("toggleTheme")).hasSize(1);
    }
}
