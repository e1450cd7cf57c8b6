package dev.mizan.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds HTML entity residue (such as {@code &nbsp} or {@code &amp;}) left in scraped news text.
 * The text is never changed; the import only warns, so the user can clean the source if needed.
 */
public final class HtmlEntities {
    /** Named entities with a semicolon, numeric ones, and the common names even without it. */
    private static final Pattern ENTITY = Pattern.compile(
            "&(?:#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};"
                    + "|(?:nbsp|amp|lt|gt|quot|apos|hellip|mdash|ndash|laquo|raquo|lsquo|rsquo|ldquo|rdquo"
                    + "|zwnj|zwj|lrm|rlm|shy)(?![A-Za-z0-9]))");

    /** At most this many occurrences are reported one by one per text. */
    public static final int REPORTED = 10;

    /** One occurrence: the residue and its 1-based line in the text. */
    public record Residue(String entity, int line) {
    }

    private HtmlEntities() {
    }

    /** Every occurrence in {@code text}, in order. */
    public static List<Residue> find(String text) {
        List<Residue> found = new ArrayList<>();
        if (text.indexOf('&') < 0) {
            return found;
        }
        Matcher m = ENTITY.matcher(text);
        int line = 1;
        int counted = 0;
        while (m.find()) {
            for (int i = counted; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            counted = m.start();
            found.add(new Residue(m.group(), line));
        }
        return found;
    }
}
