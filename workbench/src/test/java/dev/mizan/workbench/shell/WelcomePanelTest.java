package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.Messages;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WelcomePanelTest {
    private static final Messages EN = Messages.of(Locale.ENGLISH);

    @Test
    void saysWhichProjectIsLoadingInsteadOfOfferingOpenAndNew() {
        JComponent panel = WelcomePanel.create(EN, false, Path.of("/data/syria-russia-visit"), () -> { }, () -> { });

        assertThat(hint(panel)).isEqualTo("Opening the project syria-russia-visit…");
        assertThat(all(panel)).noneMatch(c -> c instanceof JButton);
    }

    @Test
    void offersOpenAndNewWhenNoProjectIsOpenOrLoading() {
        JComponent panel = WelcomePanel.create(EN, false, null, () -> { }, () -> { });

        assertThat(hint(panel)).startsWith("No project is open");
        assertThat(all(panel)).filteredOn(c -> c instanceof JButton).extracting(Component::getName)
                .containsExactly("welcome.open", "welcome.new");
    }

    private static String hint(Container c) {
        return all(c).stream().filter(x -> "welcome.hint".equals(x.getName())).map(x -> ((JLabel) x).getText())
                .findFirst().orElseThrow();
    }

    private static List<Component> all(Container c) {
        List<Component> out = new ArrayList<>();
        for (Component child : c.getComponents()) {
            out.add(child);
            if (child instanceof Container k) {
                out.addAll(all(k));
            }
        }
        return out;
    }
}
