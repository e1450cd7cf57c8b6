package dev.mizan.io.brat;

import dev.mizan.io.HtmlEntityWarnings;
import dev.mizan.io.InputFiles;
import dev.mizan.io.TextInput;
import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportProblem;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.ImportedDocument;
import dev.mizan.spi.ImportedRelation;
import dev.mizan.spi.ImportedSpan;
import dev.mizan.spi.Importer;
import dev.mizan.text.OffsetConverter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * brat standoff: {@code doc.txt} holds the text, {@code doc.ann} the annotations, with offsets in
 * code points. Text-bound (T), relation (R) and attribute (A, M) lines are read; notes (#) are
 * ignored; events and equivalences are refused, because Mizan cannot hold them and must not drop them.
 */
public final class BratImporter implements Importer {
    @Override
    public String id() {
        return "brat";
    }

    @Override
    public String description() {
        return "brat standoff: doc.txt + doc.ann (code point offsets)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("ann", "txt");
    }

    @Override
    public ImportResult read(List<Path> files, ImportOptions options) {
        List<ImportedDocument> documents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<Path, Path> annByStem = new LinkedHashMap<>();
        for (Path file : files) {
            Path ann = InputFiles.extension(file).equals("ann") ? file : InputFiles.sibling(file, "ann");
            annByStem.putIfAbsent(stemPath(file), ann);
        }
        for (Path ann : annByStem.values()) {
            Path txt = InputFiles.sibling(ann, "txt");
            if (!java.nio.file.Files.isRegularFile(ann)) {
                problems.add(ImportProblem.error(txt, 0, "has no " + ann.getFileName()
                        + " next to it; brat needs both files (import plain texts with --format txt)"));
                continue;
            }
            if (!java.nio.file.Files.isRegularFile(txt)) {
                problems.add(ImportProblem.error(ann, 0, "has no " + txt.getFileName()
                        + " next to it; brat needs the text file too"));
                continue;
            }
            Optional<String> text = TextInput.read(txt, problems);
            Optional<String> annText = readAnn(ann, problems);
            if (text.isEmpty() || annText.isEmpty()) {
                continue;
            }
            HtmlEntityWarnings.addFor(txt, text.get(), problems);
            new AnnParser(ann, text.get(), problems).parse(annText.get()).ifPresent(parsed ->
                    documents.add(ImportedDocument.annotated(txt, 0, InputFiles.stem(txt), text.get(),
                            options.annotator(), ann, parsed.spans(), parsed.relations())));
        }
        return new ImportResult(documents, problems);
    }

    private static Path stemPath(Path file) {
        return file.resolveSibling(InputFiles.stem(file));
    }

    /** An .ann may be empty (nothing annotated yet), unlike a text. */
    private static Optional<String> readAnn(Path ann, List<ImportProblem> problems) {
        try {
            if (java.nio.file.Files.size(ann) == 0) {
                return Optional.of("");
            }
        } catch (java.io.IOException e) {
            problems.add(ImportProblem.error(ann, 0, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        return TextInput.read(ann, problems).or(() -> Optional.empty());
    }

    /** The spans and relations of one .ann file. */
    record Parsed(List<ImportedSpan> spans, List<ImportedRelation> relations) {
    }

    /** Parses one .ann file against its text. */
    private static final class AnnParser {
        private final Path ann;
        private final String text;
        private final List<ImportProblem> problems;
        private final OffsetConverter offsets;
        private final Map<String, ImportedSpan> spans = new LinkedHashMap<>();
        private final List<ImportedRelation> relations = new ArrayList<>();
        private final List<String[]> attributeLines = new ArrayList<>();
        private final List<Integer> attributeLineNumbers = new ArrayList<>();

        AnnParser(Path ann, String text, List<ImportProblem> problems) {
            this.ann = ann;
            this.text = text;
            this.problems = problems;
            this.offsets = OffsetConverter.of(text);
        }

        Optional<Parsed> parse(String content) {
            String[] lines = content.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank()) {
                    continue;
                }
                parseLine(line, i + 1);
            }
            for (int i = 0; i < attributeLines.size(); i++) {
                applyAttribute(attributeLines.get(i), attributeLineNumbers.get(i));
            }
            for (ImportedRelation r : relations) {
                for (String arg : List.of(r.from(), r.to())) {
                    if (!spans.containsKey(arg)) {
                        error(r.line(), "relation " + r.id() + " refers to " + arg + ", which is not a text-bound (T) annotation of this file");
                    }
                }
            }
            // Even after an error the readable annotations are returned: the error already stops the
            // import, and checking the rest against the schema reports every problem in one run.
            return Optional.of(new Parsed(List.copyOf(spans.values()), relations));
        }

        private void parseLine(String line, int n) {
            String[] fields = line.split("\t", -1);
            String id = fields[0];
            char kind = id.charAt(0);
            switch (kind) {
                case 'T' -> parseTextBound(fields, n);
                case 'R' -> parseRelation(fields, n);
                case 'A', 'M' -> {
                    if (fields.length < 2) {
                        error(n, "attribute " + id + " has no type and target");
                    } else {
                        attributeLines.add(fields);
                        attributeLineNumbers.add(n);
                    }
                }
                case '#' -> {
                    // Annotator notes are comments, not annotations.
                }
                case 'N' -> problems.add(ImportProblem.warning(ann, n, "normalization " + id
                        + " (a link to an external knowledge base) is not imported: Mizan has no place for it"));
                case 'E' -> error(n, "event " + id + " cannot be imported: Mizan has no events; "
                        + "remove event annotations from the .ann file or convert them to spans and relations");
                case '*' -> error(n, "equivalence lines (*) cannot be imported: Mizan has no equivalence sets; "
                        + "express them as 'same_as' relations (R lines)");
                default -> error(n, "line does not start with a brat annotation id (T, R, A, M, N, E, * or #): '" + abbreviate(line) + "'");
            }
        }

        private void parseTextBound(String[] fields, int n) {
            String id = fields[0];
            if (fields.length < 2) {
                error(n, "text-bound annotation " + id + " has no type and offsets");
                return;
            }
            String[] typeAndOffsets = fields[1].split(" ", 2);
            if (typeAndOffsets.length < 2) {
                error(n, "text-bound annotation " + id + " has no offsets (expected 'TYPE START END')");
                return;
            }
            String type = typeAndOffsets[0];
            String[] fragmentTexts = typeAndOffsets[1].split(";");
            List<int[]> fragments = new ArrayList<>();
            for (String fragment : fragmentTexts) {
                int[] f = fragment(id, fragment, n);
                if (f == null) {
                    return;
                }
                fragments.add(f);
            }
            for (int i = 1; i < fragments.size(); i++) {
                // brat writes a span that crosses a line break as fragments around the break: that
                // span is contiguous. Any other gap makes a truly discontinuous span.
                int gapBegin = fragments.get(i - 1)[1];
                int gapEnd = fragments.get(i)[0];
                if (gapEnd <= gapBegin || !onlyLineBreaks(text.substring(gapBegin, gapEnd))) {
                    error(n, id + " is a discontinuous span (" + fragments.size() + " fragments: " + typeAndOffsets[1]
                            + "); Mizan spans are contiguous, so split it into separate annotations in brat, or join the fragments, and import again");
                    return;
                }
            }
            int b16 = fragments.get(0)[0];
            int e16 = fragments.get(fragments.size() - 1)[1];
            if (fields.length >= 3) {
                String quoted = fields[2];
                StringBuilder actual = new StringBuilder();
                for (int[] f : fragments) {
                    actual.append(actual.isEmpty() ? "" : " ").append(text, f[0], f[1]);
                }
                if (!quoted.equals(actual.toString())) {
                    error(n, id + " quotes '" + abbreviate(quoted) + "' but the text at " + typeAndOffsets[1] + " is '"
                            + abbreviate(actual.toString()) + "'; the .ann was made for a different text (offsets are counted in characters)");
                    return;
                }
            }
            if (spans.containsKey(id)) {
                error(n, "the id " + id + " is used twice");
                return;
            }
            spans.put(id, new ImportedSpan(id, b16, e16, null, type, Map.of(), n));
        }

        /** One fragment {@code "START END"} in UTF-16 offsets, or null after reporting what is wrong. */
        private int[] fragment(String id, String fragment, int n) {
            String[] be = fragment.trim().split(" +");
            int begin;
            int end;
            try {
                if (be.length != 2) {
                    throw new NumberFormatException();
                }
                begin = Integer.parseInt(be[0]);
                end = Integer.parseInt(be[1]);
            } catch (NumberFormatException e) {
                error(n, id + " has offsets '" + fragment + "'; expected two numbers 'START END'");
                return null;
            }
            if (begin < 0 || end <= begin) {
                error(n, id + " has offsets " + begin + "-" + end + "; a span must start before it ends");
                return null;
            }
            if (end > offsets.codePointLength()) {
                error(n, id + " ends at character " + end + ", past the end of the text ("
                        + offsets.codePointLength() + " characters); the .ann does not belong to this text");
                return null;
            }
            return new int[]{offsets.codePointToUtf16(begin), offsets.codePointToUtf16(end)};
        }

        private static boolean onlyLineBreaks(String gap) {
            return gap.chars().allMatch(c -> c == '\n' || c == '\r');
        }

        private void parseRelation(String[] fields, int n) {
            String id = fields[0];
            String[] parts = fields.length < 2 ? new String[0] : fields[1].trim().split(" +");
            if (parts.length != 3) {
                error(n, "relation " + id + " should read 'TYPE Arg1:T1 Arg2:T2'");
                return;
            }
            String from = argument(parts[1]);
            String to = argument(parts[2]);
            if (from == null || to == null) {
                error(n, "relation " + id + " should read 'TYPE Arg1:T1 Arg2:T2'");
                return;
            }
            relations.add(new ImportedRelation(id, parts[0], from, to, n));
        }

        private static String argument(String part) {
            int colon = part.indexOf(':');
            return colon > 0 && colon < part.length() - 1 ? part.substring(colon + 1) : null;
        }

        private void applyAttribute(String[] fields, int n) {
            String id = fields[0];
            String[] parts = fields[1].trim().split(" +");
            if (parts.length < 2 || parts.length > 3) {
                error(n, "attribute " + id + " should read 'NAME T1' or 'NAME T1 VALUE'");
                return;
            }
            ImportedSpan span = spans.get(parts[1]);
            if (span == null) {
                error(n, "attribute " + id + " refers to " + parts[1] + ", which is not a text-bound (T) annotation of this file");
                return;
            }
            Object value = parts.length == 3 ? parts[2] : Boolean.TRUE;
            spans.put(span.id(), span.withAttribute(parts[0], value));
        }

        private void error(int line, String message) {
            problems.add(ImportProblem.error(ann, line, message));
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "...";
        }
    }
}
