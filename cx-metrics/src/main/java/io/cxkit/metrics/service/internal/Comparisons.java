package io.cxkit.metrics.service.internal;

import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.stat.Normal;
import io.cxkit.metrics.stat.TwoProportionTest;
import io.cxkit.metrics.stat.TwoSampleResult;
import io.cxkit.metrics.stat.WelchTest;
import java.util.Optional;

/** Two-sample tests of the service and retention metrics, on the shared tests of {@link io.cxkit.metrics.stat}. */
public final class Comparisons {
    private Comparisons() {
    }

    /**
     * The two-proportion z-test of x2/n2 − x1/n1; with an empty group the difference, statistic and p-value are
     * NaN and there is no interval.
     *
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    public static Comparison shares(String metric, Estimate baseline, Estimate current, long x1, long n1, long x2,
                                    long n2, double confidence) {
        Normal.twoSidedCritical(confidence);
        if (n1 == 0 || n2 == 0) {
            return new Comparison(metric, baseline, current, Double.NaN, Optional.empty(), Double.NaN, Double.NaN,
                    TwoProportionTest.METHOD);
        }
        TwoSampleResult r = TwoProportionTest.test(x1, n1, x2, n2, confidence);
        return new Comparison(metric, baseline, current, r.difference(),
                Optional.of(new Interval(r.lower(), r.upper(), confidence, r.method(), false)), r.statistic(),
                r.pValue(), r.method());
    }

    /**
     * Welch's t-test of mean2 − mean1 from each group's mean, sample variance and n; with fewer than 2
     * observations in a group, or no spread, the statistic and p-value are NaN and there is no interval.
     *
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    public static Comparison means(String metric, Estimate baseline, Estimate current, double mean1, double var1,
                                   long n1, double mean2, double var2, long n2, double confidence) {
        Normal.twoSidedCritical(confidence);
        if (n1 < 2 || n2 < 2) {
            return new Comparison(metric, baseline, current, n1 > 0 && n2 > 0 ? mean2 - mean1 : Double.NaN,
                    Optional.empty(), Double.NaN, Double.NaN, WelchTest.METHOD);
        }
        TwoSampleResult r = WelchTest.test(mean1, var1, n1, mean2, var2, n2, confidence);
        Optional<Interval> ci = Double.isNaN(r.statistic()) || Double.isNaN(r.lower()) ? Optional.empty()
                : Optional.of(new Interval(r.lower(), r.upper(), confidence, r.method(), false));
        return new Comparison(metric, baseline, current, r.difference(), ci, r.statistic(), r.pValue(), r.method());
    }
}
