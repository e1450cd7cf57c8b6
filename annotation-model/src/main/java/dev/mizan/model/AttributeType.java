package dev.mizan.model;

/** The kinds of value an attribute of a span can hold. */
public enum AttributeType {
    /** One of a fixed list of values. */
    ENUM,
    /** true or false. */
    BOOLEAN,
    /** Free text. */
    TEXT,
    /** The id of another span, optionally restricted to one layer. */
    LINK
}
