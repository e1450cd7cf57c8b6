package dev.mizan.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Document and annotator ids become file names, so they must be safe: letters (any script),
 * digits, {@code - _ .}, no path separators, no {@code ..}, no control characters, not empty.
 */
public final class SafeIds {
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{M}\\p{N}_][\\p{L}\\p{M}\\p{N}_.-]{0,127}");

    private SafeIds() {
    }

    public static boolean isSafe(String id) {
        return id != null && SAFE.matcher(id).matches() && !id.contains("..");
    }

    /** Why an id is unsafe, or null when it is safe. */
    public static String whyUnsafe(String id) {
        if (id == null || id.isEmpty()) {
            return "is empty";
        }
        if (id.contains("/") || id.contains("\\")) {
            return "contains a path separator";
        }
        if (id.contains("..")) {
            return "contains '..'";
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            return "contains a control character";
        }
        if (!isSafe(id)) {
            return "may only contain letters, digits, '-', '_' and '.', start with a letter, digit or '_', and be at most 128 characters";
        }
        return null;
    }

    /** Turns a file name or title into a safe id; never returns an empty string. */
    public static String slug(String raw) {
        String s = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}_.-]+", "-")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (s.length() > 100) {
            s = s.substring(0, 100);
        }
        return s.isEmpty() ? "doc" : s.toLowerCase(Locale.ROOT);
    }
}
