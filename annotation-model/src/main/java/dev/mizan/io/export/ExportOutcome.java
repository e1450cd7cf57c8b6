package dev.mizan.io.export;

import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.ExportWarning;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export did.
 *
 * @param data     what was given to the exporter
 * @param report   the exporter's files and warnings
 * @param checks   spans left out before the exporter ran (offsets outside the text, inside a character)
 * @param leftOut  documents without annotations in the source, left out
 * @param card     the dataset card written
 */
public record ExportOutcome(ExportData data, ExportReport report, List<ExportWarning> checks, List<String> leftOut,
                            Path card) {
    public ExportOutcome {
        checks = List.copyOf(checks);
        leftOut = List.copyOf(leftOut);
    }

    /** Every warning: the checks first, then the exporter's. */
    public List<ExportWarning> warnings() {
        return java.util.stream.Stream.concat(checks.stream(), report.warnings().stream()).toList();
    }
}
