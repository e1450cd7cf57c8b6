package dev.mizan.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OffsetConverterTest {
    private static final String TEXT = "a𝔸بُ😀c€"; // 1 + 2 + 1 + 1 + 2 + 1 + 1 UTF-16 units

    @Test
    void convertsUtf16ToCodePointsAcrossCharactersOutsideTheBmp() {
        OffsetConverter c = OffsetConverter.of(TEXT);
        assertThat(c.utf16Length()).isEqualTo(9);
        assertThat(c.codePointLength()).isEqualTo(7);
        assertThat(c.utf16ToCodePoint(0)).isZero();
        assertThat(c.utf16ToCodePoint(1)).isEqualTo(1);
        assertThat(c.utf16ToCodePoint(3)).isEqualTo(2);
        assertThat(c.utf16ToCodePoint(5)).isEqualTo(4);
        assertThat(c.utf16ToCodePoint(7)).isEqualTo(5);
        assertThat(c.utf16ToCodePoint(9)).isEqualTo(7);
        assertThat(c.codePointToUtf16(2)).isEqualTo(3);
        assertThat(c.codePointToUtf16(5)).isEqualTo(7);
        assertThat(c.codePointToUtf16(7)).isEqualTo(9);
    }

    @Test
    void convertsUtf16ToUtf8Bytes() {
        OffsetConverter c = OffsetConverter.of(TEXT);
        // a=1, 𝔸=4, ب=2, ُ=2, 😀=4, c=1, €=3
        assertThat(c.utf8Length()).isEqualTo(17);
        assertThat(c.utf16ToUtf8(1)).isEqualTo(1);
        assertThat(c.utf16ToUtf8(3)).isEqualTo(5);
        assertThat(c.utf16ToUtf8(7)).isEqualTo(13);
        assertThat(c.utf16ToUtf8(9)).isEqualTo(17);
        assertThat(c.utf8ToUtf16(5)).isEqualTo(3);
        assertThat(c.utf8ToUtf16(13)).isEqualTo(7);
        assertThat(c.utf8ToUtf16(17)).isEqualTo(9);
    }

    @Test
    void rejectsOffsetsInsideACharacter() {
        OffsetConverter c = OffsetConverter.of(TEXT);
        assertThatThrownBy(() -> c.utf16ToCodePoint(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("surrogate pair");
        assertThatThrownBy(() -> c.utf16ToUtf8(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.utf8ToUtf16(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inside a character");
        assertThatThrownBy(() -> c.codePointToUtf16(8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.utf16ToCodePoint(10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithTheJdkOnEveryOffsetOfRandomMixedText() {
        Random random = new Random(42);
        int[] pool = {'a', ' ', 'ب', 'ُ', 'ـ', '€', 0x1D538, 0x1F600, 0x20000, '٣', '\n'};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        String text = sb.toString();
        OffsetConverter c = OffsetConverter.of(text);
        assertThat(c.utf8Length()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        for (int u = 0; ; u += Character.charCount(text.codePointAt(u))) {
            int cp = text.codePointCount(0, u);
            int bytes = text.substring(0, u).getBytes(StandardCharsets.UTF_8).length;
            assertThat(c.utf16ToCodePoint(u)).isEqualTo(cp);
            assertThat(c.codePointToUtf16(cp)).isEqualTo(u);
            assertThat(c.utf16ToUtf8(u)).isEqualTo(bytes);
            assertThat(c.utf8ToUtf16(bytes)).isEqualTo(u);
            if (u == text.length()) {
                break;
            }
        }
    }

    @Test
    void handlesTheEmptyText() {
        OffsetConverter c = OffsetConverter.of("");
        assertThat(c.utf16ToCodePoint(0)).isZero();
        assertThat(c.codePointToUtf16(0)).isZero();
        assertThat(c.utf16ToUtf8(0)).isZero();
        assertThat(c.utf8ToUtf16(0)).isZero();
    }

    @Test
    void convertsAtTheEndOfALargeText() {
        String text = "سلام 😀 عليكم ".repeat(200_000); // about 2.6 M UTF-16 units
        OffsetConverter c = OffsetConverter.of(text);
        int last = text.length();
        assertThat(c.utf8ToUtf16(c.utf16ToUtf8(last))).isEqualTo(last);
        assertThat(c.codePointToUtf16(c.utf16ToCodePoint(last - 1))).isEqualTo(last - 1);
    }
}
