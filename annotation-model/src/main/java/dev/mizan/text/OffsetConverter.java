package dev.mizan.text;

import java.util.Arrays;

/**
 * Converts offsets in one text between UTF-16 units (Mizan's unit inside Java), Unicode code points
 * (brat, doccano, spaCy, Python) and UTF-8 bytes (files, some tools).
 *
 * <p>Built once per text in O(n); each conversion is O(log n). It keeps only the positions of the
 * characters outside the BMP and a UTF-8 checkpoint every {@value #BLOCK} UTF-16 units, so a 50 MB
 * text costs a few megabytes. An offset that falls inside a character (between the two halves of a
 * surrogate pair, or inside a UTF-8 sequence) is rejected with {@link IllegalArgumentException}.
 * UTF-8 lengths are those of {@code String.getBytes(UTF_8)}.
 */
public final class OffsetConverter {
    private static final int BLOCK = 64;

    private final String text;
    /** UTF-16 offsets of the high surrogates of valid pairs, increasing. */
    private final int[] pairStarts;
    /** Code point index of each pair start: {@code pairStarts[i] - i}. */
    private final int[] pairCodePoints;
    /** UTF-8 byte offset of UTF-16 offset {@code k * BLOCK}; one extra entry for the text's end. */
    private final long[] blockBytes;
    private final int codePointLength;
    private final long utf8Length;

    private OffsetConverter(String text) {
        this.text = text;
        int n = text.length();
        int[] pairs = new int[16];
        int pairCount = 0;
        int blockCount = (n + BLOCK - 1) / BLOCK;
        long[] blocks = new long[blockCount + 1];
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            if (i % BLOCK == 0) {
                blocks[i / BLOCK] = bytes;
            }
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (pairCount == pairs.length) {
                    pairs = Arrays.copyOf(pairs, pairCount * 2);
                }
                pairs[pairCount++] = i;
            }
            bytes += utf8Units(text, i);
        }
        blocks[blockCount] = bytes;
        this.pairStarts = Arrays.copyOf(pairs, pairCount);
        this.pairCodePoints = new int[pairCount];
        for (int k = 0; k < pairCount; k++) {
            pairCodePoints[k] = pairStarts[k] - k;
        }
        this.blockBytes = blocks;
        this.codePointLength = n - pairCount;
        this.utf8Length = bytes;
    }

    /** A converter for {@code text}. */
    public static OffsetConverter of(String text) {
        return new OffsetConverter(text);
    }

    /** Length of the text in UTF-16 units. */
    public int utf16Length() {
        return text.length();
    }

    /** Length of the text in code points. */
    public int codePointLength() {
        return codePointLength;
    }

    /** Length of the text in UTF-8 bytes. */
    public int utf8Length() {
        return Math.toIntExact(utf8Length);
    }

    /** The code point offset of a UTF-16 offset (0..length). */
    public int utf16ToCodePoint(int utf16) {
        checkUtf16(utf16);
        return utf16 - pairsBefore(utf16);
    }

    /** The UTF-16 offset of a code point offset (0..codePointLength). */
    public int codePointToUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength) {
            throw new IllegalArgumentException("code point offset " + codePoint + " outside 0.." + codePointLength);
        }
        // Pairs whose code point index is below codePoint lie wholly before it.
        int idx = Arrays.binarySearch(pairCodePoints, codePoint);
        int count = idx >= 0 ? idx : -idx - 1;
        return codePoint + count;
    }

    /** The UTF-8 byte offset of a UTF-16 offset (0..length). */
    public int utf16ToUtf8(int utf16) {
        checkUtf16(utf16);
        int block = utf16 / BLOCK;
        long bytes = blockBytes[block];
        for (int i = block * BLOCK; i < utf16; i++) {
            bytes += utf8Units(text, i);
        }
        return Math.toIntExact(bytes);
    }

    /** The UTF-16 offset of a UTF-8 byte offset (0..utf8Length). */
    public int utf8ToUtf16(int utf8) {
        if (utf8 < 0 || utf8 > utf8Length) {
            throw new IllegalArgumentException("UTF-8 offset " + utf8 + " outside 0.." + utf8Length);
        }
        int blockCount = blockBytes.length - 1;
        int lo = 0;
        int hi = blockCount;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (blockBytes[mid] <= utf8) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int i = Math.min(lo * BLOCK, text.length());
        long bytes = blockBytes[lo];
        while (bytes < utf8) {
            bytes += utf8Units(text, i);
            i++;
        }
        if (bytes != utf8) {
            throw new IllegalArgumentException("UTF-8 offset " + utf8 + " falls inside a character");
        }
        if (i > 0 && i < text.length() && splitsPair(i)) {
            i++; // the pair's 4 bytes were counted on its high half
        }
        return i;
    }

    private int pairsBefore(int utf16) {
        int idx = Arrays.binarySearch(pairStarts, utf16);
        return idx >= 0 ? idx : -idx - 1;
    }

    private void checkUtf16(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IllegalArgumentException("UTF-16 offset " + utf16 + " outside 0.." + text.length());
        }
        if (utf16 > 0 && utf16 < text.length() && splitsPair(utf16)) {
            throw new IllegalArgumentException("UTF-16 offset " + utf16 + " splits a surrogate pair");
        }
    }

    private boolean splitsPair(int utf16) {
        return Character.isHighSurrogate(text.charAt(utf16 - 1)) && Character.isLowSurrogate(text.charAt(utf16));
    }

    /** UTF-8 bytes the UTF-16 unit at {@code i} contributes; a pair counts 4 on its high half. */
    private static int utf8Units(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 4 : 1;
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? 0 : 1;
        }
        return 3;
    }
}
