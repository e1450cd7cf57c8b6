package dev.mizan.model;

/** How far an annotator has got with a document. */
public enum Status {
    NEW, IN_PROGRESS, DONE
}
