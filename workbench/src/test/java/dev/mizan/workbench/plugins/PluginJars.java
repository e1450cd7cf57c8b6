package dev.mizan.workbench.plugins;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds plugin jars at test time: compiles sources with javax.tools and packs them with their resources. */
public final class PluginJars {
    private PluginJars() {
    }

    /** The example plugin of the plugin guide, examples/hello-plugin. */
    public static Path helloPluginSources() {
        return Path.of(System.getProperty("user.dir")).resolve("../examples/hello-plugin").normalize();
    }

    /** Compiles {@code <dir>/src/main/java} and packs it with {@code <dir>/src/main/resources} into {@code jar}. */
    public static Path build(Path projectDir, Path jar) throws IOException {
        Map<String, String> sources = new java.util.TreeMap<>();
        Path java = projectDir.resolve("src/main/java");
        try (Stream<Path> s = Files.walk(java)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(java.relativize(p).toString(), Files.readString(p));
            }
        }
        Map<String, String> resources = new java.util.TreeMap<>();
        Path res = projectDir.resolve("src/main/resources");
        if (Files.isDirectory(res)) {
            try (Stream<Path> s = Files.walk(res)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    resources.put(res.relativize(p).toString().replace('\\', '/'), Files.readString(p));
                }
            }
        }
        return build(sources, resources, jar);
    }

    /** Compiles the given sources (path → code) and writes a jar with the classes and resources (path → text). */
    public static Path build(Map<String, String> sources, Map<String, String> resources, Path jar) throws IOException {
        Path work = Files.createTempDirectory("plugin-src");
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", classes.toString(),
                "-cp", classPath()));
        for (var e : sources.entrySet()) {
            Path file = work.resolve("src").resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        if (!sources.isEmpty()) {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = javac.run(null, OutputStream.nullOutputStream(), err, args.toArray(String[]::new));
            if (code != 0) {
                throw new IllegalStateException("plugin sources do not compile:\n" + err.toString(StandardCharsets.UTF_8));
            }
        }
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> s = Files.walk(classes)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
            for (var e : resources.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Mizan's classes and their libraries, found from where the classes were loaded. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : List.of(dev.mizan.workbench.shell.ViewContribution.class, dev.mizan.model.Span.class)) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(java.io.File.pathSeparator, entries);
    }
}
