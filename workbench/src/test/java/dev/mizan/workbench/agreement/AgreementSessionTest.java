package dev.mizan.workbench.agreement;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Project;
import dev.mizan.store.ProjectStore;
import dev.mizan.workbench.shell.OpenProject;
import dev.mizan.workbench.shell.Registration;
import dev.mizan.workbench.shell.WorkbenchContext;
import dev.mizan.workbench.testing.SampleProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The session the Agreement views share, driven by a stand-in workbench: no window, but the event dispatch thread, so under Xvfb like the rest (./mizan test). */
class AgreementSessionTest {
    private final List<Consumer<Optional<OpenProject>>> listeners = new ArrayList<>();
    private final AtomicReference<OpenProject> current = new AtomicReference<>();
    private WorkbenchContext context;
    private OpenProject sample;

    @BeforeEach
    void setUp() {
        ProjectStore store = ProjectStore.open(SampleProjects.SAMPLE);
        sample = new OpenProject(store, store.load().project());
        context = standIn();
    }

    /** A workbench that knows a project, its listeners and the user "lead"; everything else is unused here. */
    @SuppressWarnings("unchecked")
    private WorkbenchContext standIn() {
        return (WorkbenchContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{WorkbenchContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "stand-in workbench";
                    case "project" -> Optional.ofNullable(current.get());
                    case "addProjectListener" -> Registration.adding(listeners, (Consumer<Optional<OpenProject>>) args[0]);
                    case "annotator" -> "lead";
                    default -> null;
                });
    }

    private void open(OpenProject p) throws Exception {
        current.set(p);
        SwingUtilities.invokeAndWait(() -> List.copyOf(listeners).forEach(l -> l.accept(Optional.of(p))));
    }

    private AgreementSession attachedSession() throws Exception {
        return onEdt(() -> {
            AgreementSession s = AgreementSession.of(context);
            s.attach("test.view");
            return s;
        });
    }

    private static <T> T onEdt(Supplier<T> s) throws Exception {
        AtomicReference<T> r = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> r.set(s.get()));
        return r.get();
    }

    private static void awaitReport(AgreementSession session) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        for (int i = 0; i < 600 && !done.get(); i++) {
            Thread.sleep(50);
            SwingUtilities.invokeAndWait(() -> done.set(session.dashboard().isPresent() && !session.running()));
        }
        assertThat(done).as("the report was computed within 30 s").isTrue();
    }

    @Test
    void openingAProjectComputesAndChoosesTheFirstLayerPairAndMeasures() throws Exception {
        AgreementSession session = attachedSession();
        open(sample);
        awaitReport(session);

        assertThat(onEdt(session::layer)).isEqualTo("entity");
        assertThat(onEdt(session::pair)).containsExactly("annotator-a", "annotator-b");
        assertThat(onEdt(session::pairMeasure)).isEqualTo("krippendorff-alpha-u");
        assertThat(onEdt(session::documentMeasure)).isEqualTo("krippendorff-alpha-u");
        assertThat(onEdt(session::status)).startsWith("Compared 5 documents of 3 annotators");
        assertThat(onEdt(session::progress)).isEqualTo(100);
    }

    @Test
    void aClosedViewLeavesNoListenerOnTheWorkbenchOrTheSession() throws Exception {
        AtomicBoolean repainted = new AtomicBoolean();
        Registration attached = onEdt(() -> {
            AgreementSession s = AgreementSession.of(context);
            s.listen("test.view", () -> repainted.set(true));
            return s.attach("test.view");
        });
        assertThat(listeners).hasSize(1);

        SwingUtilities.invokeAndWait(attached::close);
        open(sample);

        assertThat(listeners).isEmpty();
        assertThat(repainted).as("the closed view is not repainted").isFalse();
    }

    @Test
    void anEditElsewhereMarksTheReportStaleAndKeepsIt() throws Exception {
        AgreementSession session = attachedSession();
        open(sample);
        awaitReport(session);
        Project project = sample.project();
        AnnotationSet set = project.annotationSets().get(0);

        open(new OpenProject(sample.store(), project.withAnnotationSet(set.withSpans(List.of(), java.time.Instant.now()))));

        assertThat(onEdt(session::status)).endsWith(AgreementTexts.of(Locale.ENGLISH).get("status.stale"));
        assertThat(onEdt(() -> session.dashboard().isPresent())).isTrue();
        assertThat(onEdt(session::running)).isFalse();
    }

    @Test
    void choosingALayerKeepsAMeasureTheLayerHas() throws Exception {
        AgreementSession session = attachedSession();
        open(sample);
        awaitReport(session);
        SwingUtilities.invokeAndWait(() -> {
            session.choosePairMeasure("span-f1-overlap");
            session.chooseLayer("claim");
        });

        assertThat(onEdt(session::layer)).isEqualTo("claim");
        assertThat(onEdt(session::pairMeasure)).isEqualTo("span-f1-overlap");
    }
}
