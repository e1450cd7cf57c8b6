package dev.mizan.workbench.cli;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The class loader behind a command's {@code --plugins DIR}: Mizan's own class path, plus the jars in DIR. */
final class PluginJars {
    private PluginJars() {
    }

    /** {@code plugins} null: Mizan's own class path only. */
    static ClassLoader loader(Path plugins, String name) {
        ClassLoader parent = Thread.currentThread().getContextClassLoader();
        if (plugins == null) {
            return parent;
        }
        if (!Files.isDirectory(plugins)) {
            throw new UserError("--plugins " + plugins + " is not a folder");
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> s = Files.list(plugins)) {
            for (Path jar : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw new UserError("cannot read --plugins " + plugins + ": " + e.getMessage());
        }
        return new URLClassLoader(name, jars.toArray(URL[]::new), parent);
    }
}
