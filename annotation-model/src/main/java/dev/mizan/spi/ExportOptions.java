package dev.mizan.spi;

import java.util.Map;
import java.util.Optional;

/**
 * Choices that shape an export.
 *
 * @param layer        the span layer to export, or null: token formats then use {@link #DEFAULT_TOKEN_LAYER},
 *                     span formats every layer
 * @param scheme       the tag scheme of token formats
 * @param splitClitics whether token formats split proclitics (و، ف، ب، ل، ك، س) off as tokens of their own
 * @param extra        further options for plugin exporters, by name
 */
public record ExportOptions(String layer, TagScheme scheme, boolean splitClitics, Map<String, String> extra) {
    /** The layer token formats export when none is chosen. */
    public static final String DEFAULT_TOKEN_LAYER = "entity";

    public ExportOptions {
        scheme = scheme == null ? TagScheme.IOB2 : scheme;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(null, TagScheme.IOB2, false, Map.of());
    }

    /** The one layer a token format writes. */
    public String tokenLayer() {
        return layer != null ? layer : DEFAULT_TOKEN_LAYER;
    }

    /** The chosen layer, if one was chosen. */
    public Optional<String> chosenLayer() {
        return Optional.ofNullable(layer);
    }
}
