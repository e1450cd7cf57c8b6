package dev.mizan.text;

import java.util.Arrays;

/**
 * A normalized text with the map back to the text it came from. Use it to match and search; never
 * store it.
 *
 * @param text          the normalized text
 * @param toOriginal    for each normalized offset {@code i} (0..length inclusive) the original offset
 *                      where the character at {@code i} starts; the last entry is the original length
 * @param endToOriginal for each normalized character {@code i} the original offset just after it,
 *                      its removed combining marks included
 */
public record Normalized(String text, int[] toOriginal, int[] endToOriginal) {

    public Normalized {
        if (toOriginal.length != text.length() + 1 || endToOriginal.length != text.length()) {
            throw new IllegalArgumentException("offset maps do not match the text length");
        }
    }

    /** The original offset for a normalized start offset (0..length). */
    public int originalOffset(int normalizedOffset) {
        checkRange(normalizedOffset);
        return toOriginal[normalizedOffset];
    }

    /**
     * The original offset for a normalized end offset (0..length): just after the original
     * character of {@code normalizedEnd - 1}, its harakat included, so a match on "محمد" covers all
     * of "مُحَمَّدٌ".
     */
    public int originalEnd(int normalizedEnd) {
        checkRange(normalizedEnd);
        return normalizedEnd == 0 ? toOriginal[0] : endToOriginal[normalizedEnd - 1];
    }

    private void checkRange(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalized n && text.equals(n.text) && Arrays.equals(toOriginal, n.toOriginal)
                && Arrays.equals(endToOriginal, n.endToOriginal);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(toOriginal);
    }

    @Override
    public String toString() {
        return "Normalized[" + text + "]";
    }
}
