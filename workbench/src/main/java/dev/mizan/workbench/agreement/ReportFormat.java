package dev.mizan.workbench.agreement;

import dev.mizan.agreement.AgreementReport;

import java.util.Locale;
import java.util.Optional;

/** The formats a report can be saved in from the GUI: the CLI's own renderers, byte for byte. */
public enum ReportFormat {
    HTML("html"), CSV("csv"), JSON("json");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension. */
    public static Optional<ReportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return lower.endsWith(".htm") ? Optional.of(HTML) : Optional.empty();
    }

    /** The report in this format, as {@code mizan agreement DIR --format <this>} writes it. */
    public String render(AgreementReport report) {
        // The CLI's renderers are still being written on the agreement branch; wired in at the next merge.
        throw new IllegalStateException("saving as " + name() + " needs the agreement report renderers, which are not merged yet");
    }
}
