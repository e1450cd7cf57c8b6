package dev.mizan.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * What an exporter wrote and what it could not express.
 *
 * @param files    the files written
 * @param warnings annotations left out or changed by the format, one per case
 * @param tokens   the number of tokens written by a token format, or -1 for a span format
 */
public record ExportReport(List<ExportedFile> files, List<ExportWarning> warnings, long tokens) {
    public ExportReport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** This report followed by another's files and warnings. */
    public ExportReport plus(ExportReport other) {
        List<ExportedFile> f = new ArrayList<>(files);
        f.addAll(other.files);
        List<ExportWarning> w = new ArrayList<>(warnings);
        w.addAll(other.warnings);
        return new ExportReport(f, w, Math.max(tokens, other.tokens));
    }
}
