package dev.mizan.store;

import dev.mizan.model.Schema;

import java.util.Map;

/** The content of {@code project.json}. */
record ProjectFile(String name, Schema schema, Map<String, String> settings) {
}
