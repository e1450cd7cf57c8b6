package dev.mizan.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The importers found on a class path. A provider that cannot be loaded, or that repeats an id
 * already taken, is skipped and described in {@link #failures()}: one broken plugin must not
 * stop the rest.
 */
public final class Importers {
    private final List<Importer> importers;
    private final List<String> failures;

    private Importers(List<Importer> importers, List<String> failures) {
        this.importers = List.copyOf(importers);
        this.failures = List.copyOf(failures);
    }

    /**
     * Loads every {@link Importer} visible to {@code loader} (the workbench passes its plugins'
     * class loader), sorted by id.
     */
    public static Importers load(ClassLoader loader) {
        List<Importer> found = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        var it = ServiceLoader.load(Importer.class, loader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<Importer> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError e) {
                failures.add("an importer could not be found: " + e.getMessage());
                continue;
            }
            try {
                Importer importer = provider.get();
                String id = importer.id();
                if (id == null || id.isBlank()) {
                    failures.add(provider.type().getName() + " has no id; skipped");
                } else if (found.stream().anyMatch(i -> i.id().equals(id))) {
                    failures.add(provider.type().getName() + " repeats the importer id '" + id + "'; skipped");
                } else {
                    found.add(importer);
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failures.add("the importer " + provider.type().getName() + " failed to start ("
                        + e.getMessage() + "); skipped");
            }
        }
        found.sort(Comparator.comparing(Importer::id));
        return new Importers(found, failures);
    }

    /** The importers of this class path (the built-in ones and any on the application class path). */
    public static Importers builtIn() {
        return load(Importers.class.getClassLoader());
    }

    public List<Importer> all() {
        return importers;
    }

    public List<String> failures() {
        return failures;
    }

    public Optional<Importer> byId(String id) {
        return importers.stream().filter(i -> i.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The importers that read files ending in {@code .extension}. */
    public List<Importer> forExtension(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        return importers.stream().filter(i -> i.fileExtensions().contains(ext)).toList();
    }

    /** The ids, comma-separated, for messages. */
    public String ids() {
        return String.join(", ", importers.stream().map(Importer::id).toList());
    }
}
