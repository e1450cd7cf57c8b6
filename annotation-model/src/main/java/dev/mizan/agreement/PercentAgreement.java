package dev.mizan.agreement;

import dev.mizan.spi.AgreementMeasure;

/**
 * Percent (observed) agreement: for each unit with two or more values, the share of pairs of values
 * that agree, averaged over those units. With two coders this is the share of units they coded alike.
 * Not chance-corrected; report it next to a chance-corrected coefficient, never alone.
 */
public final class PercentAgreement implements AgreementMeasure {
    @Override
    public String id() {
        return "percent";
    }

    @Override
    public String displayName() {
        return "Percent agreement";
    }

    @Override
    public AgreementValue compute(CodingStudy study, MeasureOptions options) {
        return of(study);
    }

    public static AgreementValue of(CodingStudy study) {
        int[][] counts = study.unitCategoryCounts();
        double sum = 0;
        int pairable = 0;
        for (int[] unit : counts) {
            long m = 0;
            long agreeing = 0;
            for (int n : unit) {
                m += n;
                agreeing += (long) n * (n - 1);
            }
            if (m >= 2) {
                sum += (double) agreeing / (m * (m - 1));
                pairable++;
            }
        }
        if (pairable == 0) {
            return AgreementValue.undefined("no unit has values from two or more coders");
        }
        return AgreementValue.of(sum / pairable);
    }
}
