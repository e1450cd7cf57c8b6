package dev.mizan.workbench.curation;

import dev.mizan.model.GoldSet;

import java.io.IOException;

/** Where a curator's gold goes: {@code ProjectStore::saveGold} (atomic), or a list in tests. */
@FunctionalInterface
public interface GoldWriter {
    void write(GoldSet gold) throws IOException;
}
