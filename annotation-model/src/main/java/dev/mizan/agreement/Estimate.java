package dev.mizan.agreement;

/**
 * A corpus-level quantity of the report: which measure it is and how to finish it from summed
 * per-document statistics (plus α_u's cross terms, which do not add up over documents).
 */
record Estimate(String measure, String layer, String label, int[] pair, boolean perDocument, Finisher finisher) {

    /** Turns summed statistics into a value. */
    @FunctionalInterface
    interface Finisher {
        Outcome finish(double[] sums, Crosses crosses);
    }

    /** α_u cross terms per label slot, for the documents (and weights) being summed. */
    @FunctionalInterface
    interface Crosses {
        double[][] of(int slot);
    }

    /** A value and the number of units behind it. */
    record Outcome(AgreementValue value, long n) {
    }
}
