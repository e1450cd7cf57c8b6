package dev.mizan.workbench.agreement;

import dev.mizan.workbench.app.WorkbenchLauncher;
import dev.mizan.workbench.shell.Workbench;
import dev.mizan.workbench.testing.SampleProjects;

import javax.imageio.ImageIO;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders the Agreement perspective on a copy of the sample project to a PNG, once the report is
 * computed (run under Xvfb with {@code -Dmizan.theme=light|dark}):
 * {@code java -cp ... AgreementScreenshot out.png [layer]}. Not a test: a tool for the guides.
 */
public final class AgreementScreenshot {
    private AgreementScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "agreement.png").toAbsolutePath();
        String layer = args.length > 1 ? args[1] : "stance";
        Path dir = Files.createTempDirectory("mizan-agreement-shot");
        SampleProjects.copyTo(dir.resolve("project"));
        System.setProperty("mizan.home", dir.resolve("home").toString());
        System.setProperty("mizan.annotator", "lead");
        System.setProperty("mizan.noExit", "true");
        Workbench wb = WorkbenchLauncher.launch(new WorkbenchLauncher.Options(dir.resolve("project"), "agreement", false));
        SwingUtilities.invokeAndWait(() -> wb.frame().setBounds(0, 0, 1600, 1000));
        AtomicBoolean ready = new AtomicBoolean();
        for (int i = 0; i < 1200 && !ready.get(); i++) {
            Thread.sleep(100);
            SwingUtilities.invokeAndWait(() -> ready.set(AgreementSession.of(wb).dashboard().isPresent()
                    && !AgreementSession.of(wb).running()));
        }
        SwingUtilities.invokeAndWait(() -> AgreementSession.of(wb).chooseLayer(layer));
        Thread.sleep(1000);
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            JRootPane root = wb.frame().getRootPane();
            BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            root.printAll(g);
            g.dispose();
            image.set(img);
        });
        Files.createDirectories(out.getParent());
        ImageIO.write(image.get(), "png", out.toFile());
        System.out.println("Wrote " + out);
        System.exit(0);
    }
}
