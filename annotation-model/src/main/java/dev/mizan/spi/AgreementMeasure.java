package dev.mizan.spi;

import dev.mizan.agreement.AgreementValue;
import dev.mizan.agreement.CodingStudy;
import dev.mizan.agreement.MeasureOptions;

/**
 * An agreement coefficient over a coding study. Built-in measures and plug-ins are found with
 * {@link java.util.ServiceLoader}; see {@code dev.mizan.agreement.Measures}.
 */
public interface AgreementMeasure {
    /** A stable, lower-case id used on the command line and in JSON, e.g. {@code cohen-kappa}. */
    String id();

    /** A readable name, e.g. "Cohen's κ". */
    String displayName();

    /** Computes the coefficient; an undefined result carries its reason and is never NaN. */
    AgreementValue compute(CodingStudy study, MeasureOptions options);
}
