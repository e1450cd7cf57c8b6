package dev.mizan.workbench.app;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a user sets once and keeps: stored as {@code preferences.json} in the Mizan home.
 *
 * @param annotator      the annotator id the user annotates as (asked on first start); null when unknown
 * @param theme          light or dark
 * @param language       the UI language: {@code en} or {@code ar}
 * @param editorFont     the family of the Arabic editor font; null or empty picks the first
 *                       installed font of {@code dev.mizan.workbench.editor.EditorFonts#PREFERRED}
 * @param editorFontSize the editor font size in points
 * @param autosave       whether edits are saved on their own a moment after they are made
 */
@JsonPropertyOrder({"annotator", "theme", "language", "editorFont", "editorFontSize", "autosave"})
public record Preferences(String annotator, Theme theme, String language, String editorFont,
                          int editorFontSize, boolean autosave) {
    public static final int MIN_FONT_SIZE = 10;
    public static final int MAX_FONT_SIZE = 48;
    public static final int DEFAULT_FONT_SIZE = 20;

    public Preferences {
        theme = theme == null ? Theme.LIGHT : theme;
        language = "ar".equals(language) ? "ar" : "en";
        editorFont = editorFont == null || editorFont.isBlank() ? null : editorFont;
        editorFontSize = editorFontSize == 0 ? DEFAULT_FONT_SIZE
                : Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, editorFontSize));
        annotator = annotator == null || annotator.isBlank() ? null : annotator;
    }

    public static Preferences defaults() {
        return new Preferences(null, Theme.LIGHT, "en", null, DEFAULT_FONT_SIZE, true);
    }

    public boolean rightToLeft() {
        return "ar".equals(language);
    }

    public Preferences withAnnotator(String a) {
        return new Preferences(a, theme, language, editorFont, editorFontSize, autosave);
    }

    public Preferences withTheme(Theme t) {
        return new Preferences(annotator, t, language, editorFont, editorFontSize, autosave);
    }

    public Preferences withLanguage(String l) {
        return new Preferences(annotator, theme, l, editorFont, editorFontSize, autosave);
    }

    public Preferences withEditorFont(String family, int size) {
        return new Preferences(annotator, theme, language, family, size, autosave);
    }

    public Preferences withAutosave(boolean on) {
        return new Preferences(annotator, theme, language, editorFont, editorFontSize, on);
    }
}
