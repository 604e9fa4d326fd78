package io.cxkit.metrics.survey;

import io.cxkit.metrics.Interval;
import io.cxkit.metrics.stat.Normal;
import io.cxkit.metrics.stat.TwoSampleResult;

/**
 * The statistics of the Net Promoter Score from category counts (d detractors, o passives, p promoters, which
 * may be fractional: weighted counts scaled to a Kish effective size). NPS = (p − d)/n on [−1, 1].
 *
 * <p>Because promoters and detractors come from one multinomial sample, the variance of one answer is
 * {@code Var = p̂ + d̂ − (p̂ − d̂)²} with shares p̂, d̂, and {@code SE = sqrt(Var/n)} (Rocks 2016, "Interval
 * estimation for the net promoter score", <i>The American Statistician</i> 70(4); the R {@code NPS} package).
 * A two-proportion test that treats p̂ and d̂ as independent is wrong.
 */
public final class NpsStatistics {
    private NpsStatistics() {
    }

    /**
     * The NPS (p − d)/n; NaN when n is 0.
     *
     * @param detractors detractor answers (with weights, their sum)
     * @param passives passive answers (with weights, their sum)
     * @param promoters promoter answers (with weights, their sum)
     * @return the NPS (p − d)/n; NaN when n is 0
     */
    public static double nps(double detractors, double passives, double promoters) {
        double n = detractors + passives + promoters;
        return n == 0 ? Double.NaN : (promoters - detractors) / n;
    }

    /**
     * The variance of one answer, p̂ + d̂ − (p̂ − d̂)²; NaN when n is 0.
     *
     * @param detractors detractor answers (with weights, their sum)
     * @param passives passive answers (with weights, their sum)
     * @param promoters promoter answers (with weights, their sum)
     * @return the variance of one answer, p̂ + d̂ − (p̂ − d̂)²; NaN when n is 0
     */
    public static double variance(double detractors, double passives, double promoters) {
        double n = detractors + passives + promoters;
        if (n == 0) {
            return Double.NaN;
        }
        double p = promoters / n;
        double d = detractors / n;
        return Math.max(0, p + d - (p - d) * (p - d));
    }

    /**
     * The standard error sqrt(Var/n); NaN when n is 0.
     *
     * @param detractors detractor answers (with weights, their sum)
     * @param passives passive answers (with weights, their sum)
     * @param promoters promoter answers (with weights, their sum)
     * @return the standard error sqrt(Var/n); NaN when n is 0
     */
    public static double standardError(double detractors, double passives, double promoters) {
        double n = detractors + passives + promoters;
        return Math.sqrt(variance(detractors, passives, promoters) / n);
    }

    /**
     * The Wald interval NPS ± z·SE, clamped to [−1, 1] (Rocks 2016).
     *
     * @param detractors detractor answers (with weights, their sum)
     * @param passives passive answers (with weights, their sum)
     * @param promoters promoter answers (with weights, their sum)
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the Wald interval NPS ± z·SE, clamped to [−1, 1] (Rocks 2016)
     * @throws IllegalArgumentException if there are no answers or the confidence is not in (0, 1)
     */
    public static Interval wald(double detractors, double passives, double promoters, double confidence) {
        double n = requireAnswers(detractors, passives, promoters);
        double z = Normal.twoSidedCritical(confidence);
        double centre = nps(detractors, passives, promoters);
        double half = z * Math.sqrt(variance(detractors, passives, promoters) / n);
        return clamped(centre - half, centre + half, confidence, NpsInterval.WALD.label());
    }

    /**
     * The adjusted-Wald "(3,T)" interval of Rocks (2016), recommended by MeasuringU (2021): add 3/4 to the
     * detractors, 3/2 to the passives and 3/4 to the promoters (so n becomes n + 3), and take
     * adjNPS ± z·sqrt(Var_adj/(n + 3)), centred on the adjusted NPS and clamped to [−1, 1].
     *
     * @param detractors detractor answers (with weights, their sum)
     * @param passives passive answers (with weights, their sum)
     * @param promoters promoter answers (with weights, their sum)
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the adjusted-Wald "(3,T)" interval of Rocks (2016), recommended by MeasuringU (2021): add 3/4 to the
     *         detractors, 3/2 to the passives and 3/4 to the promoters (so n becomes n + 3), and take adjNPS ±
     *         z·sqrt(Var_adj/(n + 3)), centred on the adjusted NPS and clamped to [−1, 1]
     * @throws IllegalArgumentException if there are no answers or the confidence is not in (0, 1)
     */
    public static Interval adjustedWald(double detractors, double passives, double promoters, double confidence) {
        double n = requireAnswers(detractors, passives, promoters);
        double z = Normal.twoSidedCritical(confidence);
        double centre = adjustedNps(detractors, passives, promoters);
        double half = z * Math.sqrt(adjustedVariance(detractors, passives, promoters) / (n + 3));
        return clamped(centre - half, centre + half, confidence, NpsInterval.ADJUSTED_WALD.label());
    }

    /**
     * The adjusted NPS (p + 3/4 − d − 3/4)/(n + 3) = (p − d)/(n + 3).
     *
     * @param detractors detractor answers (with weights, their sum)
     * @param passives passive answers (with weights, their sum)
     * @param promoters promoter answers (with weights, their sum)
     * @return the adjusted NPS (p + 3/4 − d − 3/4)/(n + 3) = (p − d)/(n + 3)
     */
    public static double adjustedNps(double detractors, double passives, double promoters) {
        return nps(detractors + 0.75, passives + 1.5, promoters + 0.75);
    }

    /**
     * The variance of one answer computed from the adjusted counts.
     *
     * @param detractors detractor answers (with weights, their sum)
     * @param passives passive answers (with weights, their sum)
     * @param promoters promoter answers (with weights, their sum)
     * @return the variance of one answer computed from the adjusted counts
     */
    public static double adjustedVariance(double detractors, double passives, double promoters) {
        return variance(detractors + 0.75, passives + 1.5, promoters + 0.75);
    }

    /**
     * The iterative score interval (Rocks 2016): the set of θ that a score test of H₀: p − d = θ does not
     * reject, {@code (NPS − θ)² ≤ z²·Var(θ)/n}, where Var(θ) = p̃ + d̃ − θ² is evaluated at the multinomial
     * maximum-likelihood shares p̃, d̃ restricted to p̃ − d̃ = θ. Each bound is found by bisection; the interval
     * lies within [−1, 1] by construction, so it is never clamped.
     *
     * @param detractors detractor answers (with weights, their sum)
     * @param passives passive answers (with weights, their sum)
     * @param promoters promoter answers (with weights, their sum)
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the iterative score interval (Rocks 2016): the set of θ that a score test of H₀: p − d = θ does not
     *         reject, {@code (NPS − θ)² ≤ z²·Var(θ)/n}, where Var(θ) = p̃ + d̃ − θ² is evaluated at the multinomial
     *         maximum-likelihood shares p̃, d̃ restricted to p̃ − d̃ = θ
     * @throws IllegalArgumentException if there are no answers or the confidence is not in (0, 1)
     */
    public static Interval score(double detractors, double passives, double promoters, double confidence) {
        double n = requireAnswers(detractors, passives, promoters);
        double z2 = Math.pow(Normal.twoSidedCritical(confidence), 2);
        double est = nps(detractors, passives, promoters);
        double lower = bound(detractors, passives, promoters, n, z2, est, -1);
        double upper = bound(detractors, passives, promoters, n, z2, est, 1);
        return new Interval(lower, upper, confidence, NpsInterval.SCORE.label(), false);
    }

    /** The bound on one side: the θ between est and ±1 where the score statistic reaches z². */
    private static double bound(double d, double o, double p, double n, double z2, double est, int side) {
        double inside = est;
        double outside = side;
        if (!rejects(d, o, p, n, z2, est, outside)) {
            return outside;
        }
        for (int i = 0; i < 100 && Math.abs(outside - inside) > 1e-13; i++) {
            double mid = 0.5 * (inside + outside);
            if (rejects(d, o, p, n, z2, est, mid)) {
                outside = mid;
            } else {
                inside = mid;
            }
        }
        return 0.5 * (inside + outside);
    }

    private static boolean rejects(double d, double o, double p, double n, double z2, double est, double theta) {
        double dt = restrictedDetractorShare(d, o, p, n, theta);
        double pt = dt + theta;
        double var = Math.max(0, pt + dt - theta * theta);
        double diff = est - theta;
        return diff * diff * n > z2 * var;
    }

    /**
     * The restricted MLE of the detractor share given p − d = θ: the root in the feasible range
     * max(0, −θ) ≤ δ ≤ (1 − θ)/2 of the score d/δ + p/(δ + θ) − 2·o/(1 − θ − 2δ), which decreases in δ.
     */
    private static double restrictedDetractorShare(double d, double o, double p, double n, double theta) {
        double lo = Math.max(0, -theta);
        double hi = (1 - theta) / 2;
        if (hi <= lo) {
            return lo;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = 0.5 * (lo + hi);
            double g = (d > 0 ? d / mid : 0) + (p > 0 ? p / (mid + theta) : 0)
                    - (o > 0 ? 2 * o / (1 - theta - 2 * mid) : 0);
            if (Double.isNaN(g) || g > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * The interval of the chosen method.
     *
     * @param method the method
     * @param detractors detractor answers (with weights, their sum)
     * @param passives passive answers (with weights, their sum)
     * @param promoters promoter answers (with weights, their sum)
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the interval of the chosen method
     * @throws IllegalArgumentException if there are no answers or the confidence is not in (0, 1)
     */
    public static Interval interval(NpsInterval method, double detractors, double passives, double promoters,
                                    double confidence) {
        return switch (method) {
            case WALD -> wald(detractors, passives, promoters, confidence);
            case ADJUSTED_WALD -> adjustedWald(detractors, passives, promoters, confidence);
            case SCORE -> score(detractors, passives, promoters, confidence);
        };
    }

    /**
     * Compares two NPS samples as MeasuringU does ("How to Statistically Compare Two Net Promoter Scores"):
     * adjust each as for the adjusted-Wald interval, then
     * {@code z = (adjNPS₂ − adjNPS₁) / sqrt(Var₁,adj/(n₁ + 3) + Var₂,adj/(n₂ + 3))}. The difference reported is
     * the observed NPS₂ − NPS₁ (signed); its interval is adjNPS₂ − adjNPS₁ ± z_crit·SE, clamped to [−2, 2].
     * Counts may be fractional (weighted counts at a Kish effective size).
     *
     * @param d1 the share of detractors in the sample
     * @param o1 the share of passives in the sample
     * @param p1 the share of promoters in the sample
     * @param d2 the share of detractors in the sample
     * @param o2 the share of passives in the sample
     * @param p2 the share of promoters in the sample
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the difference (sample 2 − sample 1), its interval and the test's p-value
     * @throws IllegalArgumentException if a sample is empty or the confidence is not in (0, 1)
     */
    public static TwoSampleResult compare(double d1, double o1, double p1, double d2, double o2, double p2,
                                          double confidence) {
        double n1 = requireAnswers(d1, o1, p1);
        double n2 = requireAnswers(d2, o2, p2);
        double adjDiff = adjustedNps(d2, o2, p2) - adjustedNps(d1, o1, p1);
        double se = Math.sqrt(adjustedVariance(d1, o1, p1) / (n1 + 3) + adjustedVariance(d2, o2, p2) / (n2 + 3));
        double z = se == 0 ? Double.NaN : adjDiff / se;
        double crit = Normal.twoSidedCritical(confidence);
        return new TwoSampleResult(nps(d2, o2, p2) - nps(d1, o1, p1), se, z, Double.POSITIVE_INFINITY,
                Normal.twoSidedP(z), Math.max(-2, adjDiff - crit * se), Math.min(2, adjDiff + crit * se),
                confidence, "adjusted-wald-difference");
    }

    private static double requireAnswers(double d, double o, double p) {
        if (!(d >= 0 && o >= 0 && p >= 0)) {
            throw new IllegalArgumentException("nps counts must be non-negative numbers, were (" + d + ", " + o
                    + ", " + p + ")");
        }
        double n = d + o + p;
        if (n == 0) {
            throw new IllegalArgumentException("an nps interval needs at least one answer, had 0");
        }
        return n;
    }

    private static Interval clamped(double lower, double upper, double confidence, String method) {
        double lo = Math.max(-1, lower);
        double hi = Math.min(1, upper);
        return new Interval(lo, hi, confidence, method, lo != lower || hi != upper);
    }
}
