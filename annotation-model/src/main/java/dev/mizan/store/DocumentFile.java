package dev.mizan.store;

import dev.mizan.model.Document;
import dev.mizan.model.Source;

/** The content of {@code documents/<id>.json}: a document without its text. */
record DocumentFile(String id, String title, Source source, String sha256) {
    static DocumentFile of(Document d) {
        return new DocumentFile(d.id(), d.title(), d.source(), d.sha256());
    }
}
