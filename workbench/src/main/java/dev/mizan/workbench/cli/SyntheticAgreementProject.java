package dev.mizan.workbench.cli;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.DefaultSchema;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.model.Status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded synthetic project for the agreement benchmark: Arabic-like texts, a reference annotation of
 * entities, stances (with polarity and holder) and claims (with type and claimant), and annotators who
 * each copy it with realistic noise (shifted boundaries, other labels, dropped and extra spans).
 */
final class SyntheticAgreementProject {
    private static final String[] WORDS = {"الرئيس", "وزير", "الخارجية", "موسكو", "دمشق", "قال", "إن", "الحكومة",
            "السورية", "الروسي", "بوتين", "الأسد", "في", "على", "من", "مع", "اللقاء", "المحادثات", "التعاون",
            "العسكري", "الاقتصادي", "أكد", "رفض", "دعم", "البلدين", "الجانب", "الأمن", "مجلس", "قاعدة", "حميميم"};
    private static final String[] ENTITY = {"PER", "ORG", "GPE", "LOC", "FAC", "DATE", "EVENT", "MISC"};
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    private SyntheticAgreementProject() {
    }

    /** {@code spans} spans per annotator and document, split 70% entities, 15% stances, 15% claims. */
    static Project build(int documents, int annotators, int spans, long seed) {
        Random random = new Random(seed);
        List<Document> docs = new ArrayList<>();
        List<AnnotationSet> sets = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            int words = spans * 8;
            StringBuilder text = new StringBuilder();
            int[] begin = new int[words];
            int[] end = new int[words];
            for (int w = 0; w < words; w++) {
                begin[w] = text.length();
                text.append(WORDS[random.nextInt(WORDS.length)]);
                end[w] = text.length();
                text.append(w % 15 == 14 ? ". " : " ");
            }
            Document doc = Document.of(String.format("doc%05d", d), null, null, text.toString());
            docs.add(doc);
            List<Span> reference = reference(random, spans, words, begin, end);
            for (int a = 0; a < annotators; a++) {
                sets.add(new AnnotationSet("annotator" + (a + 1), doc.id(), doc.sha256(), Status.DONE,
                        noisy(random, reference, words, begin, end), List.of(), NOW, NOW));
            }
        }
        return new Project("synthetic", DefaultSchema.load(), Map.of(), docs, sets, List.of());
    }

    private static List<Span> reference(Random random, int spans, int words, int[] begin, int[] end) {
        List<Span> result = new ArrayList<>();
        int entities = spans * 7 / 10;
        int stances = (spans - entities) / 2;
        int claims = spans - entities - stances;
        // Entities on alternate words, stance and claim spans on separate stretches of the text.
        int slot = 0;
        List<String> entityIds = new ArrayList<>();
        for (int i = 0; i < entities; i++, slot += 4) {
            int w = slot % words;
            int len = 1 + random.nextInt(2);
            String id = "e" + i;
            entityIds.add(id);
            result.add(new Span(id, begin[w], end[Math.min(words - 1, w + len - 1)], "entity", ENTITY[random.nextInt(ENTITY.length)]));
        }
        int stretch = Math.max(1, words / Math.max(1, stances + claims));
        for (int i = 0; i < stances + claims; i++) {
            int w = i * stretch;
            int last = Math.min(words - 1, w + 2 + random.nextInt(Math.max(1, stretch - 3)));
            String holder = entityIds.isEmpty() ? null : entityIds.get(random.nextInt(entityIds.size()));
            Span s;
            if (i < stances) {
                s = new Span("s" + i, begin[w], end[last], "stance", "STANCE")
                        .withAttribute("polarity", List.of("SUPPORT", "OPPOSE", "NEUTRAL").get(random.nextInt(3)))
                        .withAttribute("holder", holder);
            } else {
                s = new Span("c" + i, begin[w], end[last], "claim", "CLAIM")
                        .withAttribute("type", List.of("FACTUAL", "EVALUATIVE", "POLICY", "PREDICTION").get(random.nextInt(4)))
                        .withAttribute("claimant", holder);
            }
            result.add(s);
        }
        return result;
    }

    private static List<Span> noisy(Random random, List<Span> reference, int words, int[] begin, int[] end) {
        List<Span> result = new ArrayList<>();
        for (Span s : reference) {
            double r = random.nextDouble();
            if (r < 0.05) {
                continue;
            } else if (r < 0.15) {
                int shift = random.nextBoolean() ? 2 : -2;
                int b = Math.max(0, Math.min(s.end() - 1, s.begin() + shift));
                result.add(s.withBounds(b, s.end()));
            } else if (r < 0.20 && s.layer().equals("entity")) {
                result.add(s.withLabel(ENTITY[random.nextInt(ENTITY.length)]));
            } else if (r < 0.25 && s.attributes().containsKey("polarity")) {
                result.add(s.withAttribute("polarity", "NEUTRAL"));
            } else {
                result.add(s);
            }
        }
        if (random.nextDouble() < 0.5) {
            int w = 2 + 4 * random.nextInt(Math.max(1, words / 4 - 1));
            result.add(new Span("x1", begin[w], end[w], "entity", ENTITY[random.nextInt(ENTITY.length)]));
        }
        return result;
    }
}
