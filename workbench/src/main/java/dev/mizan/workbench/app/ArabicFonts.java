package dev.mizan.workbench.app;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.text.StyleContext;

/**
 * Fonts for Arabic reading text. Always built through {@link StyleContext#getFont}, which gives a
 * font that falls back per character: Debian's Noto Naskh Arabic has no parentheses, and a plain
 * {@code new Font(...)} would draw boxes for them.
 */
public final class ArabicFonts {
    /** Good Arabic reading fonts, best first; the first installed one is the default. */
    public static final List<String> PREFERRED = List.of(
            "Amiri", "Noto Naskh Arabic", "Scheherazade New", "Geeza Pro", "Traditional Arabic", "Arial", "DejaVu Sans");

    private static volatile Set<String> installed;

    private ArabicFonts() {
    }

    /** The installed families, lower-cased (read once; asking the system is slow). */
    static Set<String> installedFamilies() {
        Set<String> s = installed;
        if (s == null) {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
            s = Arrays.stream(names).map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            installed = s;
        }
        return s;
    }

    public static boolean isInstalled(String family) {
        return family != null && installedFamilies().contains(family.toLowerCase(Locale.ROOT));
    }

    /** The preferred families that are installed here, best first. */
    public static List<String> availablePreferred() {
        return PREFERRED.stream().filter(ArabicFonts::isInstalled).toList();
    }

    /** The family to use: {@code wanted} if installed, else the first installed preferred one, else Dialog. */
    public static String pickFamily(String wanted) {
        if (wanted != null && isInstalled(wanted)) {
            return wanted;
        }
        return availablePreferred().stream().findFirst().orElse(Font.DIALOG);
    }

    /** The editor font: the chosen (or best installed) family at {@code size}, with per-character fallback. */
    public static Font editorFont(String wanted, int size) {
        return StyleContext.getDefaultStyleContext().getFont(pickFamily(wanted), Font.PLAIN, size);
    }

    /** Same as {@link #editorFont} for the user's preferences. */
    public static Font editorFont(Preferences p) {
        return editorFont(p.editorFont(), p.editorFontSize());
    }
}
