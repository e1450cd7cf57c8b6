package dev.mizan.io;

import dev.mizan.spi.ImportProblem;

import java.nio.file.Path;
import java.util.List;

/** Turns {@link HtmlEntities} findings into import warnings, a few one by one and then a count. */
public final class HtmlEntityWarnings {
    private HtmlEntityWarnings() {
    }

    /** Warns about residue in a text read from {@code file}, with lines of the text itself. */
    public static void addFor(Path file, String text, List<ImportProblem> problems) {
        addFor(file, text, 0, problems);
    }

    /**
     * Warns about residue in a text; when {@code fixedLine} is positive (a JSONL record) every
     * warning names that line instead of the line within the text.
     */
    public static void addFor(Path file, String text, int fixedLine, List<ImportProblem> problems) {
        List<HtmlEntities.Residue> found = HtmlEntities.find(text);
        for (int i = 0; i < Math.min(found.size(), HtmlEntities.REPORTED); i++) {
            HtmlEntities.Residue r = found.get(i);
            problems.add(ImportProblem.warning(file, fixedLine > 0 ? fixedLine : r.line(),
                    "HTML entity residue '" + r.entity() + "' is kept in the text as it is; clean the source if it is not wanted"));
        }
        if (found.size() > HtmlEntities.REPORTED) {
            problems.add(ImportProblem.warning(file, 0, (found.size() - HtmlEntities.REPORTED)
                    + " more HTML entity residues in this file"));
        }
    }
}
