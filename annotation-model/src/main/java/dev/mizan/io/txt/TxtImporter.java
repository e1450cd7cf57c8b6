package dev.mizan.io.txt;

import dev.mizan.io.HtmlEntityWarnings;
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

/** Plain UTF-8 text files, one document each; the text is kept exactly (a BOM is dropped). */
public final class TxtImporter implements Importer {
    @Override
    public String id() {
        return "txt";
    }

    @Override
    public String description() {
        return "plain UTF-8 text, one document per file";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("txt");
    }

    @Override
    public ImportResult read(List<Path> files, ImportOptions options) {
        List<ImportedDocument> documents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Path file : files) {
            TextInput.read(file, problems).ifPresent(text -> {
                HtmlEntityWarnings.addFor(file, text, problems);
                documents.add(ImportedDocument.plainText(file, InputFiles.stem(file), text));
            });
        }
        return new ImportResult(documents, problems);
    }
}
