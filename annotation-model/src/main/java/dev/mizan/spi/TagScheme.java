package dev.mizan.spi;

/** How token-level formats mark where a span begins and ends. */
public enum TagScheme {
    /** B- on the first token, I- on the others, O outside. */
    IOB2,
    /** B- first, I- inside, E- last, S- for a one-token span, O outside. */
    BIOES
}
