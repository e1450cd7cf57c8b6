package dev.mizan.io.hf;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mizan.io.export.ExportFiles;
import dev.mizan.io.export.InOrder;
import dev.mizan.io.export.JsonLines;
import dev.mizan.io.export.Labels;
import dev.mizan.io.export.TokenTagger;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ExportWarning;
import dev.mizan.spi.ExportedFile;
import dev.mizan.spi.Exporter;
import dev.mizan.spi.Split;
import dev.mizan.store.AtomicFiles;
import dev.mizan.store.Json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Hugging Face {@code datasets} layout for token classification: {@code train.jsonl},
 * {@code validation.jsonl} and {@code test.jsonl} (everything in {@code train.jsonl} without a split),
 * one sentence per line as {@code {"id", "document", "tokens", "ner_tags"}} with integer tags, and
 * {@code dataset_info.json} whose {@code features} name the tags ({@code ClassLabel}), so that
 * {@code load_dataset("json", ..., features=DatasetInfo.from_directory(dir).features)} gives named labels.
 */
public final class HuggingFaceExporter implements Exporter {
    @Override
    public String id() {
        return "hf";
    }

    @Override
    public String description() {
        return "Hugging Face datasets: train/validation/test.jsonl with tokens and integer ner_tags, dataset_info.json";
    }

    @Override
    public ExportReport export(ExportData data, ExportOptions options, Path outDir) throws IOException {
        String layer = options.tokenLayer();
        List<String> tagNames = TokenTagger.tagNames(Labels.of(data, layer), options.scheme());
        Map<String, Integer> tagIds = new HashMap<>();
        for (int i = 0; i < tagNames.size(); i++) {
            tagIds.put(tagNames.get(i), i);
        }
        TokenTagger tagger = new TokenTagger(layer, options.scheme(), options.splitClitics());
        List<ExportedFile> files = new ArrayList<>();
        List<ExportWarning> warnings = new ArrayList<>();
        Map<String, Integer> examples = new java.util.LinkedHashMap<>();
        long tokens = 0;
        for (Split split : data.splits()) {
            String name = split == Split.ALL ? "train" : split.fileStem();
            Path file = outDir.resolve(name + ".jsonl");
            long[] counts = {0, 0};
            try (BufferedWriter w = ExportFiles.writer(file)) {
                InOrder.map(data.in(split), doc -> {
                    TokenTagger.TaggedDocument tagged = tagger.tag(doc);
                    String lines = JsonLines.render(out -> {
                        JsonGenerator g = out.generator();
                        int n = 0;
                        for (TokenTagger.TaggedSentence s : tagged.sentences()) {
                            g.writeStartObject();
                            g.writeStringField("id", doc.id() + "-" + (++n));
                            g.writeStringField("document", doc.id());
                            g.writeArrayFieldStart("tokens");
                            for (TokenTagger.Tagged t : s.tokens()) {
                                g.writeString(t.text());
                            }
                            g.writeEndArray();
                            g.writeArrayFieldStart("ner_tags");
                            for (TokenTagger.Tagged t : s.tokens()) {
                                g.writeNumber(tagIds.get(t.tag()));
                            }
                            g.writeEndArray();
                            g.writeEndObject();
                            out.endLine();
                        }
                    });
                    return new Rendered(lines, tagged.warnings(), tagged.tokenCount(), tagged.sentences().size());
                }, r -> {
                    w.write(r.text());
                    warnings.addAll(r.warnings());
                    counts[0] += r.tokens();
                    counts[1] += r.sentences();
                });
            }
            tokens += counts[0];
            int rows = (int) counts[1];
            examples.put(name, rows);
            files.add(new ExportedFile(ExportFiles.relative(outDir, file), ExportedFile.TOKENS,
                    name + " split: one sentence per line, tokens and ner_tags (indices into the names in dataset_info.json)"));
        }
        Path info = outDir.resolve("dataset_info.json");
        AtomicFiles.write(info, Json.toBytes(datasetInfo(data, layer, options, tagNames, examples)));
        files.add(new ExportedFile("dataset_info.json", ExportedFile.NONE, "features with the tag names (ClassLabel)"));
        return new ExportReport(files, warnings, tokens);
    }

    /** One document's lines, with what could not be tagged. */
    private record Rendered(String text, List<ExportWarning> warnings, long tokens, int sentences) {
    }

    private static ObjectNode datasetInfo(ExportData data, String layer, ExportOptions options, List<String> tagNames,
                                          Map<String, Integer> examples) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("description", "Token classification (" + layer + " layer, " + options.scheme() + ") exported by Mizan from "
                + data.projectName() + " (" + data.source() + ")");
        root.put("citation", "");
        root.put("homepage", "");
        root.put("license", "");
        ObjectNode features = root.putObject("features");
        features.set("id", value("string"));
        features.set("document", value("string"));
        ObjectNode tokens = features.putObject("tokens");
        tokens.set("feature", value("string"));
        tokens.put("_type", "Sequence");
        ObjectNode tags = features.putObject("ner_tags");
        ObjectNode classLabel = tags.putObject("feature");
        ArrayNode names = classLabel.putArray("names");
        tagNames.forEach(names::add);
        classLabel.put("_type", "ClassLabel");
        tags.put("_type", "Sequence");
        ArrayNode labelNames = root.putArray("label_names");
        tagNames.forEach(labelNames::add);
        ObjectNode counts = root.putObject("num_examples");
        examples.forEach(counts::put);
        return root;
    }

    private static ObjectNode value(String dtype) {
        ObjectNode v = Json.mapper().createObjectNode();
        v.put("dtype", dtype);
        v.put("_type", "Value");
        return v;
    }
}
