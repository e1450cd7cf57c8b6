package dev.mizan.io.export;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a strict reader of each format would make. */
public final class StrictReaders {
    private StrictReaders() {
    }

    /** Every I-X follows a B-X or an I-X; only O, B-, I- occur. */
    public static void assertValidIob2(List<String> tags) {
        String previous = "O";
        for (String tag : tags) {
            assertThat(tag).matches("O|[BI]-.+");
            if (tag.startsWith("I-")) {
                String type = tag.substring(2);
                assertThat(previous).as("I-%s after %s", type, previous).isIn("B-" + type, "I-" + type);
            }
            previous = tag;
        }
    }

    /** B-X I-X* E-X or S-X; nothing else inside, nothing left open at the end. */
    public static void assertValidBioes(List<String> tags) {
        String open = null;
        for (String tag : tags) {
            assertThat(tag).matches("O|[BIES]-.+");
            char p = tag.charAt(0);
            String type = tag.length() > 2 ? tag.substring(2) : null;
            if (open != null) {
                assertThat(p).as("inside an open %s span: %s", open, tag).isIn('I', 'E');
                assertThat(type).isEqualTo(open);
                if (p == 'E') {
                    open = null;
                }
            } else {
                assertThat(p).as("outside a span: %s", tag).isIn('O', 'B', 'S');
                if (p == 'B') {
                    open = type;
                }
            }
        }
        assertThat(open).as("a span left open at the end of the sentence").isNull();
    }
}
