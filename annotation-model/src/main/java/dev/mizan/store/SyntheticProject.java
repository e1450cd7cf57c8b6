package dev.mizan.store;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Relation;
import dev.mizan.model.Source;
import dev.mizan.model.Span;
import dev.mizan.model.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Writes a synthetic project of Arabic news-like documents with annotation sets, for benchmarks.
 * The same seed gives the same project. Texts are built from a small news vocabulary, with harakat
 * now and then; spans lie on word boundaries; stance spans link to an entity span as their holder.
 */
public final class SyntheticProject {
    private static final String[] WORDS = ("أكد الرئيس الروسي فلاديمير بوتين دعم بلاده الثابت لسوريا مشدّداً على أهمية"
            + " الحفاظ وحدة أراضيها وسيادتها الكاملة ورفض أي مشاريع تهدف إلى تقسيم البلاد وزير الخارجية أسعد"
            + " الشيباني موسكو دمشق لافروف العلاقات مرحلة جديدة التعاون العسكري والاقتصادي الكرملين اللقاء"
            + " الجانبان التنسيق السياسي والدبلوماسي المحافل الدولية القانون الدولي التدخلات الخارجية في من مع"
            + " بين الشؤون الداخلية للدول قال وأضاف أن هذا العام بداية الخروج من حرب دامت عاماً").split(" ");
    private static final String[] ENTITY_LABELS = {"PER", "ORG", "GPE", "LOC", "DATE"};

    private SyntheticProject() {
    }

    /** What was generated. */
    public record Shape(int documents, int annotators, int spansPerSet, int sets) {
    }

    /**
     * Creates the project in {@code root} (which must not exist or be empty).
     *
     * @param documents   number of documents
     * @param annotators  number of annotators, each with one set per document
     * @param spansPerSet spans in each set
     * @param seed        random seed
     */
    public static Shape generate(Path root, int documents, int annotators, int spansPerSet, long seed)
            throws IOException {
        ProjectStore store = ProjectStore.create(root, "Synthetic", DefaultSchema.load());
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        // Each document has its own random stream, so the files do not depend on the order of writing;
        // writing in parallel hides the latency of the store's fsync per file.
        IntStream.range(0, documents).parallel().forEach(d -> {
            Random random = new Random(seed * 1_000_003L + d);
            List<int[]> words = new ArrayList<>();
            String text = text(random, words);
            Document document = Document.of(String.format("doc-%05d", d), "خبر " + d,
                    Source.ofFile("doc-" + d + ".txt"), text);
            try {
                store.saveDocument(document);
                for (int a = 0; a < annotators; a++) {
                    store.saveAnnotationSet(annotationSet("annotator-" + (a + 1), document, words, spansPerSet,
                            random, now));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Shape(documents, annotators, spansPerSet, documents * annotators);
    }

    /** A text of about 300 words in paragraphs; {@code words} receives each word's [begin, end). */
    private static String text(Random random, List<int[]> words) {
        StringBuilder sb = new StringBuilder();
        int count = 250 + random.nextInt(100);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(i % 40 == 0 ? ".\n\n" : i % 12 == 0 ? "، " : " ");
            }
            int begin = sb.length();
            sb.append(WORDS[random.nextInt(WORDS.length)]);
            words.add(new int[] {begin, sb.length()});
        }
        return sb.append(".\n").toString();
    }

    private static AnnotationSet annotationSet(String annotator, Document document, List<int[]> words,
                                               int spans, Random random, Instant now) {
        List<Span> list = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (int i = 0; i < spans; i++) {
            int first = random.nextInt(words.size());
            String id = "s" + (i + 1);
            if (i % 5 == 4 && !entities.isEmpty()) {
                int last = Math.min(words.size() - 1, first + 3 + random.nextInt(8));
                list.add(new Span(id, words.get(first)[0], words.get(last)[1], "stance", "STANCE",
                        Map.of("polarity", random.nextBoolean() ? "SUPPORT" : "OPPOSE",
                                "holder", entities.get(random.nextInt(entities.size())))));
            } else {
                int last = Math.min(words.size() - 1, first + random.nextInt(3));
                list.add(new Span(id, words.get(first)[0], words.get(last)[1], "entity",
                        ENTITY_LABELS[random.nextInt(ENTITY_LABELS.length)]));
                entities.add(id);
            }
        }
        List<Relation> relations = entities.size() >= 2
                ? List.of(new Relation("r1", "same_as", entities.get(0), entities.get(1))) : List.of();
        return new AnnotationSet(annotator, document.id(), document.sha256(), Status.IN_PROGRESS, list, relations,
                now, now);
    }
}
