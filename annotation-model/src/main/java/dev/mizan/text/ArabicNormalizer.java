package dev.mizan.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds Arabic spelling variants for matching and search, keeping a map to the original offsets.
 * The text of a document is never replaced by its normalized form.
 */
public final class ArabicNormalizer {

    private ArabicNormalizer() {
    }

    /** Normalizes with {@link NormalizerOptions#DEFAULT}. */
    public static Normalized normalize(String text) {
        return normalize(text, NormalizerOptions.DEFAULT);
    }

    /** Normalizes {@code text} with the given options. */
    public static Normalized normalize(String text, NormalizerOptions options) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 1];
        int[] ends = new int[n];
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (removed(cp, options)) {
                // A removed mark stays with the character before it: extend that character's end.
                if (out.length() > 0 && ArabicChars.isCombiningMark(cp) && ends[out.length() - 1] == i) {
                    ends[out.length() - 1] = next;
                }
                i = next;
                continue;
            }
            String replacement = replacement(cp, options);
            int from = out.length();
            if (replacement == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(replacement);
            }
            if (out.length() > ends.length) {
                // Only ligatures expand (ﻻ → لا); grow the maps then.
                starts = Arrays.copyOf(starts, out.length() * 2 + 1);
                ends = Arrays.copyOf(ends, out.length() * 2);
            }
            for (int k = from; k < out.length(); k++) {
                starts[k] = i;
                ends[k] = next;
            }
            i = next;
        }
        int len = out.length();
        int[] toOriginal = Arrays.copyOf(starts, len + 1);
        toOriginal[len] = n;
        return new Normalized(out.toString(), toOriginal, Arrays.copyOf(ends, len));
    }

    /** Normalizes only the text, when no offset map is needed (lexicon look-ups). */
    public static String normalizeText(String text) {
        return normalize(text).text();
    }

    private static boolean removed(int cp, NormalizerOptions o) {
        return (o.removeDiacritics() && ArabicChars.isArabicDiacritic(cp))
                || (o.removeTatweel() && cp == ArabicChars.TATWEEL)
                || (o.removeInvisible() && ArabicChars.isInvisibleControl(cp));
    }

    /** The replacement for one code point, or null to keep it as it is. */
    private static String replacement(int cp, NormalizerOptions o) {
        if (o.unifyAlef() && (cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || cp == 0x0671
                || cp == 0x0672 || cp == 0x0673)) {
            return "\u0627";
        }
        if (o.alefMaksuraToYa() && (cp == 0x0649 || cp == 0x06CC)) {
            return "\u064A";
        }
        if (o.taMarbutaToHa() && cp == 0x0629) {
            return "\u0647";
        }
        if (o.asciiDigits()) {
            if (cp > 0x7F && Character.isDigit(cp)) {
                return String.valueOf((char) ArabicChars.asciiDigit(cp));
            }
            if (cp == 0x066B) {
                return ".";
            }
            if (cp == 0x066C) {
                return ",";
            }
        }
        if (o.unifySpaces() && cp != ' ' && Character.getType(cp) == Character.SPACE_SEPARATOR) {
            return " ";
        }
        if (isPresentationForm(cp)) {
            // Lam-alef ligatures and other presentation forms: fold to the letters they draw.
            String letters = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            if (!letters.isEmpty() && !letters.equals(new String(Character.toChars(cp)))) {
                return normalize(letters, o).text();
            }
        }
        return null;
    }

    private static boolean isPresentationForm(int cp) {
        return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC);
    }
}
