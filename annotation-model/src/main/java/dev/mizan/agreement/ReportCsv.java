package dev.mizan.agreement;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The report's values as CSV, one row per value; empty cells mean "all" (label, pair, document) or "none". */
public final class ReportCsv {
    private ReportCsv() {
    }

    public static void write(AgreementReport report, Writer out) throws IOException {
        out.write("measure,layer,label,annotator_a,annotator_b,document,value,ci_low,ci_high,n,reason\n");
        for (ReportEntry e : report.entries()) {
            out.write(String.join(",", cell(e.measure()), cell(e.layer()), cell(e.label()),
                    cell(e.pair() == null ? null : e.pair().get(0)), cell(e.pair() == null ? null : e.pair().get(1)),
                    cell(e.document()), e.value().isDefined() ? number(e.value().get()) : "",
                    e.ci() == null ? "" : number(e.ci().low()), e.ci() == null ? "" : number(e.ci().high()),
                    Long.toString(e.n()), cell(e.value().isDefined() ? null : e.value().reason())));
            out.write('\n');
        }
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
