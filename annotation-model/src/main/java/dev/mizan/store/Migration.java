package dev.mizan.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Upgrades one kind of file from {@link #fromVersion()} to the next format version, in place.
 * Later Mizan versions add one per format change, so older projects keep opening.
 */
public interface Migration {
    FileKind kind();

    int fromVersion();

    void migrate(ObjectNode file);
}
