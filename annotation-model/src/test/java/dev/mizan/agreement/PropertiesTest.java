package dev.mizan.agreement;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties every measure must have, on random studies. */
class PropertiesTest {
    private static List<List<Object>> randomUnits(Random random, int coders, boolean perfect) {
        int units = 2 + random.nextInt(20);
        int k = 2 + random.nextInt(4);
        List<List<Object>> rows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            List<Object> row = new ArrayList<>();
            int shared = 1 + random.nextInt(k);
            for (int c = 0; c < coders; c++) {
                Integer value = random.nextInt(5) == 0 ? null : Integer.valueOf(1 + random.nextInt(k));
                row.add(perfect ? Integer.valueOf(shared) : value);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> coders(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("c" + i);
        }
        return names;
    }

    @RepeatedTest(100)
    void perfectAgreementGivesOneWhereDefined(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        int coders = 2 + (info.getCurrentRepetition() % 2 == 0 ? 0 : random.nextInt(3));
        CodingStudy study = CodingStudy.of(coders(coders), randomUnits(random, coders, true));

        for (Function<CodingStudy, AgreementValue> measure : CrossCheckTest.allMeasures()) {
            AgreementValue v = measure.apply(study);
            if (v.isDefined()) {
                assertThat(v.get()).isCloseTo(1.0, within(1e-12));
            } else {
                assertThat(v.reason()).isNotBlank();
            }
        }
    }

    @RepeatedTest(100)
    void swappingCodersChangesNothing(RepetitionInfo info) {
        Random random = new Random(500 + info.getCurrentRepetition());
        int coders = 2 + random.nextInt(3);
        List<List<Object>> rows = randomUnits(random, coders, false);
        List<List<Object>> reversed = rows.stream().map(r -> {
            List<Object> copy = new ArrayList<>(r);
            Collections.reverse(copy);
            return copy;
        }).toList();
        CodingStudy a = CodingStudy.of(coders(coders), rows);
        CodingStudy b = CodingStudy.of(coders(coders), reversed);

        for (Function<CodingStudy, AgreementValue> measure : CrossCheckTest.allMeasures()) {
            assertSame(measure.apply(a), measure.apply(b));
        }
    }

    @RepeatedTest(100)
    void permutingUnitsChangesNothing(RepetitionInfo info) {
        Random random = new Random(900 + info.getCurrentRepetition());
        int coders = 2 + random.nextInt(3);
        List<List<Object>> rows = randomUnits(random, coders, false);
        List<List<Object>> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, random);

        for (Function<CodingStudy, AgreementValue> measure : CrossCheckTest.allMeasures()) {
            assertSame(measure.apply(CodingStudy.of(coders(coders), rows)),
                    measure.apply(CodingStudy.of(coders(coders), shuffled)));
        }
    }

    private static void assertSame(AgreementValue x, AgreementValue y) {
        assertThat(x.isDefined()).isEqualTo(y.isDefined());
        if (x.isDefined()) {
            assertThat(x.get()).isCloseTo(y.get(), within(1e-12));
        }
    }
}
