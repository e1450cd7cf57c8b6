package dev.mizan.io.export;

import dev.mizan.spi.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitSpecTest {
    private static final List<String> IDS = IntStream.range(0, 20).mapToObj(i -> String.format("doc-%02d", i)).toList();

    @Test
    void theSameSeedGivesTheSameSplitWhateverTheOrderOfTheDocuments() {
        List<String> shuffled = new ArrayList<>(IDS);
        Collections.reverse(shuffled);

        Map<String, Split> a = SplitSpec.parse("80/10/10").assign(IDS, 42);
        Map<String, Split> b = SplitSpec.parse("80/10/10").assign(shuffled, 42);

        IDS.forEach(id -> assertThat(b.get(id)).isEqualTo(a.get(id)));
        assertThat(a.values().stream().filter(s -> s == Split.TRAIN).count()).isEqualTo(16);
        assertThat(a.values().stream().filter(s -> s == Split.TEST).count()).isEqualTo(2);
    }

    @Test
    void anotherSeedGivesAnotherSplit() {
        assertThat(SplitSpec.parse("80/10/10").assign(IDS, 1)).isNotEqualTo(SplitSpec.parse("80/10/10").assign(IDS, 2));
    }

    @ParameterizedTest
    @CsvSource({"5, 80/10/10, 4, 1, 0", "10, 80/10/10, 8, 1, 1", "3, 34/33/33, 1, 1, 1", "1, 80/10/10, 1, 0, 0"})
    void cutsByTheLargestRemainder(int n, String spec, int train, int validation, int test) {
        assertThat(SplitSpec.parse(spec).counts(n)).containsExactly(train, validation, test);
    }

    @Test
    void refusesPercentagesThatDoNotAddUpTo100() {
        assertThatThrownBy(() -> SplitSpec.parse("80/10/5")).hasMessageContaining("add up to 100");
        assertThatThrownBy(() -> SplitSpec.parse("80-10-10")).hasMessageContaining("80/10/10");
    }
}
