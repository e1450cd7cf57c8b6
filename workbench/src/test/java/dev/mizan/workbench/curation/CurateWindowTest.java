package dev.mizan.workbench.curation;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Project;
import dev.mizan.model.Provenance;
import dev.mizan.model.Span;
import dev.mizan.store.ProjectStore;
import dev.mizan.workbench.shell.Roles;
import dev.mizan.workbench.shell.Workbench;
import dev.mizan.workbench.testing.NeedsADisplay;
import dev.mizan.workbench.testing.WorkbenchSandbox;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.swing.JComponent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;

import static dev.mizan.workbench.testing.Waits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Curate perspective in a real window (Xvfb: ./mizan test) on a copy of the sample project without
 * its gold, where annotator-b (annotator 2) has one more claim in the first article than the others:
 * the one disagreement open there. Never skipped: without a display these tests fail.
 */
@NeedsADisplay
class CurateWindowTest {
    private static final String DOC = "01-putin-backs-syria-unity";

    @RegisterExtension
    final WorkbenchSandbox bench = WorkbenchSandbox.onSampleWithoutGold("lead");
    private Robot robot;
    private Workbench wb;
    private FrameFixture window;

    @BeforeEach
    void setUp() throws IOException {
        addAClaimOnlyAnnotatorBMade(bench.project());
        robot = bench.robot();
    }

    /** The test's own disagreement, so it does not depend on what the sample's annotators chose. */
    private static void addAClaimOnlyAnnotatorBMade(Path project) throws IOException {
        ProjectStore store = ProjectStore.open(project);
        AnnotationSet b = store.load().project().annotationSet("annotator-b", DOC).orElseThrow();
        assertThat(b.spans()).noneMatch(s -> s.layer().equals("claim") && s.begin() == 1995);
        store.saveAnnotationSet(b.withSpan(new Span(b.nextSpanId("c"), 1995, 2041, "claim", "CLAIM",
                Map.of("type", "PREDICTION", "checkworthy", false)), Instant.parse("2026-11-30T10:00:00Z")));
    }

    private void launchCurate() {
        launch("curate");
    }

    private void launch(String perspective) {
        wb = bench.launch(perspective);
        window = bench.window();
    }

    @Test
    void resolvesTheDisagreementByKeyboardAndWritesTheGoldWithManualProvenance() throws IOException {
        launchCurate();
        assertThat(wb.perspectiveId()).isEqualTo(CuratePerspective.ID);
        waitUntil("the first article is shown", () -> GuiActionRunner.execute(() ->
                robot.finder().findByName("curate.text", JComponent.class, true) != null));
        JComponent text = robot.finder().findByName("curate.text", JComponent.class, true);
        waitUntil("the text has the keyboard focus without a click", () -> GuiActionRunner.execute(text::isFocusOwner));

        robot.pressAndReleaseKey(KeyEvent.VK_N);
        window.textBox("curate.details").requireText(java.util.regex.Pattern.compile("(?s).*2  annotator-b: CLAIM.*"));
        robot.pressAndReleaseKey(KeyEvent.VK_2);

        Path goldFile = bench.project().resolve("curation/" + DOC + ".json");
        waitUntil("the gold file is written", () -> Files.isRegularFile(goldFile));
        GoldSet gold = ProjectStore.open(bench.project()).load().project().gold(DOC).orElseThrow();
        Span claim = gold.spans().stream().filter(s -> s.layer().equals("claim") && s.begin() == 1995).findFirst().orElseThrow();
        assertThat(claim.end()).isEqualTo(2041);
        Provenance p = gold.provenance().get(claim.id());
        assertThat(p.origin()).isEqualTo(Provenance.Origin.MANUAL);
        assertThat(p.curator()).isEqualTo("lead");
        assertThat(p.annotators()).containsExactly("annotator-b");
        window.label("curate.counts").requireText("Gold: 1 resolved · 0 open");

        window.tree("explorer.tree").selectRow(2).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitUntil("the explorer's document is shown", () -> GuiActionRunner.execute(() ->
                CurationNavigator.panel(wb).flatMap(CuratePanel::model)
                        .map(m -> m.document().id().equals("02-kremlin-receives-ministers")).orElse(false)));
    }

    @Test
    void theExplorerShowsGoldProgressInCurateButNotInAnnotate() {
        launchCurate();
        waitUntil("the explorer shows each document's gold progress", () -> {
            List<String> documents = explorerDocumentRows();
            return documents.size() == 5 && documents.stream().allMatch(r -> r.startsWith("[gold: "));
        });

        GuiActionRunner.execute(() -> wb.switchPerspective("annotate"));

        waitUntil("the explorer lists the documents", () -> explorerDocumentRows().size() == 5);
        assertThat(explorerDocumentRows()).noneMatch(r -> r.contains("[gold: "));
    }

    /** The text of the explorer's document rows, as its renderer shows them. */
    private List<String> explorerDocumentRows() {
        return GuiActionRunner.execute(() -> {
            javax.swing.JTree tree = robot.finder().findByName("explorer.tree", javax.swing.JTree.class, true);
            List<String> rows = new java.util.ArrayList<>();
            for (int i = 0; i < tree.getRowCount(); i++) {
                Object node = tree.getPathForRow(i).getLastPathComponent();
                if (tree.getPathForRow(i).getPathCount() == 2) {
                    rows.add(((javax.swing.JLabel) tree.getCellRenderer().getTreeCellRendererComponent(
                            tree, node, false, false, false, i, false)).getText());
                }
            }
            return rows;
        });
    }

    @Test
    void openingADocumentInCurateShowsItThereWithoutMakingAnEditorTab() {
        launchCurate();
        waitUntil("the first article is shown", () -> GuiActionRunner.execute(() ->
                CurationNavigator.panel(wb).flatMap(CuratePanel::model).isPresent()));

        window.tree("explorer.tree").selectRow(2).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiActionRunner.execute(() -> wb.openDocument("03-shaibani-lavrov-egypt"));

        waitUntil("the last document opened is shown", () -> GuiActionRunner.execute(() ->
                CurationNavigator.panel(wb).flatMap(CuratePanel::model)
                        .map(m -> m.document().id().equals("03-shaibani-lavrov-egypt")).orElse(false)));
        assertThat(GuiActionRunner.execute(() -> wb.editors())).as("no hidden editor tab").isEmpty();
        GuiActionRunner.execute(() -> wb.switchPerspective(Workbench.DEFAULT_PERSPECTIVE));
        assertThat(GuiActionRunner.execute(() -> wb.editors())).as("no stray tab in Annotate either").isEmpty();
    }

    @Test
    void theArabicUiPutsTheDisagreementListOnTheLeftOfTheText() {
        System.setProperty("mizan.lang", "ar");
        try {
            launchCurate();
            waitUntil("the first article is shown", () -> GuiActionRunner.execute(() ->
                    robot.finder().findByName("curate.text", JComponent.class, true) != null));

            JComponent text = robot.finder().findByName("curate.text", JComponent.class, true);
            JComponent list = window.list("curate.disagreements").target();
            assertThat(GuiActionRunner.execute(() -> list.getLocationOnScreen().x + list.getWidth()))
                    .as("the list ends where the text begins, on its left").isLessThanOrEqualTo(
                            GuiActionRunner.execute(() -> text.getLocationOnScreen().x));
            assertThat(list.getComponentOrientation().isLeftToRight()).isFalse();
        } finally {
            System.clearProperty("mizan.lang");
        }
    }

    @Test
    void theEnglishUiKeepsTheDisagreementListOnTheRightOfTheText() {
        launchCurate();
        waitUntil("the first article is shown", () -> GuiActionRunner.execute(() ->
                robot.finder().findByName("curate.text", JComponent.class, true) != null));

        JComponent text = robot.finder().findByName("curate.text", JComponent.class, true);
        JComponent list = window.list("curate.disagreements").target();
        assertThat(GuiActionRunner.execute(() -> list.getLocationOnScreen().x)).isGreaterThanOrEqualTo(
                GuiActionRunner.execute(() -> text.getLocationOnScreen().x + text.getWidth()));
    }

    @Test
    void theNavigatorOpensCurateAtAPlaceFromAnotherPerspective() {
        launch("annotate");

        GuiActionRunner.execute(() -> CurationNavigator.reveal(wb, DOC, 2000, 2010));

        waitUntil("the disagreement there is in focus", () -> GuiActionRunner.execute(() ->
                CurationNavigator.panel(wb).flatMap(CuratePanel::model)
                        .map(m -> m.document().id().equals(DOC) && m.currentIndex() == 0).orElse(false)));
        assertThat(wb.perspectiveId()).isEqualTo(CuratePerspective.ID);
    }

    @Test
    void anAnnotatorUnderBlindAnnotationIsToldCurationIsForSupervisors() throws IOException {
        ProjectStore store = ProjectStore.open(bench.project());
        Project project = store.load().project();
        Map<String, String> settings = new HashMap<>(project.settings());
        settings.put(Roles.SUPERVISORS_SETTING, "lead");
        store.saveProjectFile(project.name(), project.schema(), settings);
        System.setProperty("mizan.annotator", "annotator-a");

        launchCurate();

        waitUntil("the message shows", () -> GuiActionRunner.execute(() ->
                window.label("curate.message").target().getText().contains("supervisors")));
        assertThat(bench.project().resolve("curation/" + DOC + ".json")).doesNotExist();
    }
}
