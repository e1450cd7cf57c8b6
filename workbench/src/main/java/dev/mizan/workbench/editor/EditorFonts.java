package dev.mizan.workbench.editor;

import javax.swing.text.StyleContext;
import java.awt.Font;
import java.util.List;

/**
 * Picks the editor font. Fonts are always taken through {@link StyleContext#getFont}, which gives
 * a composite font that falls back per character: Debian's Noto Naskh Arabic, for one, has no
 * parentheses and would otherwise show boxes.
 */
public final class EditorFonts {
    /** Good Arabic reading fonts, best first. */
    public static final List<String> PREFERRED = List.of("Amiri", "Noto Naskh Arabic", "Scheherazade New",
            "Geeza Pro", "Traditional Arabic", "Arial", "DejaVu Sans");

    private static final java.util.Map<String, Boolean> INSTALLED = new java.util.concurrent.ConcurrentHashMap<>();

    private EditorFonts() {
    }

    /** The family to use: {@code wanted} when installed, else the first installed preferred family. */
    public static String family(String wanted) {
        if (wanted != null && isInstalled(wanted)) {
            return wanted;
        }
        return PREFERRED.stream().filter(EditorFonts::isInstalled).findFirst().orElse(Font.SERIF);
    }

    public static Font font(String wanted, int size) {
        return StyleContext.getDefaultStyleContext().getFont(family(wanted), Font.PLAIN, size);
    }

    /** Asking for one family by name is much cheaper than listing every installed family. */
    public static boolean isInstalled(String family) {
        return INSTALLED.computeIfAbsent(family, f -> new Font(f, Font.PLAIN, 12).getFamily(java.util.Locale.ROOT).equalsIgnoreCase(f));
    }
}
