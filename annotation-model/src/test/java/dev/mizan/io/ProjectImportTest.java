package dev.mizan.io;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Relation;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import dev.mizan.spi.ImportOptions;
import dev.mizan.spi.ImportProblem;
import dev.mizan.spi.ImportResult;
import dev.mizan.store.ProjectValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectImportTest {
    static final String TEXT = "أكد الرئيس الروسي فلاديمير بوتين دعم بلاده لسوريا.\n";
    static final String ANN = "T1\tPER 18 32\tفلاديمير بوتين\nT2\tGPE 44 49\tسوريا\n";
    static final Path SEEDS = Path.of("/work/shared/seeds");

    @TempDir
    Path tmp;
    ImportFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new ImportFixture(tmp);
    }

    @Test
    void importedSeedTextsAreByteIdenticalToTheSeedFiles() throws IOException {
        Path seeds = seedsFolder();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }

        ImportSummary summary = fx.importAs(null, files.toArray(Path[]::new));

        assertThat(summary.written()).isTrue();
        assertThat(summary.documentsCreated()).isEqualTo(files.size());
        for (Path seed : files) {
            String id = InputFiles.stem(seed);
            assertThat(Files.readAllBytes(fx.store.documentText(id))).isEqualTo(Files.readAllBytes(seed));
        }
    }

    @Test
    void importingTheSameFileTwiceIsDetectedByHashAndAddsNothing() throws IOException {
        Path doc = fx.file("doc.txt", TEXT);
        fx.importAs(null, doc);
        Map<String, byte[]> before = fx.snapshot();

        ImportSummary again = fx.importAs(null, doc);

        assertThat(again.documentsCreated()).isZero();
        assertThat(again.documentsMatched()).isEqualTo(1);
        assertThat(again.notes()).singleElement().asString().contains("already in the project as document 'doc'");
        assertThat(ImportFixture.sameFiles(before, fx.snapshot())).isTrue();
    }

    @Test
    void theSameTextUnderTwoFileNamesIsOneDocument() throws IOException {
        Path a = fx.file("first-name.txt", TEXT);
        Path b = fx.file("copy/other-name.txt", TEXT);

        ImportSummary summary = fx.importAs(null, a, b);

        assertThat(summary.documentsCreated()).isEqualTo(1);
        assertThat(summary.documentsMatched()).isEqualTo(1);
        assertThat(summary.notes()).singleElement().asString().contains("same text as").contains("first-name");
        assertThat(fx.project().documents()).extracting(Document::id).containsExactly("first-name");
    }

    @Test
    void differentTextsWithTheSameFileNameGetDifferentIds() throws IOException {
        fx.importAs(null, fx.file("2024/doc.txt", TEXT));

        fx.importAs(null, fx.file("2025/doc.txt", "نص مختلف تماماً."), fx.file("2026/Doc.txt", "ونص ثالث."));

        assertThat(fx.project().documents()).extracting(Document::id).containsExactly("doc", "doc-2", "doc-3");
    }

    @Test
    void anOrphanTextFileInTheProjectKeepsItsId() throws IOException {
        Files.writeString(fx.store.documentText("doc"), "نص يتيم بلا بيانات.");

        fx.importAs(null, fx.file("doc.txt", TEXT));

        assertThat(fx.project().documents()).extracting(Document::id).containsExactly("doc-2");
        assertThat(Files.readString(fx.store.documentText("doc"))).isEqualTo("نص يتيم بلا بيانات.");
    }

    @Test
    void twoAnnotatorsOfTheSameTextGiveOneDocumentWithTwoSets() throws IOException {
        fx.file("a/doc.txt", TEXT);
        fx.file("b/doc.txt", TEXT);
        Path annA = fx.file("a/doc.ann", ANN);
        Path annB = fx.file("b/doc.ann", "T1\tPER 18 32\tفلاديمير بوتين\n");

        fx.importAs("a", annA.resolveSibling("doc.txt"), annA);
        ImportSummary second = fx.importAs("b", annB.resolveSibling("doc.txt"), annB);

        assertThat(second.documentsMatched()).isEqualTo(1);
        assertThat(second.setsAdded()).isEqualTo(1);
        Project p = fx.project();
        assertThat(p.documents()).hasSize(1);
        assertThat(p.annotationSetsOf("doc")).containsOnlyKeys("a", "b");
        assertThat(p.annotationSet("a", "doc").orElseThrow().spans()).extracting(Span::label).containsExactly("PER", "GPE");
        assertThat(p.annotationSet("b", "doc").orElseThrow().spans()).hasSize(1);
    }

    @Test
    void annotationsForAnExistingTextAttachToThatDocument() throws IOException {
        fx.importAs(null, fx.file("original-name.txt", TEXT));
        fx.file("brat/renamed.txt", TEXT);
        Path ann = fx.file("brat/renamed.ann", ANN);

        ImportSummary summary = fx.importAs("ranya", ann);

        assertThat(summary.documentsCreated()).isZero();
        assertThat(fx.project().annotationSet("ranya", "original-name")).isPresent();
    }

    @Test
    void aSecondSetOfTheSameAnnotatorIsRefusedWithoutReplace() throws IOException {
        fx.file("doc.txt", TEXT);
        Path ann = fx.file("doc.ann", ANN);
        fx.importAs("a", ann);
        Map<String, byte[]> before = fx.snapshot();

        ImportSummary again = fx.importAs("a", ann);

        assertThat(again.written()).isFalse();
        assertThat(again.problems()).singleElement().asString()
                .contains("a already has annotations of document 'doc'").contains("--replace");
        assertThat(ImportFixture.sameFiles(before, fx.snapshot())).isTrue();
    }

    @Test
    void replaceSwapsTheOldSetForTheNewOne() throws IOException {
        fx.file("doc.txt", TEXT);
        Path ann = fx.file("doc.ann", ANN);
        fx.importAs("a", ann);
        Files.writeString(ann, "T9\tORG 4 17\tالرئيس الروسي\n");

        ImportSummary summary = fx.importFiles("a", new ProjectImport.Options("a", true, false), ann);

        assertThat(summary.setsReplaced()).isEqualTo(1);
        assertThat(summary.setsAdded()).isZero();
        AnnotationSet set = fx.project().annotationSet("a", "doc").orElseThrow();
        assertThat(set.spans()).extracting(Span::id, Span::label).containsExactly(org.assertj.core.groups.Tuple.tuple("T9", "ORG"));
    }

    @Test
    void aFailingFileInTheMiddleOfAFolderWritesNothing() throws IOException {
        fx.file("folder/01.txt", "النص الأول.");
        fx.bytes("folder/02.txt", new byte[]{(byte) 0xD8, (byte) 0xA7, (byte) 0xFF, 0x20});
        fx.file("folder/03.txt", "النص الثالث.");
        Map<String, byte[]> before = fx.snapshot();

        ImportSummary summary = fx.importAs(null, tmp.resolve("in/folder"));

        assertThat(summary.written()).isFalse();
        assertThat(summary.problems()).singleElement().asString().contains("02.txt").contains("byte 2");
        assertThat(ImportFixture.sameFiles(before, fx.snapshot())).isTrue();
    }

    @Test
    void everyProblemOfAFileIsReportedInOneRun() throws IOException {
        fx.file("doc.txt", TEXT);
        Path ann = fx.file("doc.ann", "T1\tPER 18 32\tفلاديمير بوتين\nT2\tCOUNTRY 44 49\tسوريا\nT3\tPER 0 3;11 17\tأكد الروسي\n");

        ImportSummary summary = fx.importAs("a", ann);

        assertThat(summary.written()).isFalse();
        assertThat(summary.problems()).extracting(ImportProblem::line).containsExactly(3, 2);
    }

    @Test
    void aLabelOutsideTheSchemaIsAnErrorThatSuggestsExtendSchema() throws IOException {
        fx.file("doc.txt", TEXT);
        Path ann = fx.file("doc.ann", "T1\tPERSON 18 32\tفلاديمير بوتين\n");

        ImportSummary summary = fx.importAs("a", ann);

        assertThat(summary.written()).isFalse();
        assertThat(summary.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(ann);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("'PERSON'").contains("--extend-schema");
        });
    }

    @Test
    void extendSchemaAddsTheUnknownLabelAndKeepsTheSpan() throws IOException {
        fx.file("doc.txt", TEXT);
        Path ann = fx.file("doc.ann", "T1\tPERSON 18 32\tفلاديمير بوتين\n");

        ImportSummary summary = fx.importFiles("a", new ProjectImport.Options("a", false, true), ann);

        assertThat(summary.schemaAdditions()).containsExactly("label 'PERSON' in layer 'entity'");
        Project p = fx.project();
        assertThat(p.schema().layer("entity").orElseThrow().label("PERSON")).isPresent();
        assertThat(p.annotationSet("a", "doc").orElseThrow().spans()).extracting(Span::label).containsExactly("PERSON");
    }

    @Test
    void aSpanThatCutsALetterFromItsHarakatIsRefusedAsValidateWouldRefuseIt() throws IOException {
        String voweled = "قالَ بوتينُ إنّ";
        fx.file("harakat.txt", voweled);
        // brat counts code points: "بوتين" is 5..10, and 10 cuts the damma (offset 10) off the noon.
        Path ann = fx.file("harakat.ann", "T1\tPER 5 10\tبوتين\n");

        ImportSummary summary = fx.importAs("a", ann);

        assertThat(summary.written()).isFalse();
        assertThat(summary.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("fix it in the source tool");
        });
    }

    @Test
    void aDocumentIdLikeDotDotSlashIsMadeSafe() throws IOException {
        Path jsonl = fx.file("records.jsonl", "{\"id\": \"../../x\", \"text\": \"نص قصير عن دمشق.\", \"label\": [[11, 15, \"GPE\"]]}\n");

        ImportSummary summary = fx.importAs("a", jsonl);

        assertThat(summary.written()).isTrue();
        assertThat(fx.project().documents()).extracting(Document::id).containsExactly("x");
        assertThat(fx.store.documentText("x")).exists();
        assertThat(tmp.resolve("x.txt")).doesNotExist();
        assertThat(tmp.getParent().resolve("x.txt")).doesNotExist();
    }

    @Test
    void annotationsWithoutAnAnnotatorAreRefused() throws IOException {
        fx.file("doc.txt", TEXT);
        Path ann = fx.file("doc.ann", ANN);

        ImportSummary summary = fx.importAs(null, ann);

        assertThat(summary.written()).isFalse();
        assertThat(summary.problems()).singleElement().asString().contains("--annotator NAME");
    }

    @Test
    void anUnsafeAnnotatorNameIsRefused() throws IOException {
        fx.file("doc.txt", TEXT);
        Path ann = fx.file("doc.ann", ANN);

        ImportSummary summary = fx.importAs("../evil", ann);

        assertThat(summary.written()).isFalse();
        assertThat(summary.problems()).first().asString().contains("annotator name '../evil'");
    }

    @Test
    void aWriteThatFailsMidwayIsUndone() throws IOException {
        fx.file("a/doc.txt", TEXT);
        Path annA = fx.file("a/doc.ann", ANN);
        fx.file("b/doc.txt", TEXT);
        Path annB = fx.file("b/doc.ann", ANN);
        Path other = fx.file("other.txt", "نص آخر لا علاقة له.");
        // A plain file where annotator b's folder must go: the second set cannot be written.
        Files.writeString(fx.store.root().resolve("annotations/b"), "in the way");
        Map<String, byte[]> before = fx.snapshot();
        ImportResult input = fx.sources().read(List.of(other, annA), null, new ImportOptions("a", false))
                .plus(fx.sources().read(List.of(annB), null, new ImportOptions("b", false)));

        assertThatThrownBy(() -> fx.run(input, new ProjectImport.Options(null, false, false)))
                .hasMessageContaining("was undone");

        assertThat(ImportFixture.sameFiles(before, fx.snapshot())).isTrue();
        assertThat(fx.store.root().resolve("annotations/a")).doesNotExist();
    }

    @Test
    void threeAnnotatorsExportedAsBratPerAnnotatorFoldersComeBackAsTheSameSets() throws IOException {
        Document doc = Document.of("visit", "visit", null, "وأكد 🌍 الرئيس الروسي فلاديمير بوتين دعم بلاده لسوريا، وقال إن موسكو تقف مع دمشق.");
        fx.importAs(null, fx.file("visit.txt", doc.text()));
        Project source = fx.project();
        Path root = tmp.resolve("brat-export");
        Map<String, AnnotationSet> sets = Map.of(
                "ali", set("ali", doc, List.of(span(doc, "T1", "entity", "PER", "فلاديمير بوتين"),
                        span(doc, "T2", "entity", "GPE", "سوريا"),
                        span(doc, "T3", "stance", "STANCE", "دعم بلاده لسوريا")
                                .withAttribute("polarity", "SUPPORT").withAttribute("holder", "T1").withAttribute("target", "T2")),
                        List.of()),
                "huda", set("huda", doc, List.of(span(doc, "T1", "entity", "PER", "بوتين"),
                        span(doc, "T2", "entity", "GPE", "موسكو"), span(doc, "T3", "entity", "GPE", "دمشق"),
                        span(doc, "T4", "claim", "CLAIM", "موسكو تقف مع دمشق")
                                .withAttribute("type", "FACTUAL").withAttribute("checkworthy", true)),
                        List.of(new Relation("R1", "same_as", "T2", "T3"))),
                "omar", set("omar", doc, List.of(span(doc, "T1", "entity", "ORG", "الرئيس الروسي")), List.of()));
        for (var e : sets.entrySet()) {
            BratFiles.write(root.resolve(e.getKey()).resolve("batch1"), doc, e.getValue(), source.schema());
        }

        ImportResult input = fx.sources().readPerAnnotatorFolders(root, null, ImportOptions.defaults());
        ImportSummary summary = fx.run(input, new ProjectImport.Options(null, false, false));

        assertThat(summary.problems()).isEmpty();
        assertThat(summary.setsAdded()).isEqualTo(3);
        assertThat(summary.documentsMatched()).isEqualTo(3);
        Project p = fx.project();
        assertThat(p.documents()).hasSize(1);
        for (var e : sets.entrySet()) {
            AnnotationSet imported = p.annotationSet(e.getKey(), "visit").orElseThrow();
            assertThat(BratFiles.described(imported)).isEqualTo(BratFiles.described(e.getValue()));
        }
        assertThat(ProjectValidator.validate(fx.store)).isEmpty();
    }

    @Test
    void doccanoPerUserFilesTakeTheAnnotatorFromTheFileName() throws IOException {
        String line = "{\"id\": 7, \"text\": \"" + TEXT.strip() + "\", \"label\": [[18, 32, \"PER\"]], \"Comments\": []}\n";
        Path ranya = fx.file("doccano/ranya.jsonl", line);
        Path omar = fx.file("doccano/omar.jsonl", line.replace("[[18, 32, \"PER\"]]", "[[18, 32, \"PER\"], [44, 49, \"GPE\"]]"));

        ImportResult input = fx.sources().read(List.of(ranya, omar), "jsonl", new ImportOptions(null, true));
        ImportSummary summary = fx.run(input, new ProjectImport.Options(null, false, false));

        assertThat(summary.documentsCreated()).isEqualTo(1);
        assertThat(summary.setsAdded()).isEqualTo(2);
        Project p = fx.project();
        assertThat(p.documents()).extracting(Document::id).containsExactly("doc-7");
        assertThat(p.annotationSetsOf("doc-7")).containsOnlyKeys("ranya", "omar");
        assertThat(p.annotationSet("omar", "doc-7").orElseThrow().spans()).hasSize(2);
    }

    @Test
    void twoFilesWithTheSameAnnotatorAndTextInOneImportAreNotMerged() throws IOException {
        Path first = fx.file("one.jsonl", "{\"text\": \"نص عن دمشق.\", \"label\": [[6, 10, \"GPE\"]]}\n");
        Path second = fx.file("two.jsonl", "{\"text\": \"نص عن دمشق.\", \"label\": [[0, 2, \"MISC\"]]}\n");

        ImportSummary summary = fx.importAs("a", first, second);

        assertThat(summary.written()).isFalse();
        assertThat(summary.problems()).singleElement().asString().contains("nothing is merged");
    }

    @Test
    void aFiftyMegabyteTextImports() throws IOException {
        String paragraph = "أكد الرئيس الروسي فلاديمير بوتين دعم بلاده الثابت لسوريا، مشدّداً على وحدة أراضيها.\n";
        int paragraphBytes = paragraph.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder sb = new StringBuilder();
        for (long written = 0; written < 50L * 1024 * 1024; written += paragraphBytes) {
            sb.append(paragraph);
        }
        String big = sb.toString();
        Path file = tmp.resolve("big.txt");
        Files.write(file, big.getBytes(StandardCharsets.UTF_8));
        long bytes = Files.size(file);

        long start = System.nanoTime();
        ImportSummary summary = fx.importAs(null, file);
        long ms = (System.nanoTime() - start) / 1_000_000;

        System.out.println("import_50mb_bytes: " + bytes);
        System.out.println("import_50mb_ms: " + ms);
        assertThat(bytes).isGreaterThanOrEqualTo(50L * 1024 * 1024);
        assertThat(summary.documentsCreated()).isEqualTo(1);
        assertThat(Files.size(fx.store.documentText("big"))).isEqualTo(bytes);
    }

    @Test
    void warningsDoNotStopAnImport() throws IOException {
        Path doc = fx.file("doc.txt", "سطر أول\nقال&nbsp;الوزير إن الوضع مستقر.\n");

        ImportSummary summary = fx.importAs(null, doc);

        assertThat(summary.written()).isTrue();
        assertThat(summary.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.WARNING);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("&nbsp;");
        });
        assertThat(Files.readString(fx.store.documentText("doc"))).contains("&nbsp;");
    }

    private static Path seedsFolder() {
        return SEEDS;
    }

    private static AnnotationSet set(String annotator, Document doc, List<Span> spans, List<Relation> relations) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return new AnnotationSet(annotator, doc.id(), doc.sha256(), Status.DONE, spans, relations, t, t);
    }

    private static Span span(Document doc, String id, String layer, String label, String cover) {
        int b = doc.text().indexOf(cover);
        return new Span(id, b, b + cover.length(), layer, label);
    }
}
