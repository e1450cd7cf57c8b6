package dev.mizan.workbench.agreement;

import dev.mizan.agreement.AgreementValue;
import dev.mizan.agreement.ReportEntry;

import java.util.Locale;

/** How the dashboard writes values: three decimals with Latin digits, as the CLI's text report does. */
final class Values {
    /** Shown for an undefined value; the reason goes to the tooltip. */
    static final String UNDEFINED = "—";

    private Values() {
    }

    static String text(AgreementValue v) {
        return v.isDefined() ? text(v.get()) : UNDEFINED;
    }

    static String text(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** {@code [0.612, 0.844]}, or empty when there is no interval. */
    static String interval(ReportEntry.Interval ci) {
        return ci == null ? "" : "[" + text(ci.low()) + ", " + text(ci.high()) + "]";
    }
}
