package dev.mizan.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextBoundariesTest {

    @Test
    void rejectsAnOffsetInsideASurrogatePair() {
        String text = "a😀b";
        assertThat(TextBoundaries.isValidBoundary(text, 1)).isTrue();
        assertThat(TextBoundaries.isValidBoundary(text, 2)).isFalse();
        assertThat(TextBoundaries.isValidBoundary(text, 3)).isTrue();
        assertThat(TextBoundaries.whyInvalid(text, 2)).contains("surrogate pair");
    }

    @Test
    void keepsHarakatWithTheirLetter() {
        String text = "شدّدَ"; // ش د ّ د َ
        assertThat(TextBoundaries.isValidBoundary(text, 2)).isFalse();
        assertThat(TextBoundaries.isValidBoundary(text, 3)).isTrue();
        assertThat(TextBoundaries.isValidBoundary(text, 4)).isFalse();
        assertThat(TextBoundaries.isValidBoundary(text, 5)).isTrue();
        assertThat(TextBoundaries.whyInvalid(text, 4)).contains("combining mark U+064E");
    }

    @Test
    void acceptsBothEndsAndRejectsOffsetsOutsideTheText() {
        assertThat(TextBoundaries.isValidBoundary("ab", 0)).isTrue();
        assertThat(TextBoundaries.isValidBoundary("ab", 2)).isTrue();
        assertThat(TextBoundaries.isValidBoundary("ab", -1)).isFalse();
        assertThat(TextBoundaries.isValidBoundary("ab", 3)).isFalse();
        assertThat(TextBoundaries.whyInvalid("ab", 1)).isNull();
    }

    @Test
    void snapsToTheNearestValidBoundary() {
        String text = "بُ😀";
        assertThat(TextBoundaries.previousValid(text, 1)).isZero();
        assertThat(TextBoundaries.nextValid(text, 1)).isEqualTo(2);
        assertThat(TextBoundaries.nextValid(text, 3)).isEqualTo(4);
    }
}
