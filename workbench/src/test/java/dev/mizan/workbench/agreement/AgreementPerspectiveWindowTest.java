package dev.mizan.workbench.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mizan.agreement.AgreementReport;
import dev.mizan.agreement.Disagreement;
import dev.mizan.workbench.cli.MizanCommand;
import dev.mizan.workbench.curation.CuratePerspective;
import dev.mizan.workbench.shell.Roles;
import dev.mizan.workbench.shell.Workbench;
import dev.mizan.workbench.testing.NeedsADisplay;
import dev.mizan.workbench.testing.Waits;
import dev.mizan.workbench.testing.WorkbenchSandbox;
import dev.mizan.model.Project;
import dev.mizan.store.ProjectStore;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Agreement perspective in a real window (Xvfb: ./mizan test) on a copy of the sample project with
 * its three annotators. Never skipped: without a display these tests fail.
 */
@NeedsADisplay
class AgreementPerspectiveWindowTest {
    private static final String LAYER = "claim";

    @TempDir
    Path tmp;
    @RegisterExtension
    final WorkbenchSandbox bench = WorkbenchSandbox.onSample("lead");
    private Robot robot;
    private Workbench wb;
    private FrameFixture window;

    @BeforeEach
    void setUp() {
        robot = bench.robot();
    }

    private void launch() {
        wb = bench.launchWithoutWaiting("agreement");
        window = bench.window();
        waitUntil("the report is computed", () -> GuiActionRunner.execute(() ->
                AgreementSession.of(wb).dashboard().isPresent() && !AgreementSession.of(wb).running()));
        window.comboBox("agreement.layer").selectItem(LAYER);
    }

    @Test
    void showsTheCommandLinesJsonValuesAndSavesTheSameReportFiles() throws IOException {
        launch();
        assertThat(wb.perspectiveId()).isEqualTo(AgreementPerspective.ID);
        String cliJson = cli("agreement", bench.project().toString(), "--json");
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
        long[][] expected = GuiActionRunner.execute(() -> AgreementSession.of(wb).dashboard().orElseThrow()
                .confusion(LAYER, List.of("annotator-a", "annotator-c")).orElseThrow().counts());
        JTableFixture confusion = window.table("agreement.confusion");
        assertThat(confusion.rowCount()).isEqualTo(expected.length);
        assertThat(confusion.valueAt(TableCell.row(0).column(1))).isEqualTo(expected[0][0] == 0 ? "·" : String.valueOf(expected[0][0]));
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

        // The layer of the most severe disagreement, whatever the sample's annotators did.
        Disagreement first = GuiActionRunner.execute(() -> AgreementSession.of(wb).dashboard().orElseThrow()
                .report().disagreements().get(0));
        window.comboBox("agreement.layer").selectItem(first.layer());
        JTableFixture disagreements = window.table("agreement.disagreements");
        assertThat(disagreements.rowCount()).isPositive();
        disagreements.cell(TableCell.row(0).column(2)).requireValue(first.text());
        disagreements.cell(TableCell.row(0).column(2)).doubleClick();

        waitUntil("the Curate perspective opens", () -> GuiActionRunner.execute(() -> wb.perspectiveId().equals(CuratePerspective.ID)));
    }

    @Test
    void anAnnotatorUnderBlindAnnotationSeesNoAgreement() throws IOException {
        ProjectStore store = ProjectStore.open(bench.project());
        Project project = store.load().project();
        Map<String, String> settings = new HashMap<>(project.settings());
        settings.put(Roles.SUPERVISORS_SETTING, "lead");
        store.saveProjectFile(project.name(), project.schema(), settings);
        System.setProperty("mizan.annotator", "annotator-a");

        wb = bench.launchWithoutWaiting("agreement");
        window = bench.window();

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

    /** Computing the report takes longer than loading the project. */
    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        Waits.waitUntil(what, Duration.ofSeconds(20), condition);
    }
}
