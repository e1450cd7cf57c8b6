package dev.mizan.io;

/**
 * Code point offsets (what brat and doccano count) to UTF-16 offsets (what Mizan stores).
 * Temporary: replaced by dev.mizan.text.OffsetConverter when it lands.
 */
public final class CodePoints {
    private final String text;
    private final int length;

    public CodePoints(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
    }

    public int length() {
        return length;
    }

    /** The UTF-16 offset of code point offset {@code cp}, which must be within 0..length. */
    public int toUtf16(int cp) {
        return text.offsetByCodePoints(0, cp);
    }
}
