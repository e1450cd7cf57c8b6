package dev.mizan.workbench.app;

import javax.swing.JFrame;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowEvent;
import java.time.Duration;

/**
 * With {@code --timing}: prints {@code first_window_ms: N} once the window is open AND Swing has
 * finished painting it, N counted from the launcher's start (see {@link ProcessStart}). A paint
 * queued by the window's opening runs after the opening event, so waiting for the event alone
 * could stop the clock before the user sees anything; this repaint manager stops it when the
 * paint that follows the opening is done.
 */
final class FirstPaintReport extends RepaintManager implements AWTEventListener {
    private boolean opened;
    private boolean painted;
    private boolean reported;

    private FirstPaintReport() {
    }

    /** Call on the event dispatch thread before the window is built. */
    static void install() {
        FirstPaintReport report = new FirstPaintReport();
        RepaintManager.setCurrentManager(report);
        Toolkit.getDefaultToolkit().addAWTEventListener(report, AWTEvent.WINDOW_EVENT_MASK);
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (event.getID() == WindowEvent.WINDOW_OPENED && event.getSource() instanceof JFrame) {
            Toolkit.getDefaultToolkit().removeAWTEventListener(this);
            opened = true;
            // A paint done before the event counts only if nothing was left to paint after it.
            SwingUtilities.invokeLater(() -> {
                if (painted) {
                    report();
                }
            });
        }
    }

    @Override
    public void paintDirtyRegions() {
        super.paintDirtyRegions();
        // Paints of a dialog before the window (the first start's annotator prompt) do not count.
        painted |= java.util.Arrays.stream(java.awt.Frame.getFrames()).anyMatch(f -> f instanceof JFrame && f.isShowing());
        if (opened) {
            report();
        }
    }

    private void report() {
        if (reported) {
            return;
        }
        reported = true;
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.out.println("first_window_ms: " + ProcessStart.elapsedMs());
        System.out.println("first_window_cpu_ms: " + cpu);
        System.out.flush();
    }
}
