package dev.mizan.workbench.editor;

import dev.mizan.model.Span;
import dev.mizan.workbench.testing.NeedsADisplay;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.swing.RepaintManager;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A labelling action repaints only the lines it changed, and what it repaints comes out exactly as
 * a full repaint would draw it: the screen before the action with the repainted region painted
 * over it must equal a full paint after the action, pixel for pixel. Under a display (Xvfb in CI).
 */
@NeedsADisplay
class PartialRepaintGuiTest {
    @RegisterExtension
    final EditorInAWindow window = EditorInAWindow.unfocused();
    private SampleProject sample;
    private Robot robot;
    private DocumentEditor editor;

    /** The screen before an action, the region the action asked to repaint, and both ways of painting after it. */
    private record Step(BufferedImage before, Rectangle dirty, BufferedImage partial, BufferedImage full, Rectangle screen) {
        /** The first pixel where painting only the dirty region differs from a full repaint, or null. */
        String firstDifference() {
            for (int y = 0; y < full.getHeight(); y++) {
                for (int x = 0; x < full.getWidth(); x++) {
                    if (partial.getRGB(x, y) != full.getRGB(x, y)) {
                        return "pixel (" + (x + screen.x) + ", " + (y + screen.y) + ") of the view; repainted " + dirty;
                    }
                }
            }
            return null;
        }

        /** Whether the action changed anything inside {@code r} (view coordinates). */
        boolean changedIn(Rectangle r) {
            Rectangle in = r.intersection(screen);
            for (int y = in.y; y < in.getMaxY(); y++) {
                for (int x = in.x; x < in.getMaxX(); x++) {
                    if (before.getRGB(x - screen.x, y - screen.y) != full.getRGB(x - screen.x, y - screen.y)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    @BeforeEach
    void setUp() {
        sample = window.sample();
        robot = window.robot();
        editor = window.editor();
    }

    @Test
    void labellingRelabellingAndDeletingRepaintOnlyTheWordsLinesAndDrawThemAsAFullRepaintWould() {
        String text = sample.text();
        // a stance whose holder is two paragraphs further on: its arc runs down the margin past the word labelled below
        GuiActionRunner.execute(() -> {
            EditSession s = editor.session();
            int st = sample.find("دعم بلاده الثابت");
            String stance = s.addSpan(st, st + "دعم بلاده الثابت".length(), "stance", "STANCE");
            int h = text.indexOf("دمشق", sample.find("وأكد الجانبان"));
            String holder = s.addSpan(h, h + "دمشق".length(), "entity", "GPE");
            s.setAttribute(stance, "holder", holder);
            s.select(null);
        });
        int b = sample.find("مرهف");
        int e = b + "مرهف".length();
        GuiActionRunner.execute(() -> editor.selectText(b, e));
        robot.waitForIdle();
        Rectangle word = GuiActionRunner.execute(() -> editor.textBounds(b, e));

        Step label = GuiActionRunner.execute(() -> step(() -> editor.applyLabel("entity", "PER")));
        Span span = editor.session().selectedSpan().orElseThrow();
        assertThat(text.substring(span.begin(), span.end())).isEqualTo("مرهف");
        assertThat(label.dirty().contains(word)).as("the repaint covers the labelled word").isTrue();
        assertThat(label.dirty().height).as("a strip of lines, not the screen").isLessThan(label.screen().height / 3);
        assertThat(label.changedIn(word)).as("the highlight appears").isTrue();
        assertThat(label.firstDifference()).as("strip painted as a full repaint would").isNull();
        robot.waitForIdle();

        Step relabel = GuiActionRunner.execute(() -> step(() -> editor.applyLabel("entity", "ORG")));
        assertThat(editor.session().selectedSpan().orElseThrow().label()).isEqualTo("ORG");
        assertThat(relabel.dirty().contains(word)).isTrue();
        assertThat(relabel.changedIn(word)).as("the colour changes").isTrue();
        assertThat(relabel.firstDifference()).isNull();
        robot.waitForIdle();

        Step delete = GuiActionRunner.execute(() -> step(() -> editor.deleteSelected()));
        assertThat(editor.session().set().spans()).noneMatch(s -> s.begin() == b);
        assertThat(delete.dirty().contains(word)).isTrue();
        assertThat(delete.changedIn(word)).as("the highlight goes").isTrue();
        assertThat(delete.firstDifference()).isNull();
    }

    @Test
    void changingALinkRepaintsEverythingOnScreenBecauseItsArcCrossesLines() {
        String text = sample.text();
        String[] ids = GuiActionRunner.execute(() -> {
            EditSession s = editor.session();
            int st = sample.find("دعم بلاده الثابت");
            String stance = s.addSpan(st, st + "دعم بلاده الثابت".length(), "stance", "STANCE");
            int h = text.indexOf("دمشق", sample.find("وأكد الجانبان"));
            return new String[] {stance, s.addSpan(h, h + "دمشق".length(), "entity", "GPE")};
        });
        robot.waitForIdle();
        Step link = GuiActionRunner.execute(() -> step(() -> editor.session().setAttribute(ids[0], "holder", ids[1])));
        assertThat(link.dirty().contains(link.screen())).isTrue();
        assertThat(link.firstDifference()).isNull();
    }

    /** Runs an action on the EDT and paints the view both ways before Swing gets to repaint it. */
    private Step step(Runnable action) {
        DocumentView view = editor.view();
        RepaintManager rm = RepaintManager.currentManager(view);
        assertThat(rm.getDirtyRegion(view).isEmpty()).as("nothing left to paint before the action").isTrue();
        Rectangle screen = view.getVisibleRect();
        BufferedImage before = paint(view, screen, screen, null);
        action.run();
        Rectangle dirty = rm.getDirtyRegion(view);
        BufferedImage partial = paint(view, screen, dirty.intersection(screen), before);
        BufferedImage full = paint(view, screen, screen, null);
        assertThat(view.getVisibleRect()).as("the action did not scroll").isEqualTo(screen);
        return new Step(before, dirty, partial, full, screen);
    }

    /** Paints the part {@code clip} of what is on {@code screen}, over a copy of {@code under} if given. */
    private static BufferedImage paint(DocumentView view, Rectangle screen, Rectangle clip, BufferedImage under) {
        BufferedImage img = new BufferedImage(screen.width, screen.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        if (under != null) {
            g.drawImage(under, 0, 0, null);
        }
        g.translate(-screen.x, -screen.y);
        g.clip(clip);
        view.paint(g);
        g.dispose();
        return img;
    }
}
