package dev.mizan.workbench.cli;

import dev.mizan.workbench.app.MizanHome;
import dev.mizan.workbench.plugins.PluginClassPath;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class loader for a command's importer and exporter plugins: Mizan's own class path, the jars
 * of {@code --plugins DIR} and those of the {@code plugins/} folder of the user's Mizan home, as the
 * workbench finds them. A jar of the same name in DIR replaces the home's. A damaged jar is named
 * on stderr in one line and skipped. Only the class loader is made here: the command looks up
 * its Importer or Exporter services through it, and no workbench views or commands are built.
 */
final class PluginJars {
    private PluginJars() {
    }

    /** {@code plugins} null: the home's plugins only. */
    static ClassLoader loader(Path plugins, String name, PrintWriter err) {
        return loader(plugins, MizanHome.resolve().pluginsDir(), name, err);
    }

    static ClassLoader loader(Path plugins, Path homePlugins, String name, PrintWriter err) {
        List<Path> folders = new ArrayList<>();
        if (plugins != null) {
            requireReadableFolder(plugins);
            folders.add(plugins);
        }
        folders.add(homePlugins);
        PluginClassPath classPath = PluginClassPath.open(folders, Thread.currentThread().getContextClassLoader(), name);
        classPath.problems().forEach(p -> err.println("warning: " + p.source() + " " + p.message()));
        err.flush();
        return classPath.loader();
    }

    /** A folder the user named must be there: a typo should not pass as "no plugins". */
    private static void requireReadableFolder(Path plugins) {
        if (!Files.isDirectory(plugins)) {
            throw new UserError("--plugins " + plugins + " is not a folder");
        }
        try (Stream<Path> s = Files.list(plugins)) {
            s.findAny();
        } catch (IOException e) {
            throw new UserError("cannot read --plugins " + plugins + ": " + e.getMessage());
        }
    }
}
