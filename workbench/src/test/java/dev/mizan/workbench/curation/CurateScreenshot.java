package dev.mizan.workbench.curation;

import dev.mizan.workbench.app.WorkbenchLauncher;
import dev.mizan.workbench.shell.Screenshots;
import dev.mizan.workbench.shell.Workbench;
import dev.mizan.workbench.testing.SampleProjects;

import javax.swing.SwingUtilities;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the Curate perspective on an auto-merged copy of the sample project, with the first disagreement in
 * focus, to a PNG (run under Xvfb with -Dmizan.theme=light|dark): {@code java ... CurateScreenshot out.png}.
 * Not a test: a tool for the guides' images.
 */
public final class CurateScreenshot {
    /** The sample's pilot round leaves its open disagreements (a stance boundary, a link) in this article. */
    private static final String DOCUMENT = "03-shaibani-lavrov-egypt";

    private CurateScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "curate.png");
        Path tmp = Files.createTempDirectory("mizan-curate-shot");
        System.setProperty("mizan.home", tmp.resolve("home").toString());
        System.setProperty("mizan.noExit", "true");
        System.setProperty("mizan.annotator", System.getProperty("mizan.annotator", "supervisor"));
        SampleProjects.copyWithoutGoldTo(tmp.resolve("project"));
        // as the guide says: 'mizan curate --auto' first, then the perspective for what is left
        dev.mizan.store.ProjectStore store = dev.mizan.store.ProjectStore.open(tmp.resolve("project"));
        AutoMergeRun.run(store.load().project(), store::saveGold, done -> { }, () -> false);
        Workbench wb = WorkbenchLauncher.launch(new WorkbenchLauncher.Options(tmp.resolve("project"), "curate", false));
        long end = System.currentTimeMillis() + 20_000;
        boolean[] ready = {false};
        while (!ready[0] && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            SwingUtilities.invokeAndWait(() -> ready[0] = CurationNavigator.panel(wb).flatMap(CuratePanel::model).isPresent());
        }
        SwingUtilities.invokeAndWait(() -> CurationNavigator.reveal(wb, DOCUMENT, 2064, 2210));
        Thread.sleep(1000);
        Screenshots.take(wb, DOCUMENT, null, null, out);
        System.out.println("Wrote " + out);
        System.exit(0);
    }
}
