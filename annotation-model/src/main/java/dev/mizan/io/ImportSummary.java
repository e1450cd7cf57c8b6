package dev.mizan.io;

import dev.mizan.spi.ImportProblem;

import java.util.List;

/**
 * What an import did (or, when {@link #written()} is false, would have done but did not because
 * of errors).
 *
 * @param written          true when the project was changed on disk
 * @param documentsCreated new documents
 * @param documentsMatched inputs whose text the project (or an earlier input) already had
 * @param setsAdded        annotation sets added
 * @param setsReplaced     annotation sets replaced (with --replace)
 * @param spans            spans in the added or replaced sets
 * @param relations        relations in the added or replaced sets
 * @param schemaAdditions  what --extend-schema added to the schema
 * @param notes            one line per input that changed nothing (e.g. a text already present)
 * @param problems         every error and warning, with file and line
 */
public record ImportSummary(boolean written, int documentsCreated, int documentsMatched, int setsAdded,
                            int setsReplaced, int spans, int relations, List<String> schemaAdditions,
                            List<String> notes, List<ImportProblem> problems) {
    public ImportSummary {
        schemaAdditions = List.copyOf(schemaAdditions);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(ImportProblem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** True when the import created, matched-and-annotated or replaced nothing. */
    public boolean changedNothing() {
        return documentsCreated == 0 && setsAdded == 0 && setsReplaced == 0 && schemaAdditions.isEmpty();
    }

    /** The counts as one line, e.g. for the end of the command's output. */
    public String countsLine() {
        return documentsCreated + " documents created, " + documentsMatched + " matched by text, "
                + setsAdded + " annotation sets added, " + setsReplaced + " replaced, "
                + spans + " spans, " + relations + " relations";
    }
}
