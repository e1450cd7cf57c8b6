package dev.mizan.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The small word lists the tokenizer uses to decide whether a first letter is a proclitic. They ship
 * as resources next to this class; every entry is normalized (no harakat, alef forms unified, ى → ي).
 */
final class ArabicLexicon {
    /** Suffixes a root-initial entry may carry and still be the same word (وزير → وزيرها). */
    private static final List<String> SUFFIXES = List.of("", "ة", "ات", "ه", "ها", "هم", "هما", "هن", "ي", "ك",
            "كم", "نا", "ا", "ين", "ون", "ان", "ت", "ته", "تها", "تهم", "تي", "تنا", "ية", "يا", "يين", "يون",
            "يه", "اء", "تان", "تين", "وا", "تا");

    private static final Set<String> SUFFIX_SET = Set.copyOf(SUFFIXES);
    private static final int MAX_SUFFIX = SUFFIXES.stream().mapToInt(String::length).max().orElse(0);

    private static final ArabicLexicon INSTANCE = new ArabicLexicon();

    private final Set<String> known = read("known-words.txt");
    private final Set<String> rootInitial = read("root-initial.txt");
    private final Set<String> lamInitial = read("lam-initial.txt");
    private final Set<String> notArticle = read("not-article.txt");

    static ArabicLexicon get() {
        return INSTANCE;
    }

    /** Whether {@code word} is a word Mizan knows as a stem. */
    boolean isKnown(String word) {
        return known.contains(word);
    }

    /** Whether {@code word} starts with a root letter that only looks like a proclitic (وزير, بالغة). */
    boolean isRootInitial(String word) {
        return matchesWithSuffix(word, rootInitial);
    }

    /** Whether {@code word} begins with ل as a root letter (لبنان, لجنة). */
    boolean isLamInitial(String word) {
        return matchesWithSuffix(word, lamInitial);
    }

    /** Whether {@code word} starts with ال that is not the article (التي, التزام, التقى). */
    boolean isNotArticle(String word) {
        return matchesWithSuffix(word, notArticle);
    }

    private static boolean matchesWithSuffix(String word, Set<String> stems) {
        // Try each prefix as the stem and the rest as a suffix: at most word.length() look-ups.
        for (int k = word.length(); k >= Math.max(2, word.length() - MAX_SUFFIX); k--) {
            if (SUFFIX_SET.contains(word.substring(k)) && stems.contains(word.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = ArabicLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/mizan/text/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(ArabicNormalizer.normalizeText(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
