package dev.mizan.workbench.agreement;

import dev.mizan.agreement.AgreementReport;
import dev.mizan.agreement.ReportCsv;
import dev.mizan.agreement.ReportHtml;
import dev.mizan.agreement.ReportJson;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

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

    /** The report in this format, as {@code mizan agreement DIR --format <this>} writes it (same renderers). */
    public String render(AgreementReport report) {
        StringWriter w = new StringWriter();
        try {
            switch (this) {
                case HTML -> ReportHtml.write(report, w);
                case CSV -> ReportCsv.write(report, w);
                case JSON -> ReportJson.write(report, w);
            }
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
