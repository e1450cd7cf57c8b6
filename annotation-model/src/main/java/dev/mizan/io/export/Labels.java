package dev.mizan.io.export;

import dev.mizan.model.Label;
import dev.mizan.model.Layer;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The label names of a layer: the schema's, in its order, then any others the data uses, sorted. */
public final class Labels {
    private Labels() {
    }

    public static List<String> of(ExportData data, String layer) {
        List<String> names = new ArrayList<>();
        data.schema().layer(layer).map(Layer::labels).orElse(List.of()).stream().map(Label::name).forEach(names::add);
        TreeSet<String> extra = new TreeSet<>();
        for (ExportDocument d : data.documents()) {
            for (Span s : d.annotations().spansIn(layer)) {
                if (!names.contains(s.label())) {
                    extra.add(s.label());
                }
            }
        }
        names.addAll(extra);
        return names;
    }

    /** The layers to write in a span format: the chosen one, or every schema layer then any others the data uses. */
    public static List<String> layers(ExportData data, java.util.Optional<String> chosen) {
        if (chosen.isPresent()) {
            return List.of(chosen.get());
        }
        List<String> names = new ArrayList<>(data.schema().layers().stream().map(Layer::name).toList());
        TreeSet<String> extra = new TreeSet<>();
        data.documents().forEach(d -> d.annotations().spans().forEach(s -> {
            if (!names.contains(s.layer())) {
                extra.add(s.layer());
            }
        }));
        names.addAll(extra);
        return names;
    }

    /** Whether a layer exists in the schema or in the data. */
    public static boolean known(Schema schema, ExportData data, String layer) {
        return schema.layer(layer).isPresent()
                || data.documents().stream().anyMatch(d -> !d.annotations().spansIn(layer).isEmpty());
    }
}
