package dev.mizan.workbench.editor;

import java.util.Arrays;

/**
 * The paragraphs (lines between newlines) of a document as global UTF-16 ranges. A paragraph's
 * end excludes its newline (and a carriage return before it).
 */
public final class Paragraphs {
    private final int[] starts;
    private final int[] ends;

    public Paragraphs(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        starts = new int[count];
        ends = new int[count];
        int p = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                starts[p] = start;
                ends[p] = end;
                p++;
                start = i + 1;
            }
        }
    }

    public int count() {
        return starts.length;
    }

    public int start(int paragraph) {
        return starts[paragraph];
    }

    public int end(int paragraph) {
        return ends[paragraph];
    }

    /** The paragraph holding {@code offset}; a newline's offset belongs to the paragraph it ends. */
    public int indexOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
