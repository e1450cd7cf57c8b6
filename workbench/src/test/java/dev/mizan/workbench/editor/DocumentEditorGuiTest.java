package dev.mizan.workbench.editor;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Span;
import dev.mizan.store.Json;
import dev.mizan.workbench.testing.NeedsADisplay;
import dev.mizan.workbench.testing.Waits;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor in a real window under a display (Xvfb in CI: ./mizan test). Never skipped: without a
 * display these tests fail.
 */
@NeedsADisplay
class DocumentEditorGuiTest {
    @RegisterExtension
    final EditorInAWindow window = EditorInAWindow.focused();
    private SampleProject sample;
    private Robot robot;
    private DocumentEditor editor;

    @BeforeEach
    void setUp() {
        sample = window.sample();
        robot = window.robot();
        editor = window.editor();
    }

    private void reopen() {
        editor = window.reopen();
    }

    private AnnotationSet onDisk() throws Exception {
        editor.session().flush();
        return Json.mapper().readValue(Files.readAllBytes(sample.store().annotationFile("amal", SampleProject.DOC)),
                AnnotationSet.class);
    }

    /** Presses a key with modifier keys (VK_CONTROL, VK_SHIFT) held down. */
    private void key(int code, int... modifierKeys) {
        for (int m : modifierKeys) {
            robot.pressKey(m);
        }
        robot.pressAndReleaseKey(code);
        for (int i = modifierKeys.length - 1; i >= 0; i--) {
            robot.releaseKey(modifierKeys[i]);
        }
        robot.waitForIdle();
    }

    private static void waitUntil(String what, BooleanSupplier ok) {
        Waits.waitUntil(what, Duration.ofSeconds(5), ok);
    }

    @Test
    void labelsAWordSelectedByKeyboardAndUndoRedoDeleteAndReopenAllReachTheFile() throws Exception {
        // "مع إعلان دمشق": to the start, two words on (Left moves forward in right-to-left text), then select one more
        key(KeyEvent.VK_HOME, KeyEvent.VK_CONTROL);
        key(KeyEvent.VK_LEFT, KeyEvent.VK_CONTROL);
        key(KeyEvent.VK_LEFT, KeyEvent.VK_CONTROL);
        key(KeyEvent.VK_LEFT, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        key(KeyEvent.VK_3);
        String text = sample.text();
        List<Span> spans = onDisk().spans();
        assertThat(spans).hasSize(1);
        Span span = spans.get(0);
        assertThat(text.substring(span.begin(), span.end())).isEqualTo("دمشق");
        assertThat(span.label()).isEqualTo("GPE");

        key(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        assertThat(onDisk().spans()).isEmpty();
        key(KeyEvent.VK_Y, KeyEvent.VK_CONTROL);
        assertThat(onDisk().spans()).containsExactly(span);
        key(KeyEvent.VK_DELETE);
        assertThat(onDisk().spans()).isEmpty();
        key(KeyEvent.VK_Z, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        assertThat(onDisk().spans()).isEmpty();
        key(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        assertThat(onDisk().spans()).containsExactly(span);

        reopen();
        assertThat(editor.session().set().spans()).containsExactly(span);
        key(KeyEvent.VK_TAB);
        assertThat(editor.session().selectedSpanId()).isEqualTo(span.id());
    }

    @Test
    void screenPointsMapToOffsetsRightToLeftAndTheHighlightCoversExactlyTheClickedWord() {
        DocumentView view = editor.view();
        String text = sample.text();
        int b = text.indexOf("بوتين");
        int e = b + "بوتين".length();
        Rectangle start = GuiActionRunner.execute(() -> view.modelToView(b));
        Rectangle end = GuiActionRunner.execute(() -> view.modelToView(e));
        assertThat(start.y).isEqualTo(end.y);
        assertThat(start.x).as("right to left: the word starts right of where it ends").isGreaterThan(end.x);

        // across the line, offsets fall as x grows
        int y = start.y + start.height / 2;
        int previous = Integer.MAX_VALUE;
        for (int x = DocumentView.MARGIN; x < view.getWidth() - DocumentView.MARGIN; x += 15) {
            int px = x;
            int offset = GuiActionRunner.execute(() -> view.viewToModel(new Point(px, y)));
            assertThat(offset).isLessThanOrEqualTo(previous);
            previous = offset;
        }

        robot.click(view, new Point((start.x + end.x) / 2, y));
        key(KeyEvent.VK_1);
        Span span = editor.session().set().spans().get(0);
        assertThat(text.substring(span.begin(), span.end())).isEqualTo("بوتين");

        int cx = (start.x + end.x) / 2;
        String tip = GuiActionRunner.execute(() -> view.getToolTipText(
                new java.awt.event.MouseEvent(view, java.awt.event.MouseEvent.MOUSE_MOVED, 0, 0, cx, y, 0, false)));
        assertThat(tip).as("the label shows on hover").contains("PER").contains("شخص");

        Rectangle painted = GuiActionRunner.execute(() -> view.highlightArea(span.begin(), span.end()).getBounds());
        assertThat(painted.getMaxX()).isCloseTo(start.x, org.assertj.core.data.Offset.offset(1.5));
        assertThat(painted.getMinX()).isCloseTo(end.x, org.assertj.core.data.Offset.offset(1.5));

        GuiActionRunner.execute(() -> editor.session().select(null));
        BufferedImage img = GuiActionRunner.execute(() -> {
            BufferedImage i = new BufferedImage(view.getWidth(), view.getHeight(), BufferedImage.TYPE_INT_RGB);
            view.paint(i.getGraphics());
            return i;
        });
        int row = painted.y + 2;
        Color per = new Color(0xf4a3a3);
        assertThat(tinted(img, painted.x + 2, painted.x + painted.width - 2, row, per)).as("inside the word").isTrue();
        assertThat(tinted(img, painted.x - 6, painted.x - 2, row, per)).as("left of the word").isFalse();
        assertThat(tinted(img, painted.x + painted.width + 2, painted.x + painted.width + 6, row, per))
                .as("right of the word").isFalse();
    }

    /**
     * Whether most pixels of a row stretch show the label colour over the background (a letter's
     * stroke may cross the row, so not all of them need to).
     */
    private static boolean tinted(BufferedImage img, int x0, int x1, int y, Color c) {
        int hits = 0;
        for (int x = x0; x <= x1; x++) {
            Color p = new Color(img.getRGB(x, y));
            if (p.getRed() > p.getGreen() + 25 && Math.abs(p.getGreen() - p.getBlue()) < 30) {
                hits++;
            }
        }
        return hits >= 0.8 * (x1 - x0 + 1);
    }

    @Test
    void linksAStanceToItsHolderFromTheKeyboard() {
        String text = sample.text();
        int p = text.indexOf("فلاديمير بوتين");
        int s = text.indexOf("دعم بلاده الثابت");
        GuiActionRunner.execute(() -> {
            editor.session().addSpan(p, p + "فلاديمير بوتين".length(), "entity", "PER");
            editor.session().addSpan(text.indexOf("دمشق"), text.indexOf("دمشق") + 4, "entity", "GPE");
            String stance = editor.session().addSpan(s, s + "دعم بلاده الثابت لسوريا".length(), "stance", "STANCE");
            editor.revealSpan(stance);
            editor.focusText();
        });
        robot.waitForIdle();
        key(KeyEvent.VK_L);
        waitUntil("the link menu shows", () -> GuiActionRunner.execute(() -> robot.finder()
                .findAll(c -> "linkMenu".equals(c.getName()) && c.isShowing()).size() == 1));
        key(KeyEvent.VK_DOWN);
        key(KeyEvent.VK_ENTER);
        assertThat(GuiActionRunner.execute(() -> editor.inLinkMode())).isTrue();
        key(KeyEvent.VK_ENTER);
        Span stance = editor.session().selectedSpan().orElseThrow();
        String holder = (String) stance.attributes().get("holder");
        Span h = editor.session().set().span(holder).orElseThrow();
        assertThat(text.substring(h.begin(), h.end())).as("nearest entity first").isEqualTo("فلاديمير بوتين");
    }

    @Test
    void findsTheHamzaSpellingAndAnnotatesEveryOtherMatch() {
        String text = sample.text();
        key(KeyEvent.VK_F, KeyEvent.VK_CONTROL);
        GuiActionRunner.execute(() -> editor.findBar().setQuery("موسكو"));
        int count = GuiActionRunner.execute(() -> editor.findBar().matches().size());
        assertThat(count).isGreaterThan(1);
        GuiActionRunner.execute(() -> {
            editor.findBar().selectLabel("GPE");
            editor.findBar().annotateAll();
        });
        List<Span> spans = editor.session().set().spans();
        assertThat(spans).isNotEmpty().allSatisfy(sp -> assertThat(text.substring(sp.begin(), sp.end())).isEqualTo("موسكو"));
        GuiActionRunner.execute(() -> editor.findBar().setQuery("ابوقصره"));
        int[] sel = GuiActionRunner.execute(() -> editor.textSelection());
        assertThat(text.substring(sel[0], sel[1])).isEqualTo("أبوقصرة");
    }

    @Test
    void fontSizeChangesFromTheKeyboard() {
        int before = editor.settings().fontSize();
        key(KeyEvent.VK_EQUALS, KeyEvent.VK_CONTROL);
        assertThat(editor.settings().fontSize()).isEqualTo(before + 2);
        key(KeyEvent.VK_MINUS, KeyEvent.VK_CONTROL);
        key(KeyEvent.VK_MINUS, KeyEvent.VK_CONTROL);
        assertThat(editor.settings().fontSize()).isEqualTo(before - 2);
    }
}
