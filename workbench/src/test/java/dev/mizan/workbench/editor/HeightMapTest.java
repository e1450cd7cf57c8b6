package dev.mizan.workbench.editor;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HeightMapTest {
    @Test
    void topsAndIndexAtAgreeWithPlainSumsAfterUpdates() {
        Random random = new Random(3);
        HeightMap map = new HeightMap(37);
        int[] h = new int[37];
        map.setAll(i -> h[i] = 10 + random.nextInt(40));
        for (int round = 0; round < 50; round++) {
            int i = random.nextInt(37);
            h[i] = 1 + random.nextInt(90);
            map.set(i, h[i]);
        }
        long y = 0;
        for (int i = 0; i < 37; i++) {
            assertThat(map.top(i)).isEqualTo(y);
            assertThat(map.indexAt(y)).isEqualTo(i);
            assertThat(map.indexAt(y + h[i] - 1)).isEqualTo(i);
            y += h[i];
        }
        assertThat(map.total()).isEqualTo(y);
        assertThat(map.indexAt(y + 100)).isEqualTo(36);
        assertThat(map.indexAt(-5)).isZero();
    }

    @Test
    void paragraphsLeaveNewlinesAndCarriageReturnsOut() {
        Paragraphs p = new Paragraphs("ab\r\n\ncd");
        assertThat(p.count()).isEqualTo(3);
        assertThat(p.end(0)).isEqualTo(2);
        assertThat(p.start(1)).isEqualTo(4);
        assertThat(p.end(1)).isEqualTo(4);
        assertThat(p.start(2)).isEqualTo(5);
        assertThat(p.indexOf(3)).isZero();
        assertThat(p.indexOf(4)).isEqualTo(1);
        assertThat(p.indexOf(7)).isEqualTo(2);
    }
}
