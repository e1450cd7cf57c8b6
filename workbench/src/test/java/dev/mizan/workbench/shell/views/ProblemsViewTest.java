package dev.mizan.workbench.shell.views;

import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Project;
import dev.mizan.store.Problem;
import dev.mizan.store.ProjectStore;
import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.shell.OpenProject;
import dev.mizan.workbench.shell.ProblemEntry;
import dev.mizan.workbench.shell.Registration;
import dev.mizan.workbench.shell.Roles;
import dev.mizan.workbench.shell.WorkbenchContext;
import dev.mizan.workbench.testing.SampleProjects;
import org.junit.jupiter.api.Test;

import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The Problems view over a stand-in workbench (no window, but the event dispatch thread). */
class ProblemsViewTest {
    private final List<Consumer<List<ProblemEntry>>> problemListeners = new ArrayList<>();
    private final List<Consumer<Optional<OpenProject>>> projectListeners = new ArrayList<>();
    private final AtomicReference<OpenProject> project = new AtomicReference<>();

    /** Only its store is used (never written): the project shown is made here. */
    private static final Path SAMPLE = SampleProjects.SAMPLE;
    private static final List<ProblemEntry> PROBLEMS = List.of(
            ProblemEntry.fromStore(Problem.of(Path.of("annotations/annotator-a/01.json"), "mine")),
            ProblemEntry.fromStore(Problem.of(Path.of("annotations/annotator-b/01.json"), "b's")),
            ProblemEntry.fromStore(Problem.of(Path.of("curation/01.json"), "the gold's")),
            ProblemEntry.fromStore(Problem.of(Path.of("project.json"), "the project's")));

    @SuppressWarnings("unchecked")
    private WorkbenchContext standIn(String user) {
        return (WorkbenchContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{WorkbenchContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "messages" -> Messages.of(Locale.ENGLISH);
                    case "annotator" -> user;
                    case "project" -> Optional.ofNullable(project.get());
                    case "addProblemsListener" -> {
                        Registration r = Registration.adding(problemListeners, (Consumer<List<ProblemEntry>>) args[0]);
                        ((Consumer<List<ProblemEntry>>) args[0]).accept(List.of());
                        yield r;
                    }
                    case "addProjectListener" -> Registration.adding(projectListeners, (Consumer<Optional<OpenProject>>) args[0]);
                    default -> null;
                });
    }

    private List<String> shownMessages(String user, Map<String, String> settings) throws Exception {
        project.set(new OpenProject(ProjectStore.open(SAMPLE),
                new Project("p", DefaultSchema.load(), settings, List.of(), List.of(), List.of())));
        AtomicReference<List<String>> shown = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            JTable table = (JTable) ((JScrollPane) new ProblemsView().createView(standIn(user))).getViewport().getView();
            problemListeners.forEach(l -> l.accept(PROBLEMS));
            projectListeners.forEach(l -> l.accept(Optional.of(project.get())));
            List<String> messages = new ArrayList<>();
            for (int row = 0; row < table.getRowCount(); row++) {
                messages.add((String) table.getValueAt(row, 1));
            }
            shown.set(messages);
        });
        return shown.get();
    }

    @Test
    void anAnnotatorUnderBlindAnnotationIsShownOnlyTheirOwnFilesAndProjectWideProblems() throws Exception {
        assertThat(shownMessages("annotator-a", Map.of(Roles.SUPERVISORS_SETTING, "lead")))
                .containsExactly("mine", "the project's");
    }

    @Test
    void aSupervisorIsShownEveryProblem() throws Exception {
        assertThat(shownMessages("lead", Map.of(Roles.SUPERVISORS_SETTING, "lead")))
                .containsExactly("mine", "b's", "the gold's", "the project's");
    }
}
