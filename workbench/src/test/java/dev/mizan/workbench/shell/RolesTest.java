package dev.mizan.workbench.shell;

import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {
    private static Project withSettings(Map<String, String> settings) {
        return new Project("p", DefaultSchema.load(), settings, List.of(), List.of(), List.of());
    }

    @Test
    void aProjectThatNamesNoSupervisorsLetsEveryoneSupervise() {
        assertThat(Roles.of(withSettings(Map.of()), "anyone")).isEqualTo(Role.SUPERVISOR);
    }

    @Test
    void aNamedSupervisorSupervisesAndEveryoneElseAnnotatesBlind() {
        Project p = withSettings(Map.of(Roles.SUPERVISORS_SETTING, " amira , omar"));

        assertThat(Roles.of(p, "omar")).isEqualTo(Role.SUPERVISOR);
        assertThat(Roles.isSupervisor(p, "annotator-a")).isFalse();
        assertThat(Roles.supervisors(p)).containsExactly("amira", "omar");
    }
}
