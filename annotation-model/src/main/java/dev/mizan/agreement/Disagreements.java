package dev.mizan.agreement;

import dev.mizan.model.Document;
import dev.mizan.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the stretches of a document where annotators differ: spans of all annotators in a layer are
 * grouped into clusters of transitively overlapping spans; a cluster is an agreement only if every
 * annotator has exactly one span there with the same offsets, label and (non-link) attributes.
 */
final class Disagreements {
    private static final int MAX_TEXT = 160;

    private Disagreements() {
    }

    static List<Disagreement> find(Document doc, String layer, List<List<Span>> spansByCoder, List<String> coders,
                                   List<String> linkAttributes) {
        List<int[]> all = new ArrayList<>();
        for (int c = 0; c < spansByCoder.size(); c++) {
            for (int i = 0; i < spansByCoder.get(c).size(); i++) {
                all.add(new int[]{c, i});
            }
        }
        all.sort((x, y) -> Integer.compare(span(spansByCoder, x).begin(), span(spansByCoder, y).begin()));
        List<Disagreement> result = new ArrayList<>();
        int start = 0;
        while (start < all.size()) {
            int end = span(spansByCoder, all.get(start)).end();
            int stop = start + 1;
            while (stop < all.size() && span(spansByCoder, all.get(stop)).begin() < end) {
                end = Math.max(end, span(spansByCoder, all.get(stop)).end());
                stop++;
            }
            Disagreement d = judge(doc, layer, spansByCoder, coders, all.subList(start, stop), linkAttributes);
            if (d != null) {
                result.add(d);
            }
            start = stop;
        }
        return result;
    }

    /** Fast path for the common case: one span per annotator, all alike. */
    private static boolean agreed(List<List<Span>> spans, int coders, List<int[]> cluster, List<String> linkAttributes) {
        if (cluster.size() != coders) {
            return false;
        }
        boolean[] seen = new boolean[coders];
        Span first = span(spans, cluster.get(0));
        for (int[] ref : cluster) {
            if (seen[ref[0]]) {
                return false;
            }
            seen[ref[0]] = true;
            Span s = span(spans, ref);
            if (!s.sameExtent(first) || !s.label().equals(first.label()) || !sameAttributes(s, first, linkAttributes)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameAttributes(Span a, Span b, List<String> linkAttributes) {
        if (a.attributes().isEmpty() && b.attributes().isEmpty()) {
            return true;
        }
        java.util.Set<String> keys = new HashSet<>(a.attributes().keySet());
        keys.addAll(b.attributes().keySet());
        for (String k : keys) {
            if (!linkAttributes.contains(k) && !java.util.Objects.equals(a.attributes().get(k), b.attributes().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Span span(List<List<Span>> spans, int[] ref) {
        return spans.get(ref[0]).get(ref[1]);
    }

    private static Disagreement judge(Document doc, String layer, List<List<Span>> spans, List<String> coders,
                                      List<int[]> cluster, List<String> linkAttributes) {
        if (agreed(spans, coders.size(), cluster, linkAttributes)) {
            return null;
        }
        Map<String, List<Disagreement.Answer>> answers = new LinkedHashMap<>();
        for (String coder : coders) {
            answers.put(coder, new ArrayList<>());
        }
        int begin = Integer.MAX_VALUE;
        int end = 0;
        Set<String> labels = new HashSet<>();
        Set<String> extents = new HashSet<>();
        Set<String> full = new HashSet<>();
        for (int[] ref : cluster) {
            Span s = span(spans, ref);
            Map<String, Object> attributes = new TreeMap<>();
            // Link attributes hold span ids, which differ between annotators by construction; link-f1 covers them.
            s.attributes().forEach((k, v) -> {
                if (!linkAttributes.contains(k)) {
                    attributes.put(k, v);
                }
            });
            answers.get(coders.get(ref[0])).add(new Disagreement.Answer(s.label(), s.begin(), s.end(), attributes));
            begin = Math.min(begin, s.begin());
            end = Math.max(end, s.end());
            labels.add(s.label());
            extents.add(s.begin() + ":" + s.end());
            full.add(s.begin() + ":" + s.end() + ":" + s.label() + ":" + attributes);
        }
        long absent = answers.values().stream().filter(List::isEmpty).count();
        boolean oneEach = answers.values().stream().allMatch(a -> a.size() == 1);
        if (oneEach && full.size() == 1) {
            return null;
        }
        String kind;
        int base;
        if (labels.size() > 1) {
            kind = "label";
            base = 4;
        } else if (absent > 0) {
            kind = "missing";
            base = 3;
        } else if (extents.size() > 1 || !oneEach) {
            kind = "boundary";
            base = 2;
        } else {
            kind = "attribute";
            base = 1;
        }
        String text = doc.text().substring(begin, Math.min(end, doc.text().length()));
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "…";
        }
        int severity = base * 100 + (int) Math.min(99, absent * 10 + labels.size());
        return new Disagreement(doc.id(), layer, begin, end, text, kind, severity, answers);
    }
}
