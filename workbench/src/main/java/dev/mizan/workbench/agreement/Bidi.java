package dev.mizan.workbench.agreement;

/** Whether a text shown in a cell should read from the right. */
final class Bidi {
    private Bidi() {
    }

    static boolean isArabic(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
