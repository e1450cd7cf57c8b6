package dev.mizan.workbench.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mizan.agreement.AgreementReport;
import dev.mizan.workbench.app.WorkbenchLauncher;
import dev.mizan.workbench.cli.MizanCommand;
import dev.mizan.workbench.curation.CuratePerspective;
import dev.mizan.workbench.shell.Roles;
import dev.mizan.workbench.shell.Workbench;
import dev.mizan.model.Project;
import dev.mizan.store.ProjectStore;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Agreement perspective in a real window (Xvfb: ./mizan test) on a copy of the sample project with
 * its three annotators. Never skipped: without a display these tests fail.
 */
class AgreementPerspectiveWindowTest {
    private static final String LAYER = "claim";

    @TempDir
    Path tmp;
    private Robot robot;
    private Workbench wb;
    private FrameFixture window;

    @BeforeAll
    static void needsADisplay() {
        assertThat(GraphicsEnvironment.isHeadless())
                .as("GUI tests need a display: run them under Xvfb with './mizan test' (or xvfb-run)").isFalse();
    }

    @BeforeEach
    void setUp() throws IOException {
        System.setProperty("mizan.home", tmp.resolve("home").toString());
        System.setProperty("mizan.annotator", "lead");
        System.setProperty("mizan.noExit", "true");
        System.clearProperty("mizan.lang");
        System.clearProperty("mizan.theme");
        SampleProjectCopy.copyTo(tmp.resolve("project"));
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
    }

    private void launch() {
        wb = WorkbenchLauncher.launch(new WorkbenchLauncher.Options(tmp.resolve("project"), "agreement", false));
        window = new FrameFixture(robot, wb.frame());
        waitUntil("the report is computed", () -> GuiActionRunner.execute(() ->
                AgreementSession.of(wb).dashboard().isPresent() && !AgreementSession.of(wb).running()));
        window.comboBox("agreement.layer").selectItem(LAYER);
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        } else if (robot != null) {
            robot.cleanUp();
        }
    }

    @Test
    void showsTheCommandLinesJsonValuesAndSavesTheSameReportFiles() throws IOException {
        launch();
        assertThat(wb.perspectiveId()).isEqualTo(AgreementPerspective.ID);
        String cliJson = cli("agreement", tmp.resolve("project").toString(), "--json");
        JsonNode cli = new ObjectMapper().readTree(cliJson);
        JsonNode alphaU = corpusMeasure(cli, "krippendorff-alpha-u");

        JTableFixture corpus = window.table("agreement.corpus");
        assertThat(corpus.valueAt(TableCell.row(0).column(0))).isEqualTo("Krippendorff's α_u");
        assertThat(corpus.valueAt(TableCell.row(0).column(1)))
                .isEqualTo(String.format(Locale.ROOT, "%.3f", alphaU.get("value").asDouble()));
        assertThat(corpus.valueAt(TableCell.row(0).column(2))).isEqualTo(String.format(Locale.ROOT, "[%.3f, %.3f]",
                alphaU.get("ci").get(0).asDouble(), alphaU.get("ci").get(1).asDouble()));
        assertThat(corpus.valueAt(TableCell.row(0).column(3))).isEqualTo(alphaU.get("n").asText());
        // Not only the same to three decimals: the very number.
        double shown = GuiActionRunner.execute(() -> AgreementSession.of(wb).dashboard().orElseThrow()
                .corpusValue(LAYER, "krippendorff-alpha-u", null, null).orElseThrow().value().get());
        assertThat(shown).isEqualTo(alphaU.get("value").asDouble());

        AgreementReport report = GuiActionRunner.execute(() -> AgreementSession.of(wb).dashboard().orElseThrow().report());
        Path json = tmp.resolve("saved.json");
        ReportSaving.save(report, ReportFormat.JSON, json);
        assertThat(Files.readString(json)).isEqualTo(cliJson);
        Path html = tmp.resolve("saved.html");
        ReportSaving.save(report, ReportFormat.HTML, html);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("krippendorff-alpha-u");
        Path csv = tmp.resolve("saved.csv");
        ReportSaving.save(report, ReportFormat.CSV, csv);
        assertThat(Files.readAllLines(csv)).hasSizeGreaterThan(report.entries().size());
    }

    @Test
    void clickingAHeatmapCellShowsThatPairsConfusionMatrix() {
        launch();
        HeatmapPanel heatmap = robot.finder().findByName("agreement.heatmap", HeatmapPanel.class, true);
        robot.click(heatmap, GuiActionRunner.execute(() -> heatmap.centreOf(0, 2)));

        window.label("agreement.confusionTitle").requireText("Confusion matrix (claim): rows annotator-a, columns annotator-c");
        // claim has one label: CLAIM, then the missing row and column; annotator-a and -c marked the same 30 claims.
        JTableFixture confusion = window.table("agreement.confusion");
        assertThat(confusion.rowCount()).isEqualTo(2);
        assertThat(confusion.valueAt(TableCell.row(0).column(1))).isEqualTo("30");
    }

    @Test
    void cancelKeepsTheReportAndDoubleClickOpensTheDisagreementInCurate() {
        launch();
        GuiActionRunner.execute(() -> {
            AgreementSession session = AgreementSession.of(wb);
            session.compute(AgreementRequest.all());
            session.cancel();
        });
        window.label("agreement.status").requireText(AgreementTexts.of(Locale.ENGLISH).get("status.cancelled"));
        window.button("agreement.compute").requireEnabled();
        window.button("agreement.cancel").requireDisabled();
        assertThat(window.table("agreement.corpus").rowCount()).isPositive();

        JTableFixture disagreements = window.table("agreement.disagreements");
        assertThat(disagreements.rowCount()).isEqualTo(1);
        disagreements.cell(TableCell.row(0).column(2)).doubleClick();

        waitUntil("the Curate perspective opens", () -> GuiActionRunner.execute(() -> wb.perspectiveId().equals(CuratePerspective.ID)));
        waitUntil("the disagreement is in focus", () -> GuiActionRunner.execute(() ->
                window.textBox("curate.details").target().getText().contains("annotator-b: CLAIM")));
    }

    @Test
    void anAnnotatorUnderBlindAnnotationSeesNoAgreement() throws IOException {
        ProjectStore store = ProjectStore.open(tmp.resolve("project"));
        Project project = store.load().project();
        Map<String, String> settings = new HashMap<>(project.settings());
        settings.put(Roles.SUPERVISORS_SETTING, "lead");
        store.saveProjectFile(project.name(), project.schema(), settings);
        System.setProperty("mizan.annotator", "annotator-a");

        wb = WorkbenchLauncher.launch(new WorkbenchLauncher.Options(tmp.resolve("project"), "agreement", false));
        window = new FrameFixture(robot, wb.frame());

        waitUntil("the message shows", () -> GuiActionRunner.execute(() ->
                window.label("agreement.status").target().getText().contains("supervisors (lead)")));
        assertThat(GuiActionRunner.execute(() -> AgreementSession.of(wb).dashboard().isPresent())).isFalse();
        assertThat(window.table("agreement.disagreements").rowCount()).isZero();
    }

    private static JsonNode corpusMeasure(JsonNode report, String measure) {
        for (JsonNode m : report.get("measures")) {
            if (m.get("measure").asText().equals(measure) && m.get("layer").asText().equals(LAYER)
                    && m.get("label").isNull() && m.get("pair").isNull() && m.get("document").isNull()) {
                return m;
            }
        }
        throw new AssertionError("no corpus " + measure + " for " + LAYER + " in the CLI's JSON");
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = MizanCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute(args)).as(err.toString()).isZero();
        return out.toString();
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, Timeout.timeout(20_000));
    }
}
