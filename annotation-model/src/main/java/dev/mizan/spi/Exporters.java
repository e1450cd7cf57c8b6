package dev.mizan.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The exporters found on a class path. A provider that cannot be loaded, or that repeats an id
 * already taken, is skipped and described in {@link #failures()}: one broken plugin must not stop
 * the rest.
 */
public final class Exporters {
    private final List<Exporter> exporters;
    private final List<String> failures;

    private Exporters(List<Exporter> exporters, List<String> failures) {
        this.exporters = List.copyOf(exporters);
        this.failures = List.copyOf(failures);
    }

    /**
     * Loads every {@link Exporter} visible to {@code loader} (the workbench passes its plugins'
     * class loader), sorted by id.
     */
    public static Exporters load(ClassLoader loader) {
        List<Exporter> found = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        var it = ServiceLoader.load(Exporter.class, loader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<Exporter> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError e) {
                failures.add("an exporter could not be found: " + e.getMessage());
                continue;
            }
            try {
                Exporter exporter = provider.get();
                String id = exporter.id();
                if (id == null || id.isBlank()) {
                    failures.add(provider.type().getName() + " has no id; skipped");
                } else if (found.stream().anyMatch(e -> e.id().equalsIgnoreCase(id))) {
                    failures.add(provider.type().getName() + " repeats the exporter id '" + id + "'; skipped");
                } else {
                    found.add(exporter);
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failures.add("the exporter " + provider.type().getName() + " failed to start ("
                        + e.getMessage() + "); skipped");
            }
        }
        found.sort(Comparator.comparing(Exporter::id));
        return new Exporters(found, failures);
    }

    /** The exporters of this class path (the built-in ones and any on the application class path). */
    public static Exporters builtIn() {
        return load(Exporters.class.getClassLoader());
    }

    public List<Exporter> all() {
        return exporters;
    }

    public List<String> failures() {
        return failures;
    }

    public Optional<Exporter> byId(String id) {
        return exporters.stream().filter(e -> e.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The ids, comma-separated, for messages. */
    public String ids() {
        return String.join(", ", exporters.stream().map(Exporter::id).toList());
    }
}
