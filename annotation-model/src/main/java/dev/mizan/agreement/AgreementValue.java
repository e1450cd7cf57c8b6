package dev.mizan.agreement;

import java.util.Objects;

/**
 * The result of an agreement measure: a finite number, or "undefined" with the reason why. Mizan never
 * reports NaN and never replaces an undefined coefficient by a made-up 0 or 1.
 *
 * @param value  the coefficient, or null when undefined
 * @param reason why the coefficient is undefined; null when it is defined
 */
public record AgreementValue(Double value, String reason) {
    public AgreementValue {
        if (value == null) {
            Objects.requireNonNull(reason, "an undefined value needs a reason");
        } else {
            if (value.isNaN() || value.isInfinite()) {
                throw new IllegalArgumentException("an agreement value must be finite, got " + value);
            }
            reason = null;
        }
    }

    public static AgreementValue of(double value) {
        return new AgreementValue(value, null);
    }

    public static AgreementValue undefined(String reason) {
        return new AgreementValue(null, reason);
    }

    public boolean isDefined() {
        return value != null;
    }

    /** The value; only call it after {@link #isDefined()}. */
    public double get() {
        if (value == null) {
            throw new IllegalStateException("undefined: " + reason);
        }
        return value;
    }

    /** {@code 1 - observed / expected}, or undefined with {@code reason} when nothing is expected to differ. */
    public static AgreementValue chanceCorrected(double observedDisagreement, double expectedDisagreement, String reason) {
        if (!(expectedDisagreement > 0)) {
            return undefined(reason);
        }
        return of(1.0 - observedDisagreement / expectedDisagreement);
    }

    /** {@code (observed - expected) / (1 - expected)} on agreement proportions; undefined when chance agreement is 1. */
    public static AgreementValue kappaLike(double observedAgreement, double expectedAgreement, String reason) {
        if (!(expectedAgreement < 1.0)) {
            return undefined(reason);
        }
        return of((observedAgreement - expectedAgreement) / (1.0 - expectedAgreement));
    }

    @Override
    public String toString() {
        return value != null ? String.valueOf(value) : "undefined (" + reason + ")";
    }
}
