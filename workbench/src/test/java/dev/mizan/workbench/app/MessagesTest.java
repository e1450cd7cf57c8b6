package dev.mizan.workbench.app;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    final Messages english = Messages.of(Locale.ENGLISH);
    final Messages arabic = Messages.of(Locale.forLanguageTag("ar"));

    @Test
    void englishAndArabicHaveTheSameKeys() {
        assertThat(arabic.keys()).containsExactlyInAnyOrderElementsOf(english.keys());
    }

    @Test
    void arabicIsRightToLeftAndTranslated() {
        assertThat(arabic.rightToLeft()).isTrue();
        assertThat(english.rightToLeft()).isFalse();
        assertThat(arabic.get("view.outline")).isEqualTo("المخطط");
    }

    @Test
    void aMissingKeyShowsAsItselfInsteadOfFailing() {
        assertThat(english.get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void englishIsUsedForAnUnknownLanguageEvenOnAnArabicSystem() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar"));
            assertThat(Messages.of(Locale.FRENCH).get("view.outline")).isEqualTo("Outline");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
