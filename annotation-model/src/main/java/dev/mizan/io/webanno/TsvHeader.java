package dev.mizan.io.webanno;

import java.util.ArrayList;
import java.util.List;

/**
 * The layer declarations at the top of a WebAnno TSV 3 file, and which columns each one owns.
 * Span layers own one column per feature (slot features two), relation layers one per feature
 * plus the column of source addresses, chain layers two.
 */
final class TsvHeader {
    enum Kind { SPAN, RELATION, CHAIN }

    /** One declared layer; {@code firstColumn} counts from the first annotation column. */
    record LayerDecl(Kind kind, String type, List<String> features, List<Integer> featureColumns, String baseType,
                     int firstColumn, int columns) {
        String simpleName() {
            return type.substring(type.lastIndexOf('.') + 1);
        }

        /** The feature that holds the label: value, label, tag, or one named like the layer. */
        int labelFeature() {
            for (int i = 0; i < features.size(); i++) {
                String f = features.get(i);
                if (f.equalsIgnoreCase("value") || f.equalsIgnoreCase("label") || f.equalsIgnoreCase("tag")
                        || f.equalsIgnoreCase(simpleName())) {
                    return i;
                }
            }
            return kind == Kind.RELATION && !features.isEmpty() ? 0 : -1;
        }
    }

    private final List<LayerDecl> layers = new ArrayList<>();
    private int columns;

    /** Adds a {@code #T_SP=}, {@code #T_RL=} or {@code #T_CH=} line (without the prefix). */
    void declare(Kind kind, String declaration) {
        String[] parts = declaration.split("\\|", -1);
        String type = parts[0];
        List<String> features = new ArrayList<>();
        List<Integer> featureColumns = new ArrayList<>();
        String base = null;
        int width = 0;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("BT_")) {
                base = p.substring(3);
                width++;
            } else if (p.startsWith("ROLE_")) {
                features.add(p);
                featureColumns.add(columns + width);
                width += 2;
                i++; // the next element names the link type, not a column of its own
            } else {
                features.add(p);
                featureColumns.add(columns + width);
                width++;
            }
        }
        if (kind == Kind.SPAN && width == 0) {
            width = 1; // a layer without features still has one column of '*' placeholders
        }
        if (kind == Kind.CHAIN) {
            width = 2;
        }
        layers.add(new LayerDecl(kind, type, List.copyOf(features), List.copyOf(featureColumns), base, columns, width));
        columns += width;
    }

    List<LayerDecl> layers() {
        return layers;
    }

    int columns() {
        return columns;
    }
}
