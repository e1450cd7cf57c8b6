package dev.mizan.io.webanno;

import dev.mizan.io.InputFiles;
import dev.mizan.io.TextInput;
import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportProblem;
import dev.mizan.spi.ImportResult;
import dev.mizan.spi.ImportedDocument;
import dev.mizan.spi.Importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * WebAnno TSV 3 (3.2 and 3.3), as WebAnno and INCEpTION export one user's annotations of one
 * document. Span layers become spans (the layer found in the schema by its type name, e.g.
 * {@code ...ner.type.NamedEntity} → {@code entity}); relation layers become relations or links;
 * slot features become link attributes named by their role ({@code holder}), pointing at the span
 * whose first row (and id) the target column gives.
 * Offsets in TSV 3 are UTF-16 units already. The file does not keep the exact text (the white
 * space between sentences is lost), so the document is found by its tokens.
 */
public final class WebAnnoTsvImporter implements Importer {
    /** INCEpTION's export holds the document's initial state under this name: not a user's work. */
    private static final String INITIAL_CAS = "INITIAL_CAS";

    @Override
    public String id() {
        return "webanno-tsv";
    }

    @Override
    public String description() {
        return "WebAnno TSV 3.2 / 3.3 as exported by WebAnno and INCEpTION (one file per user and document)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("tsv");
    }

    @Override
    public ImportResult read(List<Path> files, ImportOptions options) {
        List<ImportedDocument> documents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Path file : files) {
            if (options.perUserFiles() && InputFiles.stem(file).equals(INITIAL_CAS)) {
                problems.add(ImportProblem.warning(file, 0, "skipped: INCEpTION's initial state of the document, not a user's annotations"));
                continue;
            }
            String annotator = options.perUserFiles() ? InputFiles.stem(file) : options.annotator();
            String id = options.perUserFiles() && file.getParent() != null && file.getParent().getFileName() != null
                    ? InputFiles.stem(file.getParent()) : InputFiles.stem(file);
            TextInput.read(file, problems).flatMap(content -> new TsvParser(file, problems).parse(content))
                    .ifPresent(parsed -> documents.add(new ImportedDocument(file, 0, id, null, parsed.text(), false,
                            parsed.tokens(), true, annotator, file, parsed.spans(), parsed.relations())));
        }
        return new ImportResult(documents, problems);
    }
}
