package dev.mizan.workbench.shell;

import dev.mizan.model.Project;

import java.util.Arrays;
import java.util.List;

/**
 * Who supervises a project. The project settings say it, so the whole team shares one rule:
 * {@code "supervisors": "amira, omar"} in {@code project.json} makes those annotator ids supervisors
 * and everyone else an annotator who sees only their own work (blind annotation). A project without
 * the setting is open: everyone is a supervisor, as before roles existed.
 * <p>
 * This keeps annotators from being influenced by each other; it is not access control (the files
 * are on their disk).
 */
public final class Roles {
    /** Project setting: comma-separated annotator ids of the supervisors. */
    public static final String SUPERVISORS_SETTING = "supervisors";

    private Roles() {
    }

    /** The supervisors the project names; empty when it names none (everyone supervises). */
    public static List<String> supervisors(Project project) {
        String value = project.settings().get(SUPERVISORS_SETTING);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The role of {@code user} (an annotator id) in the project. */
    public static Role of(Project project, String user) {
        List<String> supervisors = supervisors(project);
        return supervisors.isEmpty() || supervisors.contains(user) ? Role.SUPERVISOR : Role.ANNOTATOR;
    }

    /** True when the user may see others' work: the Curate and Agreement perspectives, others' statuses. */
    public static boolean isSupervisor(Project project, String user) {
        return of(project, user) == Role.SUPERVISOR;
    }
}
