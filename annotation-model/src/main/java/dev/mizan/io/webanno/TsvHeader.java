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

    /**
     * One declared layer; {@code firstColumn} counts from the first annotation column. A slot feature
     * ({@code ROLE_<type>:<name>_<link type>}) owns two columns, role then target; its entry of
     * {@code slotTargets} is the declared target type (empty for other features).
     */
    record LayerDecl(Kind kind, String type, List<String> features, List<Integer> featureColumns, List<String> slotTargets,
                     String baseType, int firstColumn, int columns) {
        boolean isSlot(int feature) {
            return !slotTargets.get(feature).isEmpty();
        }

        /** The name of a slot feature: {@code holder} in {@code ROLE_webanno.custom.Stance:holder_webanno.custom.StanceHolderLink}. */
        String slotName(int feature) {
            String f = features.get(feature);
            int colon = f.indexOf(':');
            int underscore = f.lastIndexOf('_');
            return colon >= 0 && underscore > colon ? f.substring(colon + 1, underscore) : f.substring("ROLE_".length());
        }

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
        List<String> slotTargets = new ArrayList<>();
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
                // the next element names the target type; the role and target columns are both counted here
                slotTargets.add(i + 1 < parts.length && !parts[i + 1].isEmpty() ? parts[i + 1] : "uima.tcas.Annotation");
                width += 2;
                i++;
            } else {
                features.add(p);
                featureColumns.add(columns + width);
                slotTargets.add("");
                width++;
            }
        }
        if (kind == Kind.SPAN && width == 0) {
            width = 1; // a layer without features still has one column of '*' placeholders
        }
        if (kind == Kind.CHAIN) {
            width = 2;
        }
        layers.add(new LayerDecl(kind, type, List.copyOf(features), List.copyOf(featureColumns), List.copyOf(slotTargets),
                base, columns, width));
        columns += width;
    }

    List<LayerDecl> layers() {
        return layers;
    }

    int columns() {
        return columns;
    }
}
