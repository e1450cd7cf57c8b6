package dev.mizan.workbench.agreement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatTest {
    @ParameterizedTest
    @CsvSource({"report.html,HTML", "REPORT.HTM,HTML", "a.csv,CSV", "agreement.JSON,JSON"})
    void fileNameExtensionChoosesTheFormat(String name, ReportFormat expected) {
        assertThat(ReportFormat.ofFileName(name)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"report", "report.txt", "html"})
    void unknownExtensionChoosesNone(String name) {
        assertThat(ReportFormat.ofFileName(name)).isEmpty();
    }
}
