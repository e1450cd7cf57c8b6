package dev.mizan.workbench.editor;

/**
 * How the editor looks and behaves; the shell builds it from the user's preferences.
 *
 * @param fontFamily   the preferred font family, or null for the first good Arabic font installed
 * @param fontSize     the font size in points
 * @param snapToWords  whether selections snap to whole words (without leading proclitics)
 */
public record EditorSettings(String fontFamily, int fontSize, boolean snapToWords) {
    public static final int MIN_FONT_SIZE = 10;
    public static final int MAX_FONT_SIZE = 72;

    public EditorSettings {
        fontSize = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, fontSize));
    }

    public static EditorSettings defaults() {
        return new EditorSettings(null, 20, true);
    }

    public EditorSettings withFontSize(int size) {
        return new EditorSettings(fontFamily, size, snapToWords);
    }

    public EditorSettings withFontFamily(String family) {
        return new EditorSettings(family, fontSize, snapToWords);
    }
}
