package dev.mizan.workbench.editor;

/**
 * Hotkeys work whatever the keyboard layout: with the Arabic layout on, the key S types "س" and
 * the digit keys may type Arabic-Indic digits; both are read as the Latin key they sit on
 * (the standard Arabic PC layout). Swing-free.
 */
public final class Hotkeys {
    private static final String ARABIC = "ضصثقفغعهخحشسيبلاتنمئءؤرىة";
    private static final String LATIN = "qwertyuiopasdfghjklzxcvnm";

    private Hotkeys() {
    }

    /** The lower-case Latin key or ASCII digit for a typed character; other characters unchanged. */
    public static char latinKey(char typed) {
        if (typed >= '٠' && typed <= '٩') {
            return (char) ('0' + (typed - '٠'));
        }
        if (typed >= '۰' && typed <= '۹') {
            return (char) ('0' + (typed - '۰'));
        }
        int i = ARABIC.indexOf(typed);
        return i >= 0 ? LATIN.charAt(i) : Character.toLowerCase(typed);
    }
}
