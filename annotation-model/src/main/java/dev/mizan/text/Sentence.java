package dev.mizan.text;

/**
 * One sentence of a text, as UTF-16 offsets, without surrounding white space.
 *
 * @param begin first offset, inclusive
 * @param end   last offset, exclusive
 */
public record Sentence(int begin, int end) {

    public Sentence {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad sentence range [" + begin + ", " + end + ")");
        }
    }

    /** The sentence's text in {@code source}. */
    public String text(String source) {
        return source.substring(begin, end);
    }
}
