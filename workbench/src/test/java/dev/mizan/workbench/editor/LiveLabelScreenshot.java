package dev.mizan.workbench.editor;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Labels words in an editor that is already on screen, from the keyboard's path (select, then
 * {@link DocumentEditor#applyLabel}), so each label repaints only its own lines; then captures what
 * the X server shows (not a fresh paint) to a PNG, to look at: {@code java ... LiveLabelScreenshot out.png}
 * under Xvfb. Not a test: a tool to look.
 */
public final class LiveLabelScreenshot {
    private LiveLabelScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "live-labels.png");
        com.formdev.flatlaf.FlatLightLaf.setup();
        Path dir = Files.createTempDirectory("mizan-shot");
        SampleProject sample = SampleProject.copyTo(dir);
        EditSession session = EditSession.open(sample.store(), sample.project(), SampleProject.DOC, "amal");
        String text = sample.text();
        DocumentEditor[] editor = new DocumentEditor[1];
        JFrame[] frame = new JFrame[1];
        SwingUtilities.invokeAndWait(() -> {
            frame[0] = new JFrame("Mizan editor");
            editor[0] = new DocumentEditor(session, EditorSettings.defaults().withFontSize(22));
            frame[0].setContentPane(editor[0]);
            frame[0].setSize(1100, 720);
            frame[0].setLocation(0, 0);
            frame[0].setVisible(true);
            editor[0].focusText();
        });
        Thread.sleep(800);
        String[][] labels = {
            {"دمشق", "GPE"}, {"موسكو", "GPE"}, {"فلاديمير بوتين", "PER"}, {"بوتين", "PER"}, {"الشيباني", "PER"},
            {"وزير الخارجية", "ORG"}, {"مرهف", "PER"}, {"أبوقصرة", "PER"}, {"سوريا", "GPE"}, {"الثلاثاء", "DATE"},
        };
        for (String[] l : labels) {
            int b = text.indexOf(l[0], l[0].equals("بوتين") ? text.indexOf("جدّد") : 0);
            int e = b + l[0].length();
            SwingUtilities.invokeAndWait(() -> editor[0].selectText(b, e));
            Thread.sleep(150);
            SwingUtilities.invokeAndWait(() -> editor[0].applyLabel("entity", l[1]));
            Thread.sleep(150);
        }
        // relabel the last one (the selected span): that repaints only its lines too
        SwingUtilities.invokeAndWait(() -> editor[0].applyLabel("entity", "EVENT"));
        Thread.sleep(150);
        SwingUtilities.invokeAndWait(() -> editor[0].revealOffset(0));
        Thread.sleep(500);
        Rectangle[] bounds = new Rectangle[1];
        SwingUtilities.invokeAndWait(() -> {
            Point p = frame[0].getContentPane().getLocationOnScreen();
            bounds[0] = new Rectangle(p.x, p.y, frame[0].getContentPane().getWidth(), frame[0].getContentPane().getHeight());
        });
        BufferedImage img = new Robot().createScreenCapture(bounds[0]);
        ImageIO.write(img, "png", out.toFile());
        SwingUtilities.invokeAndWait(() -> frame[0].dispose());
        session.close();
        System.out.println("spans: " + session.set().spans().size() + ", wrote " + out);
        System.exit(0);
    }
}
