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
        // The font manager reads the system's font configuration once (fontconfig, about a tenth of
        // a second); the look needs it only after parsing its properties, so start it here.
        new java.awt.Font(java.awt.Font.DIALOG, java.awt.Font.PLAIN, 12).canDisplay('a');
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
