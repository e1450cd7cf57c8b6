package dev.mizan.workbench.editor;

import javax.swing.text.StyleContext;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

/**
 * Picks the editor font. Fonts are always taken through {@link StyleContext#getFont}, which gives
 * a composite font that falls back per character: Debian's Noto Naskh Arabic, for one, has no
 * parentheses and would otherwise show boxes.
 */
public final class EditorFonts {
    /** Good Arabic reading fonts, best first. */
    public static final List<String> PREFERRED = List.of("Amiri", "Noto Naskh Arabic", "Scheherazade New",
            "Geeza Pro", "Traditional Arabic", "Arial", "DejaVu Sans");

    private static volatile Set<String> installed;

    private EditorFonts() {
    }

    /** The family to use: {@code wanted} when installed, else the first installed preferred family. */
    public static String family(String wanted) {
        Set<String> have = installed();
        if (wanted != null && have.contains(wanted)) {
            return wanted;
        }
        return PREFERRED.stream().filter(have::contains).findFirst().orElse(Font.SERIF);
    }

    public static Font font(String wanted, int size) {
        return StyleContext.getDefaultStyleContext().getFont(family(wanted), Font.PLAIN, size);
    }

    private static Set<String> installed() {
        if (installed == null) {
            installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        }
        return installed;
    }
}
