package dev.mizan.workbench.app;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatAnimatedLafChange;

import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/** Installs the FlatLaf look for a theme, at start-up or while the window is open. */
public final class Themes {
    private static Theme installed; // touched on the EDT only

    private Themes() {
    }

    /**
     * Starts setting up the look on the EDT at once, for a run that will open the window: the
     * look's set-up (about half a second of class loading) then runs beside the command line's
     * parsing on the other core. {@link #installIfNeeded} later finds it done.
     */
    public static void startEarly() {
        Theme hint = PreferencesStore.of(MizanHome.resolve()).peekTheme();
        SwingUtilities.invokeLater(() -> installIfNeeded(hint));
        Thread fonts = new Thread(Themes::warmUpArabicText, "font-warm-up");
        fonts.setDaemon(true);
        fonts.start();
    }

    /**
     * Lays out a line of Arabic once, beside the look's set-up: the font manager reads the
     * system's font configuration, the fallback font with Arabic glyphs is opened and the shaping
     * engine starts. The first window's Arabic titles otherwise pay for all of it while the window
     * is built (measured: a sixth of the window thread's samples were in measuring label text).
     */
    private static void warmUpArabicText() {
        java.awt.Font font = new java.awt.Font(java.awt.Font.DIALOG, java.awt.Font.PLAIN, 13);
        new java.awt.font.TextLayout("ميزان — Mizan (٢٠٢٦)", font,
                new java.awt.font.FontRenderContext(null, true, true)).getAdvance();
    }

    /** Sets the look before any component exists, unless this theme is already set (on the EDT). */
    public static void installIfNeeded(Theme theme) {
        if (installed != theme) {
            install(theme);
        }
    }

    /** Sets the look before any component exists. */
    public static void install(Theme theme) {
        installed = theme;
        if (theme == Theme.DARK) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        UIManager.put("TabbedPane.showTabSeparators", true);
        UIManager.put("ScrollBar.showButtons", false);
    }

    /** Switches the look of every open window without a restart, with a short cross-fade. */
    public static void switchTo(Theme theme, boolean animate) {
        if (animate) {
            FlatAnimatedLafChange.showSnapshot();
        }
        install(theme);
        FlatLaf.updateUI();
        if (animate) {
            FlatAnimatedLafChange.hideSnapshotWithAnimation();
        }
    }

    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }
}
