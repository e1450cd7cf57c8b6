package dev.mizan.agreement;

import dev.mizan.spi.AgreementMeasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The agreement measures on the class path: the built-ins and any plug-in registered for
 * {@link AgreementMeasure} with {@link ServiceLoader}. A provider that fails to load is skipped and
 * reported, and a duplicate id is ignored after the first, so one broken plug-in cannot hide the rest.
 */
public final class Measures {
    private final List<AgreementMeasure> measures;
    private final List<String> problems;

    private Measures(List<AgreementMeasure> measures, List<String> problems) {
        this.measures = List.copyOf(measures);
        this.problems = List.copyOf(problems);
    }

    /** Loads every measure visible to this class's class loader. */
    public static Measures load() {
        return load(Measures.class.getClassLoader());
    }

    public static Measures load(ClassLoader loader) {
        List<AgreementMeasure> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        var iterator = ServiceLoader.load(AgreementMeasure.class, loader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                AgreementMeasure m = iterator.next();
                if (found.stream().anyMatch(f -> f.id().equals(m.id()))) {
                    problems.add("measure id '" + m.id() + "' of " + m.getClass().getName() + " is already taken; ignored");
                } else {
                    found.add(m);
                }
            } catch (ServiceConfigurationError e) {
                problems.add("an agreement measure could not be loaded: " + e.getMessage());
            }
        }
        return new Measures(found, problems);
    }

    public List<AgreementMeasure> all() {
        return measures;
    }

    public Optional<AgreementMeasure> byId(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Providers that were skipped, in words. */
    public List<String> problems() {
        return problems;
    }
}
