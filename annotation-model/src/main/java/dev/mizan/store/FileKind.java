package dev.mizan.store;

/** The kinds of JSON file in a project folder; migrations are registered per kind. */
public enum FileKind {
    PROJECT, DOCUMENT, ANNOTATIONS, CURATION
}
