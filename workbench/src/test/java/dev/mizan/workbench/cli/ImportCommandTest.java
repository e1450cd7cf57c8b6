package dev.mizan.workbench.cli;

import dev.mizan.model.Project;
import dev.mizan.store.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    static final Path SEEDS = Path.of("/work/shared/seeds");
    static final String TEXT = "أكد الرئيس الروسي فلاديمير بوتين دعم بلاده لسوريا.\n";

    @TempDir
    Path tmp;
    Path project;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void createProject() {
        project = tmp.resolve("p");
        assertThat(mizan("new", project.toString())).isZero();
    }

    private int mizan(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        var cl = MizanCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private int importing(Object... args) {
        List<String> all = new ArrayList<>(List.of("import", project.toString()));
        for (Object a : args) {
            all.add(a.toString());
        }
        return mizan(all.toArray(String[]::new));
    }

    private Path write(String relative, String content) throws IOException {
        Path p = tmp.resolve("in").resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void theSeedTextsArriveByteIdentical() throws IOException {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }

        int code = importing(seeds.toArray());

        assertThat(code).isZero();
        assertThat(out.toString()).contains(seeds.size() + " documents created");
        for (Path seed : seeds) {
            String name = seed.getFileName().toString();
            assertThat(Files.readAllBytes(project.resolve("documents").resolve(name))).isEqualTo(Files.readAllBytes(seed));
        }
    }

    @Test
    void aTextThatIsAlreadyThereIsReportedInOneLineAndChangesNothing() throws IOException {
        Path doc = write("doc.txt", TEXT);
        importing(doc);

        int code = importing(write("renamed.txt", TEXT));

        assertThat(code).isZero();
        assertThat(out.toString().strip().lines()).singleElement().asString()
                .contains("already in the project as document 'doc'").contains("nothing changed");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void badInputIsListedWithFileAndLineAndNothingIsImported() throws IOException {
        write("folder/a.txt", TEXT);
        Files.write(tmp.resolve("in/folder/b.txt"), new byte[0]);

        int code = importing(tmp.resolve("in/folder"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("b.txt: error: is empty")
                .contains("mizan import: nothing was imported: 1 error(s)").doesNotContain("\tat ");
        assertThat(ProjectStore.open(project).load().project().documents()).isEmpty();
    }

    @Test
    void twoAnnotatorsOfOneTextGiveOneDocumentWithTwoSets() throws IOException {
        write("a/doc.txt", TEXT);
        Path annA = write("a/doc.ann", "T1\tPER 18 32\tفلاديمير بوتين\n");
        write("b/doc.txt", TEXT);
        Path annB = write("b/doc.ann", "T1\tPER 27 32\tبوتين\nT2\tGPE 44 49\tسوريا\n");

        assertThat(importing(tmp.resolve("in/a/doc.txt"), annA, "--annotator", "a")).isZero();
        int code = importing(tmp.resolve("in/b/doc.txt"), annB, "--annotator", "b");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("0 documents created, 1 matched by text, 1 annotation sets added, 0 replaced, 2 spans");
        Project p = ProjectStore.open(project).load().project();
        assertThat(p.documents()).hasSize(1);
        assertThat(p.annotationSetsOf("doc")).containsOnlyKeys("a", "b");
    }

    @Test
    void anExistingSetIsReplacedOnlyWithReplace() throws IOException {
        write("doc.txt", TEXT);
        Path ann = write("doc.ann", "T1\tPER 18 32\tفلاديمير بوتين\n");
        importing(ann, "--annotator", "a");

        int refused = importing(ann, "--annotator", "a");
        String refusal = err.toString();
        int replaced = importing(ann, "--annotator", "a", "--replace");

        assertThat(refused).isEqualTo(1);
        assertThat(refusal).contains("a already has annotations of document 'doc'").contains("--replace");
        assertThat(replaced).isZero();
        assertThat(out.toString()).contains("1 replaced");
    }

    @Test
    void perAnnotatorFoldersImportEveryAnnotatorInOneCommand() throws IOException {
        for (String who : List.of("ali", "huda", "omar")) {
            write("brat/" + who + "/news/doc.txt", TEXT);
            write("brat/" + who + "/news/doc.ann", "T1\tGPE 44 49\tسوريا\n");
        }
        write("brat/annotation.conf", "[entities]\nGPE\n");

        int code = importing("--format", "brat", "--per-annotator-folders", tmp.resolve("in/brat"));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("1 documents created, 2 matched by text, 3 annotation sets added");
        assertThat(ProjectStore.open(project).load().project().annotators()).containsExactly("ali", "huda", "omar");
    }

    @Test
    void theSampleProjectExportedToBratPerAnnotatorComesBackWithTheSameAnnotations() {
        Path sample = Path.of("../sample-projects/syria-russia-visit");
        Project source = ProjectStore.open(sample).load().project();
        for (String annotator : source.annotators()) {
            assertThat(mizan("export", sample.toString(), "--format", "brat", "--source", "annotator:" + annotator,
                    "--out", tmp.resolve("brat").resolve(annotator).toString())).isZero();
        }

        int code = importing("--per-annotator-folders", tmp.resolve("brat"));

        assertThat(code).isZero();
        Project imported = ProjectStore.open(project).load().project();
        assertThat(imported.annotators()).isEqualTo(source.annotators());
        for (var set : source.annotationSets()) {
            var copy = imported.annotationSet(set.annotator(), set.documentId()).orElseThrow();
            assertThat(copy.spans()).extracting(s -> s.begin() + "-" + s.end() + " " + s.layer() + "/" + s.label())
                    .isEqualTo(set.spans().stream().map(s -> s.begin() + "-" + s.end() + " " + s.layer() + "/" + s.label()).toList());
        }
        assertThat(mizan("validate", project.toString())).isZero();
    }

    @Test
    void doccanoPerUserFilesNameTheAnnotators() throws IOException {
        String line = "{\"id\": 1, \"text\": \"" + TEXT.strip() + "\", \"label\": [[44, 49, \"GPE\"]], \"Comments\": []}\n";
        Path sara = write("doccano/sara.jsonl", line);
        Path omar = write("doccano/omar.jsonl", line);

        int code = importing("--format", "jsonl", "--per-user-files", sara, omar);

        assertThat(code).isZero();
        assertThat(ProjectStore.open(project).load().project().annotators()).containsExactly("omar", "sara");
    }

    @Test
    void anImporterFromAPluginJarIsUsed() throws IOException {
        Path pluginDir = tmp.resolve("plugins");
        Files.createDirectories(pluginDir);
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(pluginDir.resolve("lines.jar")))) {
            jar.putNextEntry(new java.util.jar.JarEntry("META-INF/services/dev.mizan.spi.Importer"));
            jar.write((LinesImporter.class.getName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        Path notes = write("notes.lines", "سطر أول\nسطر ثان\n");

        int code = importing("--plugins", pluginDir, notes);

        assertThat(code).isZero();
        assertThat(ProjectStore.open(project).load().project().documents()).hasSize(2);
    }

    /** A plugin importer: every line of a {@code .lines} file is a document. */
    public static final class LinesImporter implements dev.mizan.spi.Importer {
        @Override
        public String id() {
            return "lines";
        }

        @Override
        public String description() {
            return "one document per line";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("lines");
        }

        @Override
        public dev.mizan.spi.ImportResult read(List<Path> files, dev.mizan.spi.ImportOptions options) {
            List<dev.mizan.spi.ImportedDocument> docs = new ArrayList<>();
            for (Path f : files) {
                try {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        docs.add(dev.mizan.spi.ImportedDocument.plainText(f, "line-" + (i + 1), lines.get(i)));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return new dev.mizan.spi.ImportResult(docs, List.of());
        }
    }

    @Test
    void anUnknownFormatIsOneSentence() throws IOException {
        int code = importing("--format", "docx", write("doc.txt", TEXT));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip().lines()).singleElement().asString()
                .startsWith("mizan import: unknown format 'docx'").contains("brat, jsonl, txt, webanno-tsv");
    }

    @Test
    void aMissingProjectIsOneSentence() throws IOException {
        int code = mizan("import", tmp.resolve("nowhere").toString(), write("doc.txt", TEXT).toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip().lines()).singleElement().asString().contains("mizan new");
    }
}
