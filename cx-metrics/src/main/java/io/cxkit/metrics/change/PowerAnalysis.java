package io.cxkit.metrics.change;

import io.cxkit.metrics.stat.Normal;
import java.util.Objects;

/**
 * Sample size, power and minimum detectable difference for NPS, shares (CSAT top-box, CES agree) and means (CES
 * or CSAT averages), by the normal approximation with unpooled variances (Chow, Shao &amp; Wang 2008, Sample Size
 * Calculations in Clinical Research, 2nd ed., §3.2.1 and §4.2.1):
 * <pre>
 *   two-sample: n per group = (z_{1−α/2} + z_{1−β})² (σ₀² + σ₁²) / Δ²
 *   one-sample: n = (z_{1−α/2} + z_{1−β})² σ₁² / Δ²        (against a fixed target)
 * </pre>
 * where σ² is one respondent's variance: for NPS the trinomial p_P + p_D − (p_P − p_D)² (a respondent scores
 * +1, 0 or −1; Rocks 2016, "Confidence intervals for the Net Promoter Score"; MeasuringU's adjusted-Wald NPS
 * uses the same variance), for a share p(1 − p), for a mean the standard deviation squared.
 *
 * <p>NPS needs the passive share as well as the NPS: when it is not known, none is assumed, which gives the
 * largest variance any NPS can have (1 − NPS²), so the n is an upper bound. The difference keeps the passive
 * share and moves promoters and detractors.
 */
public final class PowerAnalysis {
    private PowerAnalysis() {
    }

    /** The metric's distribution, as far as power needs it. */
    public sealed interface Model {
        /**
         * One respondent's variance at {@code level} (the metric's value).
         *
         * @param level the confidence level, in (0, 1)
         * @return one respondent's variance at {@code level} (the metric's value)
         */
        double variance(double level);

        /**
         * The metric's lowest and highest possible values.
         *
         * @return the metric's lowest and highest possible values
         */
        double min();

        /**
         * The metric's highest possible value.
         *
         * @return the metric's highest possible value
         */
        double max();

        /**
         * The name, for output.
         *
         * @return the name, for output
         */
        String name();
    }

    /**
     * NPS on its −1..1 scale with a fixed passive share.
     *
     * @param passives the share of passives in [0, 1); 0 when unknown (the largest variance)
     */
    public record NpsModel(double passives) implements Model {
        /**
         * @param passives the share of passives in [0, 1); 0 when unknown (the largest variance)
         * @throws IllegalArgumentException if passives is outside [0, 1)
         */
        public NpsModel {
            if (!(passives >= 0 && passives < 1)) {
                throw new IllegalArgumentException("passive share must be within [0, 1), was " + passives);
            }
        }

        @Override
        public double variance(double nps) {
            return (1 - passives) - nps * nps;
        }

        @Override
        public double min() {
            return -(1 - passives);
        }

        @Override
        public double max() {
            return 1 - passives;
        }

        @Override
        public String name() {
            return "nps";
        }
    }

    /** A share in [0, 1] such as CSAT top-2-box or CES agreement; {@code name} labels it. */
    public record ShareModel(String name) implements Model {
        /**
         * @param name the name
         * @throws NullPointerException if name is null
         */
        public ShareModel {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public double variance(double p) {
            return p * (1 - p);
        }

        @Override
        public double min() {
            return 0;
        }

        @Override
        public double max() {
            return 1;
        }
    }

    /**
     * A mean answer with a known standard deviation (e.g. CES 1–7 or CSAT 1–5 means).
     *
     * @param sd the respondent-level standard deviation, positive
     * @param low the scale's lowest value
     * @param high the scale's highest value
     */
    public record MeanModel(String name, double sd, double low, double high) implements Model {
        /**
         * @param name the name
         * @param sd the respondent-level standard deviation, positive
         * @param low the scale's lowest value
         * @param high the scale's highest value
         * @throws IllegalArgumentException if sd is not positive or the scale is empty
         */
        public MeanModel {
            if (!(sd > 0) || !(high > low)) {
                throw new IllegalArgumentException("a mean needs a positive sd and a scale, were sd=" + sd + ", scale "
                        + low + ".." + high);
            }
        }

        @Override
        public double variance(double level) {
            return sd * sd;
        }

        @Override
        public double min() {
            return low;
        }

        @Override
        public double max() {
            return high;
        }
    }

    /**
     * A sample-size or detectable-difference answer.
     *
     * @param metric the metric's name
     * @param design {@code two-sample} (n per group) or {@code one-sample}
     * @param baseline the metric's value in the baseline (or the target, one-sample)
     * @param difference the difference to detect, in the metric's unit
     * @param alpha the two-sided significance level
     * @param power the power, 1 − β
     * @param nPerGroup respondents per group (rounded up)
     * @param varianceBaseline one respondent's variance at the baseline
     * @param varianceAlternative one respondent's variance at baseline + difference
     * @param formula the formula and its source
     */
    public record Result(String metric, String design, double baseline, double difference, double alpha, double power,
                         long nPerGroup, double varianceBaseline, double varianceAlternative, String formula) {
    }

    /**
     * Respondents needed to detect {@code difference} from {@code baseline}.
     *
     * @param twoSample true for two independent groups (n per group), false against a fixed target
     * @param model the fitted model
     * @param baseline the metric's value in the baseline (or the target, one-sample)
     * @param difference the difference to detect, in the metric's unit
     * @param alpha the two-sided significance level
     * @param power the power, 1 − β
     * @return the sample size needed and the inputs it was computed from
     * @throws IllegalArgumentException if alpha or power is outside (0, 1), the difference is 0, or baseline +
     *         difference leaves the metric's range
     */
    public static Result sampleSize(Model model, double baseline, double difference, double alpha, double power,
                                    boolean twoSample) {
        check(model, baseline, difference, alpha, power);
        double v0 = model.variance(baseline);
        double v1 = model.variance(baseline + difference);
        double z = Normal.quantile(1 - alpha / 2) + Normal.quantile(power);
        double n = z * z * ((twoSample ? v0 : 0) + v1) / (difference * difference);
        return new Result(model.name(), twoSample ? "two-sample" : "one-sample", baseline, difference, alpha, power,
                (long) Math.ceil(n - 1e-9), v0, v1, formula(twoSample));
    }

    /**
     * The smallest difference (upwards from {@code baseline}, or downwards if none upwards is reachable)
     * detectable with {@code n} respondents per group, at {@code alpha} and {@code power}: the root of
     * n(Δ) = n, found by bisection because the variance moves with Δ.
     *
     * @param model the fitted model
     * @param baseline the metric's value in the baseline (or the target, one-sample)
     * @param n {@code n} in the description above
     * @param alpha the two-sided significance level
     * @param power the power, 1 − β
     * @param twoSample true for two independent groups (n per group), false against a fixed target
     * @return the smallest difference (upwards from {@code baseline}, or downwards if none upwards is reachable)
     *         detectable with {@code n} respondents per group, at {@code alpha} and {@code power}: the root of n(Δ) =
     *         n, found by bisection because the variance moves with Δ
     * @throws IllegalArgumentException if n &lt; 2, or no difference within the metric's range is detectable
     */
    public static Result minimumDetectable(Model model, double baseline, long n, double alpha, double power,
                                           boolean twoSample) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be at least 2, was " + n);
        }
        check(model, baseline, 0, alpha, power);
        double z = Normal.quantile(1 - alpha / 2) + Normal.quantile(power);
        for (int sign : new int[] {1, -1}) {
            double room = sign > 0 ? model.max() - baseline : baseline - model.min();
            double lo = 0;
            double hi = room;
            if (!(hi > 0) || need(model, baseline, sign * hi, z, twoSample) > n) {
                continue;
            }
            for (int it = 0; it < 200; it++) {
                double mid = (lo + hi) / 2;
                if (need(model, baseline, sign * mid, z, twoSample) > n) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double d = sign * hi;
            return new Result(model.name(), twoSample ? "two-sample" : "one-sample", baseline, d, alpha, power, n,
                    model.variance(baseline), model.variance(baseline + d), formula(twoSample));
        }
        throw new IllegalArgumentException("with " + n + " respondents" + (twoSample ? " per group" : "")
                + " no difference within the metric's range is detectable at alpha " + alpha + " and power " + power);
    }

    /**
     * The power to detect {@code difference} with {@code n} per group: Φ(|Δ|√n / √(σ₀² + σ₁²) − z_{1−α/2}).
     *
     * @param model the fitted model
     * @param baseline the metric's value in the baseline (or the target, one-sample)
     * @param difference the difference to detect, in the metric's unit
     * @param n {@code n} in the description above
     * @param alpha the two-sided significance level
     * @param twoSample true for two independent groups (n per group), false against a fixed target
     * @return the power to detect {@code difference} with {@code n} per group: Φ(|Δ|√n / √(σ₀² + σ₁²) − z_{1−α/2})
     */
    public static double power(Model model, double baseline, double difference, long n, double alpha,
                               boolean twoSample) {
        check(model, baseline, difference, alpha, 0.5);
        double v = (twoSample ? model.variance(baseline) : 0) + model.variance(baseline + difference);
        return Normal.cdf(Math.abs(difference) * Math.sqrt(n / v) - Normal.quantile(1 - alpha / 2));
    }

    private static double need(Model model, double baseline, double d, double z, boolean twoSample) {
        double v = (twoSample ? model.variance(baseline) : 0) + model.variance(baseline + d);
        return z * z * v / (d * d);
    }

    private static void check(Model model, double baseline, double difference, double alpha, double power) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be within (0, 1), was " + alpha);
        }
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power must be within (0, 1), was " + power);
        }
        if (!(baseline >= model.min() && baseline <= model.max())) {
            throw new IllegalArgumentException(model.name() + " baseline must be within " + model.min() + ".."
                    + model.max() + ", was " + baseline);
        }
        double alt = baseline + difference;
        if (Double.isNaN(difference) || !(alt >= model.min() && alt <= model.max())) {
            throw new IllegalArgumentException("baseline + difference = " + alt + " leaves the range of "
                    + model.name() + " (" + model.min() + ".." + model.max() + ")");
        }
        if (model.variance(baseline) <= 0 && model.variance(alt) <= 0) {
            throw new IllegalArgumentException(model.name() + " has no variance at " + baseline + " and " + alt);
        }
    }

    private static String formula(boolean twoSample) {
        return twoSample ? "n = (z_{1-a/2} + z_{1-b})^2 (var0 + var1) / d^2 (Chow, Shao & Wang 2008, 4.2.1)"
                : "n = (z_{1-a/2} + z_{1-b})^2 var1 / d^2 (Chow, Shao & Wang 2008, 3.2.1)";
    }
}
