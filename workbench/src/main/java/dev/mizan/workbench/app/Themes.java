package dev.mizan.workbench.app;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatAnimatedLafChange;

import javax.swing.UIManager;

/** Installs the FlatLaf look for a theme, at start-up or while the window is open. */
public final class Themes {
    private Themes() {
    }

    /** Sets the look before any component exists. */
    public static void install(Theme theme) {
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
