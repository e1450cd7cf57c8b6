package dev.mizan.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The schema for Arabic political news that ships with Mizan: entities, stances and claims. */
public final class DefaultSchema {
    private static final String RESOURCE = "default-schema.json";

    private DefaultSchema() {
    }

    public static Schema load() {
        try (InputStream in = DefaultSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, Schema.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in schema cannot be read", e);
        }
    }
}
