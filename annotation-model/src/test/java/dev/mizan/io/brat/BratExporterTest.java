package dev.mizan.io.brat;

import dev.mizan.io.export.ExportFixture;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.Split;
import dev.mizan.text.OffsetConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BratExporterTest {
    @TempDir
    Path out;

    @Test
    void writesTextBoundRelationAndAttributeLines() throws Exception {
        new BratExporter().export(ExportFixture.data(ExportFixture.mainDocument(Split.ALL)), ExportOptions.defaults(), out);

        assertThat(Files.readString(out.resolve("d1.txt"))).isEqualTo(ExportFixture.TEXT);
        List<String> ann = Files.readAllLines(out.resolve("d1.ann"));
        assertThat(ann).contains("T1\tPER 11 16\tبوتين", "A1\tpolarity T3 SUPPORT", "R1\tholder Arg1:T3 Arg2:T2", "R2\ttarget Arg1:T3 Arg2:T4",
                "R4\tsame_as Arg1:T2 Arg2:T7");
        assertThat(ann).anyMatch(l -> l.matches("A\\d+\tcheckworthy T\\d+ true"));
        assertThat(ann).anyMatch(l -> l.matches("R\\d+\tclaimant Arg1:T\\d+ Arg2:T\\d+"));
    }

    @Test
    void countsCodePointsAndQuotesTheTextAtTheOffsets() throws Exception {
        new BratExporter().export(ExportFixture.data(ExportFixture.emojiDocument(Split.ALL)), ExportOptions.defaults(), out);

        String text = Files.readString(out.resolve("d2.txt"));
        OffsetConverter offsets = OffsetConverter.of(text);
        for (String line : Files.readAllLines(out.resolve("d2.ann"))) {
            String[] f = line.split("\t");
            String[] typeAndOffsets = f[1].split(" ");
            int b = offsets.codePointToUtf16(Integer.parseInt(typeAndOffsets[1]));
            int e = offsets.codePointToUtf16(Integer.parseInt(typeAndOffsets[2]));
            assertThat(text.substring(b, e)).isEqualTo(f[2]);
        }
        assertThat(Files.readAllLines(out.resolve("d2.ann")).get(0)).isEqualTo("T1\tPER 6 14\tالشيباني");
    }

    @Test
    void generatesTheTagSetFromTheSchema() throws Exception {
        new BratExporter().export(ExportFixture.data(ExportFixture.mainDocument(Split.ALL)), ExportOptions.defaults(), out);

        String conf = Files.readString(out.resolve("annotation.conf"));
        assertThat(conf).contains("[entities]\nPER\nORG\n").contains("STANCE\nCLAIM\n")
                .contains("holder Arg1:STANCE, Arg2:PER|ORG|GPE|LOC|FAC|DATE|EVENT|MISC")
                .contains("same_as Arg1:PER|ORG").contains("polarity Arg:STANCE, Value:SUPPORT|OPPOSE|NEUTRAL")
                .contains("checkworthy Arg:CLAIM, Value:true|false\n").contains("[events]");
        assertThat(Files.readString(out.resolve("visual.conf"))).contains("PER\tbgColor:#f4a3a3");
    }

    @Test
    void writesASpanAcrossALineBreakAsFragments() {
        assertThat(BratExporter.fragments("ab\ncd", 0, 5)).extracting(f -> f[0] + "-" + f[1]).containsExactly("0-2", "3-5");
    }
}
