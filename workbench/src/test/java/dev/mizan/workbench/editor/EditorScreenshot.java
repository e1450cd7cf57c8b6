package dev.mizan.workbench.editor;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the editor on the sample article with a few spans, a stance and a claim with their links
 * to a PNG (run under Xvfb): {@code java ... EditorScreenshot out.png}. Not a test: a tool to look.
 */
public final class EditorScreenshot {
    private EditorScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "editor.png");
        if (args.length > 1 && args[1].equals("dark")) {
            com.formdev.flatlaf.FlatDarkLaf.setup();
        } else {
            com.formdev.flatlaf.FlatLightLaf.setup();
        }
        Path dir = Files.createTempDirectory("mizan-shot");
        SampleProject sample = SampleProject.copyTo(dir);
        EditSession session = EditSession.open(sample.store(), sample.project(), SampleProject.DOC, "amal");
        annotate(session, sample.text());
        SwingUtilities.invokeAndWait(() -> {
            JFrame frame = new JFrame("Mizan editor");
            DocumentEditor editor = new DocumentEditor(session, EditorSettings.defaults().withFontSize(22));
            frame.setContentPane(editor);
            frame.setSize(1100, 720);
            frame.setVisible(true);
            editor.focusText();
        });
        Thread.sleep(800);
        SwingUtilities.invokeAndWait(() -> {
            JFrame frame = (JFrame) java.awt.Frame.getFrames()[0];
            BufferedImage img = new BufferedImage(frame.getContentPane().getWidth(), frame.getContentPane().getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            frame.getContentPane().paint(img.getGraphics());
            try {
                ImageIO.write(img, "png", out.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            frame.dispose();
        });
        session.close();
        System.exit(0);
    }

    static void annotate(EditSession s, String text) {
        String putin = span(s, text, "فلاديمير بوتين", "entity", "PER", 0);
        String damascus = span(s, text, "دمشق", "entity", "GPE", 0);
        span(s, text, "موسكو", "entity", "GPE", 0);
        String syria = span(s, text, "سوريا", "entity", "GPE", text.indexOf("لسوريا") + 1 - 1);
        String stance = span(s, text, "دعم بلاده الثابت لسوريا", "stance", "STANCE", 0);
        s.setAttribute(stance, "holder", putin);
        s.setAttribute(stance, "target", syria);
        s.setAttribute(stance, "polarity", "SUPPORT");
        String claim = span(s, text, "الانتقال إلى «مرحلة جديدة من العلاقات» مع موسكو", "claim", "CLAIM", 0);
        s.setAttribute(claim, "claimant", damascus);
        span(s, text, "الشيباني", "entity", "PER", 0);
        span(s, text, "وزير الخارجية", "entity", "ORG", 0);
        s.select(stance);
    }

    private static String span(EditSession s, String text, String words, String layer, String label, int from) {
        int b = text.indexOf(words, from);
        if (b < 0) {
            b = text.indexOf(words);
        }
        if (b < 0) {
            throw new IllegalArgumentException(words);
        }
        return s.addSpan(b, b + words.length(), layer, label);
    }
}
