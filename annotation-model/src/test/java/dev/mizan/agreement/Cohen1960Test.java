package dev.mizan.agreement;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Cohen (1960)'s κ on two published tables: Wikipedia's "Cohen's kappa" worked example (50 grant
 * proposals, p_o = 0.7, p_e = 0.5, κ = 0.4) and irrCAC's cont3x3abstractors (κ = 0.7964094).
 */
class Cohen1960Test {
    @Test
    void reproducesWikipediasGrantProposalExample() {
        CodingStudy study = Studies.fromTable(new long[][]{{20, 5}, {10, 15}}, "yes", "no");

        assertThat(CohenKappa.of(study).get()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void reproducesIrrCacsAbstractorsTable() {
        CodingStudy study = Studies.fromTable(Studies.ABSTRACTORS, "Ectopic", "AIU", "NIU");

        assertThat(CohenKappa.of(study).get()).isCloseTo(0.7964094, within(1e-7));
    }

    @Test
    void isUndefinedWhenBothCodersUseOneCategory() {
        CodingStudy study = Studies.fromTable(new long[][]{{7}}, "yes");

        AgreementValue kappa = CohenKappa.of(study);

        assertThat(kappa.isDefined()).isFalse();
        assertThat(kappa.reason()).contains("chance agreement is 1");
    }

    @Test
    void isUndefinedForThreeCoders() {
        CodingStudy study = CodingStudy.of(List.of("a", "b", "c"), List.of(List.of("x", "y", "x")));

        assertThat(CohenKappa.of(study).reason()).contains("exactly two coders");
    }
}
