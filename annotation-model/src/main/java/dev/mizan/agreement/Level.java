package dev.mizan.agreement;

/**
 * The level of measurement of a coding study's values, which fixes Krippendorff's difference function
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C).
 */
public enum Level {
    /** Categories are only equal or different. */
    NOMINAL,
    /** Categories are ranked; differences depend on how many values lie between them. */
    ORDINAL,
    /** Numbers whose differences are meaningful. */
    INTERVAL,
    /** Numbers with a meaningful zero; differences are relative. */
    RATIO;

    /** The lower-case name used on the command line and in JSON. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
