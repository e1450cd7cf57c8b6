package dev.mizan.text;

/** What a {@link Token} is made of. */
public enum TokenKind {
    /** A word in Arabic (or another script written with combining marks), harakat and tatweel included. */
    WORD,
    /** A number in ASCII, Arabic-Indic or Persian digits, with its decimal and thousands separators. */
    NUMBER,
    /** A word in Latin (or another non-Arabic) letters, digits inside it included ({@code F16}). */
    LATIN,
    /** One punctuation mark: {@code ، ؛ ؟ « » “ ” ( ) . : ! -} and the like. */
    PUNCT,
    /** Anything else that is not white space: {@code % $ +}, emoji, HTML entity residue such as {@code &nbsp;}. */
    SYMBOL
}
