package dev.mizan.workbench.plugins;

import dev.mizan.workbench.shell.CommandContribution;
import dev.mizan.workbench.shell.Contribution;
import dev.mizan.workbench.shell.PerspectiveContribution;
import dev.mizan.workbench.shell.ViewContribution;

import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds contributions with {@link ServiceLoader} on the class path and in the jars of a plugins
 * folder (opened by {@link PluginClassPath}, as the command line's importers and exporters are). A provider that fails (missing class, throwing constructor, null or duplicate id) is
 * reported in {@link #problems()} and skipped; start-up never fails because of a plugin.
 * Contributions are sorted by {@link Contribution#priority()}, then by id.
 */
public final class PluginRegistry {
    private static final int MAX_ERRORS_PER_SERVICE = 100;

    private final ClassLoader classLoader;
    private final List<Path> jars;
    private final List<PluginProblem> problems = new ArrayList<>();
    private final List<ViewContribution> views;
    private final List<CommandContribution> commands;
    private final List<PerspectiveContribution> perspectives;

    private PluginRegistry(ClassLoader classLoader, List<Path> jars, List<PluginProblem> jarProblems) {
        this.classLoader = classLoader;
        this.jars = List.copyOf(jars);
        this.problems.addAll(jarProblems);
        this.views = loadContributions(ViewContribution.class);
        this.commands = loadContributions(CommandContribution.class);
        this.perspectives = loadContributions(PerspectiveContribution.class);
    }

    /** Discovers contributions on Mizan's own class path and in {@code pluginsDir} (which may not exist). */
    public static PluginRegistry discover(Path pluginsDir) {
        return discover(pluginsDir, PluginRegistry.class.getClassLoader());
    }

    public static PluginRegistry discover(Path pluginsDir, ClassLoader parent) {
        PluginClassPath classPath = PluginClassPath.open(pluginsDir == null ? List.of() : List.of(pluginsDir), parent,
                "mizan-plugins");
        return new PluginRegistry(classPath.loader(), classPath.jars(), classPath.problems());
    }

    /** The loader that sees Mizan and every plugin jar: use it to find plugin importers, exporters, measures. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** The plugin jars in use. */
    public List<Path> jars() {
        return jars;
    }

    public List<ViewContribution> views() {
        return views;
    }

    public List<CommandContribution> commands() {
        return commands;
    }

    public List<PerspectiveContribution> perspectives() {
        return perspectives;
    }

    public Optional<ViewContribution> view(String id) {
        return views.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<CommandContribution> command(String id) {
        return commands.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A perspective by id or by short name ({@code annotate}). */
    public Optional<PerspectiveContribution> perspective(String idOrShortName) {
        return perspectives.stream()
                .filter(p -> p.id().equals(idOrShortName) || p.shortName().equalsIgnoreCase(idOrShortName))
                .findFirst();
    }

    /** Everything that went wrong while discovering plugins, in the order met. */
    public List<PluginProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * Loads every provider of any service (an Importer, an Exporter...) through the plugin class
     * loader; failing providers are reported in {@link #problems()} and skipped.
     */
    public synchronized <T> List<T> load(Class<T> service) {
        List<T> found = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(service, classLoader).iterator();
        int errors = 0;
        while (errors < MAX_ERRORS_PER_SERVICE) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                errors++;
                problems.add(new PluginProblem(service.getSimpleName(), describe(e)));
            }
        }
        return found;
    }

    private <T extends Contribution> List<T> loadContributions(Class<T> type) {
        List<T> accepted = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (T c : load(type)) {
            String id;
            try {
                id = c.id();
                c.priority();
            } catch (RuntimeException | LinkageError e) {
                problems.add(new PluginProblem(origin(c), c.getClass().getName() + " failed to describe itself: " + describe(e)));
                continue;
            }
            if (id == null || id.isBlank()) {
                problems.add(new PluginProblem(origin(c), c.getClass().getName() + " has no id and was skipped"));
            } else if (!ids.add(id)) {
                problems.add(new PluginProblem(origin(c), "a " + type.getSimpleName() + " with id '" + id
                        + "' is already registered; " + c.getClass().getName() + " was skipped"));
            } else {
                accepted.add(c);
            }
        }
        accepted.sort(Comparator.comparingInt(Contribution::priority).thenComparing(Contribution::id));
        return List.copyOf(accepted);
    }

    /** The jar (or folder) a contribution's class came from, for messages. */
    static String origin(Object o) {
        CodeSource cs = o.getClass().getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return o.getClass().getName();
        }
        String path = cs.getLocation().getPath();
        return path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
    }

    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append(": ").append(c.getClass().getSimpleName());
            if (c.getMessage() != null) {
                sb.append(" ").append(c.getMessage());
            }
        }
        return sb.toString();
    }
}
