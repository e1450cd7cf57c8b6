package dev.mizan.text;

/** Character classes the Arabic text tools share. All methods take a code point. */
public final class ArabicChars {
    /** ـ, the kashida used to stretch words; it carries no meaning. */
    public static final int TATWEEL = 0x0640;

    private ArabicChars() {
    }

    /** A letter of the Arabic script (tatweel included, digits and punctuation excluded). */
    public static boolean isArabicLetter(int cp) {
        if (cp < 0x0600) {
            return false; // fast path: Latin, Greek, Cyrillic, Hebrew, punctuation
        }
        if (cp <= 0x06FF) {
            return cp == TATWEEL // its script is COMMON, but in practice it only stretches Arabic words
                    || Character.isLetter(cp);
        }
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    /**
     * Harakat, tanween, shadda, sukun, superscript alef, combining hamza and madda, and the Quranic
     * annotation marks: the marks a normalizer removes.
     */
    public static boolean isArabicDiacritic(int cp) {
        return (cp >= 0x0610 && cp <= 0x061A)
                || (cp >= 0x064B && cp <= 0x065F)
                || cp == 0x0670
                || (cp >= 0x06D6 && cp <= 0x06DC)
                || (cp >= 0x06DF && cp <= 0x06E4)
                || (cp >= 0x06E7 && cp <= 0x06E8)
                || (cp >= 0x06EA && cp <= 0x06ED)
                || (cp >= 0x08D3 && cp <= 0x08FF);
    }

    /** Any combining mark (Unicode categories Mn, Mc, Me): it belongs to the character before it. */
    public static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Zero-width and bidi control characters that are invisible in running text. */
    public static boolean isInvisibleControl(int cp) {
        return (cp >= 0x200B && cp <= 0x200F)
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x2060 || cp == 0xFEFF || cp == 0x061C || cp == 0x00AD;
    }

    /** A decimal digit in ASCII, Arabic-Indic (٠-٩) or Extended Arabic-Indic/Persian (۰-۹). */
    public static boolean isDigit(int cp) {
        return Character.isDigit(cp);
    }

    /** The ASCII digit for any Unicode decimal digit, or -1. */
    public static int asciiDigit(int cp) {
        int value = Character.digit(cp, 10);
        return Character.isDigit(cp) && value >= 0 ? '0' + value : -1;
    }
}
