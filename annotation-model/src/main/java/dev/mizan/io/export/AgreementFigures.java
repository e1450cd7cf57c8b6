package dev.mizan.io.export;

import dev.mizan.model.Project;

import java.util.List;

/**
 * The agreement section of a dataset card: Markdown lines describing how well the annotators of the
 * source annotations agreed. Kept behind this small interface so the card does not depend on how
 * agreement is computed.
 */
@FunctionalInterface
public interface AgreementFigures {
    /** Markdown lines for the card (no heading). */
    List<String> describe(Project project, ExportSource source);

    /** A card section that says agreement was not computed. */
    AgreementFigures NOT_COMPUTED = (project, source) -> List.of(
            "Agreement was not computed for this export. Run `mizan agreement " + "<project>` for the figures.");
}
