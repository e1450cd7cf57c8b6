package dev.mizan.workbench.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchStoreCommandTest {

    @Test
    void printsNameValueLinesForASmallProject() {
        CliRun run = CliRun.of("bench", "store", "--documents", "3", "--annotators", "2", "--spans", "4", "--runs", "1");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("documents: 3\n", "annotation_sets: 6\n", "spans: 24\n");
        assertThat(run.out().lines()).filteredOn(l -> !l.isBlank())
                .allSatisfy(line -> assertThat(line).matches("[a-z_]+: [0-9.]+"))
                .extracting(line -> line.substring(0, line.indexOf(':')))
                .contains("load_cold_ms", "load_ms", "load_min_ms", "load_cpu_ms", "save_ms", "heap_mb");
    }

    @Test
    void refusesSizesBelowOne() {
        CliRun run = CliRun.of("bench", "store", "--documents", "0");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("must be at least 1");
    }
}
