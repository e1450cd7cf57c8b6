package dev.mizan.text;

/**
 * Where a span may begin or end: never between the two halves of a surrogate pair, and never between
 * a letter and its combining marks (Arabic harakat stay with their letter).
 */
public final class TextBoundaries {

    private TextBoundaries() {
    }

    /** Whether {@code offset} (UTF-16) is a valid span boundary in {@code text}. */
    public static boolean isValidBoundary(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return false;
        }
        if (offset == 0 || offset == text.length()) {
            return true;
        }
        char before = text.charAt(offset - 1);
        char after = text.charAt(offset);
        if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
            return false;
        }
        int cp = text.codePointAt(offset);
        if (!ArabicChars.isCombiningMark(cp)) {
            return true;
        }
        // A mark belongs to what precedes it, unless that is white space (a stray mark starts its own cluster).
        int previous = text.codePointBefore(offset);
        return Character.isWhitespace(previous) || Character.isSpaceChar(previous);
    }

    /** A short reason why {@code offset} is not a valid boundary, or null when it is. */
    public static String whyInvalid(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return "offset " + offset + " is outside the text (0.." + text.length() + ")";
        }
        if (isValidBoundary(text, offset)) {
            return null;
        }
        if (Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
            return "offset " + offset + " splits a surrogate pair";
        }
        return "offset " + offset + " separates a letter from its combining mark U+"
                + String.format("%04X", text.codePointAt(offset));
    }

    /** The nearest valid boundary at or before {@code offset}. */
    public static int previousValid(String text, int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        while (!isValidBoundary(text, o)) {
            o--;
        }
        return o;
    }

    /** The nearest valid boundary at or after {@code offset}. */
    public static int nextValid(String text, int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        while (!isValidBoundary(text, o)) {
            o++;
        }
        return o;
    }
}
