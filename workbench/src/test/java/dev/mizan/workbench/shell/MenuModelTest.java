package dev.mizan.workbench.shell;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MenuModelTest {
    record Cmd(String id, String menuPath) implements CommandContribution {
        @Override
        public String name() {
            return id;
        }

        @Override
        public void run(WorkbenchContext context) {
        }
    }

    @Test
    void ordersKnownTopMenusAndAppendsUnknownOnes() {
        MenuModel m = new MenuModel(List.of(new Cmd("a", "help"), new Cmd("b", "tools"), new Cmd("c", "file")));

        assertThat(m.menus()).extracting(MenuModel.Node::id).containsExactly("file", "help", "tools");
    }

    @Test
    void buildsSubmenusFromSlashes() {
        MenuModel m = new MenuModel(List.of(new Cmd("x", "window/showView"), new Cmd("y", "window")));

        MenuModel.Node window = m.menus().get(0);
        assertThat(window.submenus()).extracting(MenuModel.Node::id).containsExactly("showView");
        assertThat(window.submenus().get(0).commands()).extracting(CommandContribution::id).containsExactly("x");
        assertThat(window.commands()).extracting(CommandContribution::id).containsExactly("y");
    }

    @Test
    void leavesOutCommandsWithoutAMenuPlace() {
        assertThat(new MenuModel(List.of(new Cmd("z", null))).menus()).isEmpty();
    }
}
