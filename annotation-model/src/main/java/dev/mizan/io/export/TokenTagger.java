package dev.mizan.io.export;

import dev.mizan.model.Span;
import dev.mizan.spi.ExportDocument;
import dev.mizan.spi.ExportWarning;
import dev.mizan.spi.TagScheme;
import dev.mizan.text.ArabicTokenizer;
import dev.mizan.text.Sentence;
import dev.mizan.text.SentenceSplitter;
import dev.mizan.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns one layer's spans into one tag per token, sentence by sentence, for the token formats
 * (CoNLL, CoNLL-U, Hugging Face). Tokens and sentences come from {@code dev.mizan.text}; with clitic
 * splitting each proclitic (و، ف، ب، ل، ك، س) becomes a token of its own, the article staying with
 * its word, so "وموسكو" gives "و" and "موسكو".
 * <p>
 * A span is never moved to fit the tokens: a span that does not begin and end on token boundaries,
 * that overlaps a span already tagged, or that crosses a sentence end is left out and reported.
 */
public final class TokenTagger {
    /** The tag of a token outside every span. */
    public static final String OUTSIDE = "O";

    private final String layer;
    private final TagScheme scheme;
    private final boolean splitClitics;

    public TokenTagger(String layer, TagScheme scheme, boolean splitClitics) {
        this.layer = layer;
        this.scheme = scheme;
        this.splitClitics = splitClitics;
    }

    /**
     * One token (or clitic piece) with its tag.
     *
     * @param begin      UTF-16 begin in the document
     * @param end        UTF-16 end
     * @param text       the token's text
     * @param tag        {@code O} or a prefixed label such as {@code B-PER}
     * @param word       the index in the sentence of the whitespace-free word this piece belongs to
     * @param wordBegin  the UTF-16 begin of that word
     * @param wordEnd    the UTF-16 end of that word
     * @param spaceAfter whether white space follows in the text
     */
    public record Tagged(int begin, int end, String text, String tag, int word, int wordBegin, int wordEnd,
                         boolean spaceAfter) {
        /** Whether this piece is a whole word (no clitic was split off it). */
        public boolean wholeWord() {
            return begin == wordBegin && end == wordEnd;
        }
    }

    /** One sentence's tokens. */
    public record TaggedSentence(int begin, int end, List<Tagged> tokens) {
    }

    /** A document's sentences and what could not be tagged. */
    public record TaggedDocument(ExportDocument document, List<TaggedSentence> sentences, List<ExportWarning> warnings) {
        public long tokenCount() {
            return sentences.stream().mapToLong(s -> s.tokens().size()).sum();
        }
    }

    /** Tags one document. */
    public TaggedDocument tag(ExportDocument doc) {
        String text = doc.text();
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        int n = 0;
        int[] begins = new int[tokens.size() + 16];
        int[] ends = new int[begins.length];
        int[] words = new int[begins.length];
        for (int w = 0; w < tokens.size(); w++) {
            Token t = tokens.get(w);
            int start = t.begin();
            if (splitClitics && t.hasProclitic()) {
                for (int boundary : t.cliticBoundaries()) {
                    if (boundary > t.stemBegin()) {
                        break;
                    }
                    if (n + 2 >= begins.length) {
                        begins = Arrays.copyOf(begins, begins.length * 2);
                        ends = Arrays.copyOf(ends, begins.length);
                        words = Arrays.copyOf(words, begins.length);
                    }
                    begins[n] = start;
                    ends[n] = boundary;
                    words[n++] = w;
                    start = boundary;
                }
            }
            if (n + 2 >= begins.length) {
                begins = Arrays.copyOf(begins, begins.length * 2);
                ends = Arrays.copyOf(ends, begins.length);
                words = Arrays.copyOf(words, begins.length);
            }
            begins[n] = start;
            ends[n] = t.end();
            words[n++] = w;
        }

        List<Sentence> sentences = SentenceSplitter.split(text);
        int[] sentenceOf = new int[n];
        int s = 0;
        for (int i = 0; i < n; i++) {
            while (s + 1 < sentences.size() && begins[i] >= sentences.get(s + 1).begin()) {
                s++;
            }
            sentenceOf[i] = s;
        }

        String[] tags = new String[n];
        List<ExportWarning> warnings = new ArrayList<>();
        for (Span span : doc.annotations().spansIn(layer)) {
            int first = Arrays.binarySearch(begins, 0, n, span.begin());
            int last = Arrays.binarySearch(ends, 0, n, span.end());
            String quoted = "«" + abbreviate(text.substring(span.begin(), span.end())) + "»";
            if (first < 0 || last < 0 || last < first) {
                warnings.add(new ExportWarning(doc.id(), span.begin(), span.end(), span.label() + " " + quoted
                        + " does not begin and end on token boundaries; left out" + hint(tokens, span)));
                continue;
            }
            if (sentenceOf[first] != sentenceOf[last]) {
                warnings.add(new ExportWarning(doc.id(), span.begin(), span.end(), span.label() + " " + quoted
                        + " crosses a sentence end; left out"));
                continue;
            }
            boolean free = true;
            for (int i = first; i <= last && free; i++) {
                free = tags[i] == null;
            }
            if (!free) {
                warnings.add(new ExportWarning(doc.id(), span.begin(), span.end(), span.label() + " " + quoted
                        + " overlaps another " + layer + " span and a token holds one tag; left out"));
                continue;
            }
            for (int i = first; i <= last; i++) {
                tags[i] = prefix(i - first, last - first + 1) + span.label();
            }
        }

        List<TaggedSentence> result = new ArrayList<>(sentences.size());
        List<Tagged> current = new ArrayList<>();
        int currentSentence = n == 0 ? 0 : sentenceOf[0];
        int wordInSentence = -1;
        int lastWord = -1;
        for (int i = 0; i < n; i++) {
            if (sentenceOf[i] != currentSentence) {
                result.add(sentence(current));
                current = new ArrayList<>();
                currentSentence = sentenceOf[i];
                lastWord = -1;
                wordInSentence = -1;
            }
            if (words[i] != lastWord) {
                wordInSentence++;
                lastWord = words[i];
            }
            Token word = tokens.get(words[i]);
            boolean space = ends[i] < text.length() && ends[i] == word.end() && Character.isWhitespace(text.charAt(ends[i]));
            current.add(new Tagged(begins[i], ends[i], text.substring(begins[i], ends[i]),
                    tags[i] == null ? OUTSIDE : tags[i], wordInSentence, word.begin(), word.end(), space));
        }
        if (!current.isEmpty()) {
            result.add(sentence(current));
        }
        return new TaggedDocument(doc, result, warnings);
    }

    private static TaggedSentence sentence(List<Tagged> tokens) {
        return new TaggedSentence(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), List.copyOf(tokens));
    }

    private String prefix(int index, int length) {
        if (scheme == TagScheme.BIOES) {
            if (length == 1) {
                return "S-";
            }
            return index == 0 ? "B-" : index == length - 1 ? "E-" : "I-";
        }
        return index == 0 ? "B-" : "I-";
    }

    /** Suggests clitic splitting when the span starts right after a proclitic. */
    private String hint(List<Token> tokens, Span span) {
        if (splitClitics) {
            return "";
        }
        boolean afterClitic = tokens.stream().anyMatch(t -> t.begin() < span.begin() && span.begin() <= t.stemBegin()
                && t.cliticBoundaries().contains(span.begin()));
        return afterClitic ? " (it starts after a proclitic: export with --split-clitics)" : "";
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }

    /** The tag names of a label set in this scheme, O first, then per label in the given order. */
    public static List<String> tagNames(List<String> labels, TagScheme scheme) {
        List<String> names = new ArrayList<>();
        names.add(OUTSIDE);
        List<String> prefixes = scheme == TagScheme.BIOES ? List.of("B-", "I-", "E-", "S-") : List.of("B-", "I-");
        for (String label : labels) {
            prefixes.forEach(p -> names.add(p + label));
        }
        return names;
    }
}
