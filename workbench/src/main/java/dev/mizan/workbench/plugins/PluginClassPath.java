package dev.mizan.workbench.plugins;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The plugin jars of one or more folders and the class loader over them: what the workbench's
 * {@link PluginRegistry} and the command line's importers and exporters both start from. It only
 * opens jars; it looks up no service, so a command that needs exporters does not build views.
 * <p>
 * A damaged jar (not a zip) is left out of the class loader, where it would make every lookup fail,
 * and reported as a {@link PluginProblem}; so is a folder that cannot be listed. A missing folder
 * is no problem. When two folders hold a jar of the same name, the one in the earlier folder is used.
 *
 * @param loader   Mizan's own class loader when there are no jars, else one over the jars with it as parent
 * @param jars     the jars in use, in the order searched
 * @param problems what was skipped and why; each message reads after its source
 *                 ({@code damaged.jar is not a readable jar...})
 */
public record PluginClassPath(ClassLoader loader, List<Path> jars, List<PluginProblem> problems) {
    public PluginClassPath {
        jars = List.copyOf(jars);
        problems = List.copyOf(problems);
    }

    /** Opens the jars of {@code folders} (nulls and missing folders are skipped) over {@code parent}. */
    public static PluginClassPath open(List<Path> folders, ClassLoader parent, String loaderName) {
        List<PluginProblem> problems = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        List<URL> urls = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path folder : folders) {
            for (Path jar : readableJars(folder, problems)) {
                if (!names.add(jar.getFileName().toString())) {
                    continue; // replaced by the jar of that name in an earlier folder
                }
                try {
                    urls.add(jar.toUri().toURL());
                    jars.add(jar);
                } catch (MalformedURLException e) {
                    problems.add(new PluginProblem(jar.toString(), "cannot be put on the class path and was skipped ("
                            + e.getMessage() + ")"));
                }
            }
        }
        ClassLoader loader = urls.isEmpty() ? parent : new URLClassLoader(loaderName, urls.toArray(URL[]::new), parent);
        return new PluginClassPath(loader, jars, problems);
    }

    private static List<Path> readableJars(Path dir, List<PluginProblem> problems) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> candidates;
        try (Stream<Path> s = Files.list(dir)) {
            candidates = s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            problems.add(new PluginProblem(dir.toString(), "cannot be listed, so its plugins were skipped ("
                    + e.getMessage() + ")"));
            return List.of();
        }
        List<Path> ok = new ArrayList<>();
        for (Path jar : candidates) {
            try (JarFile ignored = new JarFile(jar.toFile())) {
                ok.add(jar);
            } catch (IOException | SecurityException e) {
                problems.add(new PluginProblem(jar.toString(), "is not a readable jar and was skipped ("
                        + e.getMessage() + "); replace or remove it"));
            }
        }
        return ok;
    }
}
