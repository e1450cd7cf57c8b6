package dev.mizan.workbench.shell;

import javax.imageio.ImageIO;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Renders the window (and Quick Access when shown) to a PNG, for the guides' screenshots:
 * {@code mizan open DIR --screenshot out.png} under Xvfb, with {@code -Dmizan.theme}/{@code -Dmizan.lang}.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void take(Workbench wb, String documentId, String spanId, String quickAccessQuery, Path png)
            throws IOException, InterruptedException, InvocationTargetException {
        waitFor(() -> wb.project().isPresent() || !Boolean.getBoolean("mizan.screenshot.project"), 20_000);
        String doc = documentId != null ? documentId
                : onEdt(() -> wb.project().flatMap(p -> p.project().documents().stream().findFirst())
                .map(d -> d.id()).orElse(null));
        if (doc != null) {
            SwingUtilities.invokeAndWait(() -> wb.openDocument(doc));
            if (spanId != null) {
                SwingUtilities.invokeAndWait(() -> wb.revealSpan(doc, spanId));
            }
        }
        if (quickAccessQuery != null) {
            SwingUtilities.invokeAndWait(() -> {
                wb.openQuickAccess();
                for (Window w : Window.getWindows()) {
                    if (w instanceof QuickAccessDialog q && q.isShowing()) {
                        q.setQuery(quickAccessQuery);
                    }
                }
            });
        }
        Thread.sleep(800);
        BufferedImage image = onEdt(() -> render(wb));
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(image, "png", png.toFile());
    }

    private static BufferedImage render(Workbench wb) {
        JRootPane root = wb.frame().getRootPane();
        BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        root.printAll(g);
        Point origin = root.getLocationOnScreen();
        for (Window w : Window.getWindows()) {
            if (w != wb.frame() && w.isShowing() && w.getOwner() == wb.frame()) {
                Point at = w.getLocationOnScreen();
                Graphics2D g2 = (Graphics2D) g.create(at.x - origin.x, at.y - origin.y, w.getWidth(), w.getHeight());
                w.printAll(g2);
                g2.dispose();
            }
        }
        g.dispose();
        return image;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long timeoutMs)
            throws InterruptedException, InvocationTargetException {
        long end = System.currentTimeMillis() + timeoutMs;
        AtomicBoolean ok = new AtomicBoolean();
        while (System.currentTimeMillis() < end) {
            SwingUtilities.invokeAndWait(() -> ok.set(condition.getAsBoolean()));
            if (ok.get()) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private static <T> T onEdt(java.util.function.Supplier<T> s) throws InterruptedException, InvocationTargetException {
        java.util.concurrent.atomic.AtomicReference<T> r = new java.util.concurrent.atomic.AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> r.set(s.get()));
        return r.get();
    }
}
