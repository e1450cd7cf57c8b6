package dev.mizan.io.webanno;

import dev.mizan.spi.ImportProblem;
import dev.mizan.spi.ImportedDocument;
import dev.mizan.spi.ImportedLink;
import dev.mizan.spi.ImportedRelation;
import dev.mizan.spi.ImportedSpan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one WebAnno TSV 3 file into a rebuilt text, its tokens, spans and relations. */
final class TsvParser {
    private static final Pattern FORMAT = Pattern.compile("#FORMAT=WebAnno TSV (3\\.\\d+)\\s*");
    private static final Pattern ROW_ID = Pattern.compile("(\\d+)-(\\d+)(\\.\\d+)?");
    private static final Pattern OFFSETS = Pattern.compile("(\\d+)-(\\d+)");
    private static final Pattern ITEM_ID = Pattern.compile("(.*)\\[(\\d+)]");
    private static final Pattern ADDRESS = Pattern.compile("(\\d+-\\d+(?:\\.\\d+)?)(?:\\[(\\d+)_(\\d+)])?");
    private static final Pattern SLOT_TARGET = Pattern.compile("(\\d+-\\d+(?:\\.\\d+)?)(?:\\[(\\d+)])?");
    /** A slot target column of this type may point at an annotation of any layer. */
    private static final String ANY_ANNOTATION = "uima.tcas.Annotation";

    /** What the file holds. */
    record Parsed(String text, List<ImportedDocument.Token> tokens, List<ImportedSpan> spans,
                  List<ImportedRelation> relations) {
    }

    private record Sentence(List<String> textLines, List<Row> rows, int line) {
    }

    private record Row(String address, int begin, int end, String token, String[] cells, int line) {
    }

    /** A span being assembled over the tokens it covers. */
    private static final class SpanBuilder {
        final String id;
        final String layer;
        final int annotationId;
        final int line;
        final int begin;
        int end;
        String label = "";
        final Map<String, Object> attributes = new TreeMap<>();

        SpanBuilder(String id, String layer, int annotationId, int begin, int end, int line) {
            this.id = id;
            this.layer = layer;
            this.annotationId = annotationId;
            this.begin = begin;
            this.end = end;
            this.line = line;
        }
    }

    /** A slot read from a row: its host, the attribute it becomes, and the address of its target. */
    private record PendingSlot(SpanBuilder host, String attribute, String targetType, String address,
                               int targetId, int line) {
    }

    private record PendingRelation(String type, String sourceAddress, int sourceId, String targetAddress, int targetId,
                                   String baseLayer, int line) {
    }

    private final Path file;
    private final List<ImportProblem> problems;
    private final TsvHeader header = new TsvHeader();
    private final Map<String, SpanBuilder> spansByKey = new LinkedHashMap<>();
    private final Map<String, List<SpanBuilder>> spansAtAddress = new HashMap<>();
    private final List<PendingRelation> pending = new ArrayList<>();
    private final List<PendingSlot> pendingSlots = new ArrayList<>();
    private final Map<String, Boolean> unsupportedReported = new HashMap<>();
    private boolean failed;
    private int spanCounter;

    TsvParser(Path file, List<ImportProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    Optional<Parsed> parse(String content) {
        String[] lines = content.split("\r?\n", -1);
        Matcher format = FORMAT.matcher(lines[0].replace("\uFEFF", ""));
        if (!format.matches()) {
            error(1, "is not a WebAnno TSV 3 file (its first line should be '#FORMAT=WebAnno TSV 3.3'); export it from INCEpTION as 'WebAnno TSV 3.3'");
            return Optional.empty();
        }
        String version = format.group(1);
        if (!version.equals("3.2") && !version.equals("3.3")) {
            problems.add(ImportProblem.warning(file, 1, "WebAnno TSV " + version + " is read like 3.3; check the result"));
        }
        List<Sentence> sentences = new ArrayList<>();
        Sentence current = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int n = i + 1;
            if (line.startsWith("#T_SP=")) {
                header.declare(TsvHeader.Kind.SPAN, line.substring(6));
            } else if (line.startsWith("#T_RL=")) {
                header.declare(TsvHeader.Kind.RELATION, line.substring(6));
            } else if (line.startsWith("#T_CH=")) {
                header.declare(TsvHeader.Kind.CHAIN, line.substring(6));
            } else if (line.startsWith("#Text=")) {
                if (current == null || !current.rows().isEmpty()) {
                    current = new Sentence(new ArrayList<>(), new ArrayList<>(), n);
                    sentences.add(current);
                }
                current.textLines().add(line.substring(6));
            } else if (line.isEmpty()) {
                current = null;
            } else if (line.startsWith("#")) {
                continue; // other comments, e.g. a document's metadata
            } else {
                if (current == null) {
                    error(n, "a token line must follow a '#Text=' line");
                    continue;
                }
                row(line, n).ifPresent(current.rows()::add);
            }
        }
        if (failed) {
            return Optional.empty();
        }
        List<ImportedDocument.Token> tokens = new ArrayList<>();
        String text = rebuildText(sentences, tokens);
        if (text == null) {
            return Optional.empty();
        }
        for (Sentence s : sentences) {
            for (Row r : s.rows()) {
                annotate(r);
            }
        }
        List<ImportedRelation> relations = resolveRelations();
        resolveSlots();
        if (failed) {
            return Optional.empty();
        }
        List<ImportedSpan> spans = spansByKey.values().stream()
                .map(b -> new ImportedSpan(b.id, b.begin, b.end, b.layer, b.label, b.attributes, b.line)).toList();
        return Optional.of(new Parsed(text, tokens, spans, relations));
    }

    private Optional<Row> row(String line, int n) {
        String[] cells = line.split("\t", -1);
        int expected = 3 + header.columns();
        if (cells.length == expected + 1 && cells[expected].isEmpty()) {
            cells = java.util.Arrays.copyOf(cells, expected); // a trailing tab
        }
        if (cells.length != expected) {
            error(n, "has " + cells.length + " columns but the header declares " + expected + " (3 + the layers' columns)");
            return Optional.empty();
        }
        Matcher id = ROW_ID.matcher(cells[0]);
        Matcher off = OFFSETS.matcher(cells[1]);
        if (!id.matches() || !off.matches()) {
            error(n, "should start with 'SENTENCE-TOKEN<tab>BEGIN-END', not '" + cells[0] + "\t" + cells[1] + "'");
            return Optional.empty();
        }
        int begin = Integer.parseInt(off.group(1));
        int end = Integer.parseInt(off.group(2));
        if (end < begin) {
            error(n, "the token ends (" + end + ") before it begins (" + begin + ")");
            return Optional.empty();
        }
        return Optional.of(new Row(cells[0], begin, end, TsvEscapes.unescape(cells[2]),
                java.util.Arrays.copyOfRange(cells, 3, cells.length), n));
    }

    /**
     * Places each sentence's text at its first token's offset. Older files escape the #Text line,
     * newer ones do not always: the reading whose tokens fit is the right one.
     */
    private String rebuildText(List<Sentence> sentences, List<ImportedDocument.Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Sentence s : sentences) {
            if (s.rows().isEmpty()) {
                continue;
            }
            String raw = String.join("\n", s.textLines());
            int start = s.rows().get(0).begin();
            String sentence = fits(TsvEscapes.unescape(raw), start, s.rows()) ? TsvEscapes.unescape(raw)
                    : fits(raw, start, s.rows()) ? raw : null;
            if (sentence == null) {
                Row bad = firstMisfit(TsvEscapes.unescape(raw), start, s.rows());
                error(bad.line(), "the token '" + bad.token() + "' at " + bad.begin() + "-" + bad.end()
                        + " does not match the sentence text on line " + s.line() + "; the file is damaged");
                return null;
            }
            if (start < text.length()) {
                error(s.line(), "this sentence starts at " + start + ", inside the previous one (which ends at " + text.length() + ")");
                return null;
            }
            int gap = start - text.length();
            text.append(gap == 1 ? " " : "\n".repeat(gap));
            text.append(sentence);
            for (Row r : s.rows()) {
                if (!r.address().contains(".")) {
                    tokens.add(new ImportedDocument.Token(r.begin(), r.end(), r.token()));
                }
            }
        }
        return text.toString();
    }

    private static boolean fits(String sentence, int start, List<Row> rows) {
        return firstMisfit(sentence, start, rows) == null;
    }

    private static Row firstMisfit(String sentence, int start, List<Row> rows) {
        for (Row r : rows) {
            int b = r.begin() - start;
            int e = r.end() - start;
            if (b < 0 || e > sentence.length() || !sentence.substring(b, e).equals(r.token())) {
                return r;
            }
        }
        return null;
    }

    private void annotate(Row row) {
        for (TsvHeader.LayerDecl layer : header.layers()) {
            int driver = driverColumn(row, layer);
            if (driver < 0) {
                continue;
            }
            switch (layer.kind()) {
                case SPAN -> spanItems(row, layer, driver);
                case RELATION -> relationItems(row, layer);
                case CHAIN -> unsupported(layer, row.line(), "chain layers (coreference) cannot be imported: Mizan has no chains; "
                        + "remove the layer from the export, or express the links as relations");
            }
        }
    }

    /**
     * The first of the layer's columns that holds something on this row, or -1. Usually the first
     * column; for a layer whose slot feature comes first, an annotation without slots shows only in
     * the target column (its '*' placeholder, dkpro-core #1329).
     */
    private static int driverColumn(Row row, TsvHeader.LayerDecl layer) {
        for (int c = layer.firstColumn(); c < layer.firstColumn() + layer.columns(); c++) {
            if (!row.cells()[c].equals("_")) {
                return c;
            }
            if (layer.kind() != TsvHeader.Kind.SPAN) {
                break; // relation and chain layers are driven by their first column
            }
        }
        return -1;
    }

    private void spanItems(Row row, TsvHeader.LayerDecl layer, int driverColumn) {
        List<String> driver = TsvEscapes.splitStack(row.cells()[driverColumn]);
        for (int k = 0; k < driver.size(); k++) {
            int annotationId = itemId(driver.get(k));
            String key = annotationId > 0 ? layer.type() + "#" + annotationId : null;
            SpanBuilder span = key == null ? null : spansByKey.get(key);
            if (span != null) {
                span.end = Math.max(span.end, row.end());
                spansAtAddress.computeIfAbsent(row.address(), a -> new ArrayList<>()).add(span);
                continue;
            }
            span = new SpanBuilder("s" + (++spanCounter), layer.type(), annotationId, row.begin(), row.end(), row.line());
            int labelFeature = layer.labelFeature();
            for (int f = 0; f < layer.features().size(); f++) {
                String feature = layer.features().get(f);
                if (layer.isSlot(f)) {
                    slots(row, layer, f, k, annotationId, span);
                    continue;
                }
                String value = featureValue(row.cells()[layer.featureColumns().get(f)], k, annotationId);
                if (value == null) {
                    continue;
                }
                if (f == labelFeature) {
                    span.label = value;
                } else {
                    span.attributes.put(feature, value);
                }
            }
            spansByKey.put(key != null ? key : span.id, span);
            spansAtAddress.computeIfAbsent(row.address(), a -> new ArrayList<>()).add(span);
        }
    }

    /**
     * Reads the slots of slot feature {@code f} of the span in stack position {@code k} (or with
     * {@code id}): the role column holds the roles ({@code ;} between slots, then the span's id), the
     * target column the target addresses in the same order. A slot becomes a link attribute named by
     * its role (or by the feature when the role is empty); targets are resolved once every span is read.
     */
    private void slots(Row row, TsvHeader.LayerDecl layer, int f, int k, int id, SpanBuilder span) {
        int column = layer.featureColumns().get(f);
        String feature = layer.slotName(f);
        List<String> roleStack = TsvEscapes.splitStack(row.cells()[column]);
        List<String> targetStack = TsvEscapes.splitStack(row.cells()[column + 1]);
        int at = k;
        if (id > 0) {
            for (int i = 0; i < roleStack.size(); i++) {
                if (itemId(roleStack.get(i)) == id) {
                    at = i;
                }
            }
        }
        String roleItem = at < roleStack.size() ? roleStack.get(at) : "_";
        Matcher withId = ITEM_ID.matcher(roleItem);
        if (withId.matches() && !withId.group(1).endsWith("\\")) {
            roleItem = withId.group(1);
        }
        String targetItem = at < targetStack.size() ? targetStack.get(at) : "_";
        if (roleItem.equals("_") || roleItem.isEmpty()) {
            if (!targetItem.equals("*") && !targetItem.equals("_")) {
                error(row.line(), "the slot feature '" + feature + "' of " + layer.type() + " has no role but the target '"
                        + targetItem + "'; each target needs a role in the column before it (or '*'): fix the file or re-export it");
            }
            return;
        }
        List<String> roles = TsvEscapes.split(roleItem, ';');
        List<String> targets = TsvEscapes.split(targetItem, ';');
        if (roles.size() != targets.size()) {
            error(row.line(), "the slot feature '" + feature + "' of " + layer.type() + " has " + roles.size() + " role(s) ("
                    + roleItem + ") but " + targets.size() + " target(s) (" + targetItem + "); each role needs the address of "
                    + "its target annotation, in the same order: fix the file or re-export it");
            return;
        }
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i).equals("*") ? feature : TsvEscapes.unescape(roles.get(i));
            String target = targets.get(i);
            if (target.equals("*") || target.equals("_")) {
                problems.add(ImportProblem.warning(file, row.line(), "the '" + role + "' slot of " + layer.type()
                        + " has no target: Mizan's links always point at a span, so it is left out"));
                continue;
            }
            Matcher a = SLOT_TARGET.matcher(target);
            if (!a.matches()) {
                error(row.line(), "the '" + role + "' slot of " + layer.type() + " points at '" + target
                        + "', which is not an address such as 2-4 or 2-4[7] (sentence-token[id])");
                continue;
            }
            pendingSlots.add(new PendingSlot(span, role, layer.slotTargets().get(f), a.group(1),
                    a.group(2) == null ? 0 : Integer.parseInt(a.group(2)), row.line()));
        }
    }

    /** Points each slot's host at its target span, as a link attribute. */
    private void resolveSlots() {
        Set<String> spanLayers = new HashSet<>();
        header.layers().stream().filter(l -> l.kind() == TsvHeader.Kind.SPAN).forEach(l -> spanLayers.add(l.type()));
        for (PendingSlot p : pendingSlots) {
            boolean anyLayer = p.targetType().equals(ANY_ANNOTATION) || !spanLayers.contains(p.targetType());
            List<SpanBuilder> candidates = spansAtAddress.getOrDefault(p.address(), List.of()).stream()
                    .filter(s -> anyLayer || s.layer.equals(p.targetType()))
                    .filter(s -> p.targetId() == 0 || s.annotationId == p.targetId()).distinct().toList();
            if (p.targetId() == 0 && candidates.size() > 1) {
                List<SpanBuilder> withoutId = candidates.stream().filter(s -> s.annotationId == 0).toList();
                candidates = withoutId.size() == 1 ? withoutId : candidates;
            }
            String where = p.address() + (p.targetId() > 0 ? "[" + p.targetId() + "]" : "");
            if (candidates.isEmpty()) {
                error(p.line(), "the '" + p.attribute() + "' slot points at " + where + ", but no "
                        + (anyLayer ? "" : p.targetType() + " ") + "annotation is there; a target is the address of its "
                        + "annotation's first token, with the annotation's [id] when it has one: fix the file or re-export it");
                continue;
            }
            if (candidates.size() > 1) {
                error(p.line(), "the '" + p.attribute() + "' slot points at " + where + ", where " + candidates.size()
                        + " annotations are; the address needs the target's [id] to say which");
                continue;
            }
            Object before = p.host().attributes.get(p.attribute());
            if (before != null && !(before instanceof ImportedLink)) {
                error(p.line(), "the slot role '" + p.attribute() + "' is also the name of a feature of " + p.host().layer
                        + "; rename the role in the source tool");
                continue;
            }
            if (before != null) {
                if (!(before instanceof ImportedLink l && l.targetId().equals(candidates.get(0).id))) {
                    error(p.line(), "the annotation has two '" + p.attribute() + "' slots; a Mizan link attribute points at "
                            + "one span: keep one of them in the source tool");
                }
                continue;
            }
            p.host().attributes.put(p.attribute(), new ImportedLink(candidates.get(0).id));
        }
    }

    /** The unescaped value of item {@code k} (or of the item with {@code id}) of a cell; null when empty. */
    private static String featureValue(String cell, int k, int id) {
        if (cell.equals("_")) {
            return null;
        }
        List<String> items = TsvEscapes.splitStack(cell);
        String item = null;
        if (id > 0) {
            for (String it : items) {
                if (itemId(it) == id) {
                    item = it;
                    break;
                }
            }
        }
        if (item == null && k < items.size()) {
            item = items.get(k);
        }
        if (item == null) {
            return null;
        }
        Matcher m = ITEM_ID.matcher(item);
        String value = m.matches() && !m.group(1).endsWith("\\") ? m.group(1) : item;
        return value.equals("*") || value.equals("_") || value.isEmpty() ? null : TsvEscapes.unescape(value);
    }

    private static int itemId(String item) {
        Matcher m = ITEM_ID.matcher(item);
        return m.matches() && !m.group(1).endsWith("\\") ? Integer.parseInt(m.group(2)) : 0;
    }

    private void relationItems(Row row, TsvHeader.LayerDecl layer) {
        int btColumn = layer.firstColumn() + layer.columns() - 1;
        List<String> sources = TsvEscapes.splitStack(row.cells()[btColumn]);
        int labelFeature = layer.labelFeature();
        String labelCell = labelFeature >= 0 ? row.cells()[layer.featureColumns().get(labelFeature)] : "_";
        List<String> labels = labelCell.equals("_") ? List.of() : TsvEscapes.splitStack(labelCell);
        for (int k = 0; k < sources.size(); k++) {
            Matcher a = ADDRESS.matcher(sources.get(k));
            if (!a.matches()) {
                error(row.line(), "the relation source '" + sources.get(k) + "' of layer " + layer.type()
                        + " should be a token address such as 1-2 or 1-2[3_4]");
                continue;
            }
            String type = k < labels.size() ? TsvEscapes.unescape(labels.get(k)) : "";
            if (type.equals("*") || type.isEmpty()) {
                type = layer.simpleName();
            }
            int sourceId = a.group(2) == null ? 0 : Integer.parseInt(a.group(2));
            int targetId = a.group(3) == null ? 0 : Integer.parseInt(a.group(3));
            pending.add(new PendingRelation(type, a.group(1), sourceId, row.address(), targetId, layer.baseType(), row.line()));
        }
    }

    private List<ImportedRelation> resolveRelations() {
        List<ImportedRelation> relations = new ArrayList<>();
        for (PendingRelation p : pending) {
            SpanBuilder from = spanAt(p.sourceAddress(), p.sourceId(), p.baseLayer());
            SpanBuilder to = spanAt(p.targetAddress(), p.targetId(), p.baseLayer());
            if (from == null || to == null) {
                error(p.line(), "the relation '" + p.type() + "' connects " + p.sourceAddress() + " and " + p.targetAddress()
                        + ", but no " + p.baseLayer() + " annotation is there");
                continue;
            }
            relations.add(new ImportedRelation("r" + (relations.size() + 1), p.type(), from.id, to.id, p.line()));
        }
        return relations;
    }

    private SpanBuilder spanAt(String address, int id, String layer) {
        for (SpanBuilder s : spansAtAddress.getOrDefault(address, List.of())) {
            if ((layer == null || s.layer.equals(layer)) && (id == 0 || s.annotationId == id)) {
                return s;
            }
        }
        return null;
    }

    private void unsupported(TsvHeader.LayerDecl layer, int line, String message) {
        if (unsupportedReported.putIfAbsent(layer.type(), true) == null) {
            error(line, layer.type() + ": " + message);
        }
    }

    private void error(int line, String message) {
        failed = true;
        problems.add(ImportProblem.error(file, line, message));
    }
}
