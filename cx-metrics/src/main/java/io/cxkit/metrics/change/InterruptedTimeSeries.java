package io.cxkit.metrics.change;

import io.cxkit.metrics.Interval;
import io.cxkit.metrics.change.internal.Ols;
import io.cxkit.metrics.drivers.internal.Matrices;
import io.cxkit.metrics.stat.ChiSquared;
import io.cxkit.metrics.stat.StudentT;
import java.util.ArrayList;
import java.util.List;

/**
 * Interrupted time series by segmented regression (Wagner, Soumerai, Zhang &amp; Ross-Degnan 2002, "Segmented
 * regression analysis of interrupted time series studies in medication use research", J Clin Pharm Ther 27):
 * <pre>
 *   y_t = b₀ + b₁ t + b₂ after_t + b₃ (t − t₀) after_t [+ season dummies] + e_t
 * </pre>
 * for periods t = 0..T−1 with the intervention at period t₀: b₂ is the level change, b₃ the slope change.
 * Standard errors are Newey–West (1987) HAC with Bartlett weights and lag L = ⌊4 (T/100)^{2/9}⌋ (Newey &amp; West
 * 1994's rule) unless given, unscaled as statsmodels computes them; tests use t with T − k degrees of freedom.
 * The residuals' autocorrelation is tested with Ljung &amp; Box's (1978) Q at lag min(10, ⌊T/5⌋).
 * The counterfactual is b₀ + b₁ t (+ season) after t₀: the series had nothing changed.
 */
public final class InterruptedTimeSeries {
    private InterruptedTimeSeries() {
    }

    /**
     * Settings.
     *
     * @param seasonLength 0 for no seasonality, else the number of periods in a season cycle (12 for months,
     *        52 for weeks, 7 for days); adds seasonLength − 1 dummies, each season seen at least twice required
     * @param lags the Newey–West lag, or −1 for the Newey–West (1994) rule
     * @param confidence the two-sided level
     */
    public record Settings(int seasonLength, int lags, double confidence) {
        /**
         * @param seasonLength 0 for no seasonality, else the number of periods in a season cycle (12 for months, 52 for
         *        weeks, 7 for days); adds seasonLength − 1 dummies, each season seen at least twice required
         * @param lags the Newey–West lag, or −1 for the Newey–West (1994) rule
         * @param confidence the two-sided level
         * @throws IllegalArgumentException if a value is out of range
         */
        public Settings {
            if (seasonLength < 0 || seasonLength == 1) {
                throw new IllegalArgumentException("season length must be 0 or at least 2, was " + seasonLength);
            }
            if (lags < -1) {
                throw new IllegalArgumentException("lags must be -1 (automatic) or at least 0, was " + lags);
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
            }
        }
    }

    /**
     * One estimated term.
     *
     * @param name {@code level_before}, {@code trend_before}, {@code level_change} or {@code trend_change}
     * @param estimate in the metric's unit (per period for trends)
     * @param stdError the HAC standard error
     * @param pValue two-sided, t with T − k df
     * @param interval t interval
     */
    public record Term(String name, double estimate, double stdError, double pValue, Interval interval) {
    }

    /**
     * The fit.
     *
     * @param periods T
     * @param interventionPeriod t₀
     * @param terms level before, trend before, level change, trend change
     * @param lags the Newey–West lag used
     * @param ljungBoxQ the Ljung–Box statistic of the residuals
     * @param ljungBoxLag its lag
     * @param ljungBoxP its p-value (χ² with lag df); small means autocorrelated residuals
     * @param fitted the fitted line, one per period
     * @param counterfactual the line without the intervention, one per period (equal to fitted before t₀)
     * @param method the method's name
     */
    public record Result(int periods, int interventionPeriod, List<Term> terms, int lags, double ljungBoxQ,
                         int ljungBoxLag, double ljungBoxP, List<Double> fitted, List<Double> counterfactual,
                         String method) {
        /**
         * Copies the lists.
         *
         * @param periods T
         * @param interventionPeriod t₀
         * @param terms level before, trend before, level change, trend change
         * @param lags the Newey–West lag, or −1 for the Newey–West (1994) rule
         * @param ljungBoxQ the Ljung–Box statistic of the residuals
         * @param ljungBoxLag its lag
         * @param ljungBoxP its p-value (χ² with lag df); small means autocorrelated residuals
         * @param fitted the fitted line, one per period
         * @param counterfactual the line without the intervention, one per period (equal to fitted before t₀)
         * @param method the method's name
         */
        public Result {
            terms = List.copyOf(terms);
            fitted = List.copyOf(fitted);
            counterfactual = List.copyOf(counterfactual);
        }
    }

    /**
     * Fits the model to a series of equally spaced period values.
     *
     * @param series the metric per period, in time order, finite
     * @param interventionPeriod the index of the first period after the change
     * @param settings the settings
     * @return the fitted model: level and trend changes with their intervals
     * @throws IllegalArgumentException if the series is too short (fewer than 3 periods on each side, or fewer
     *         than k + 3 periods in all), has a non-finite value, or the design is singular (e.g. constant)
     */
    public static Result fit(double[] series, int interventionPeriod, Settings settings) {
        int t = series.length;
        for (int i = 0; i < t; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException("period " + i + " has no value (" + series[i] + "): fill or drop "
                        + "empty periods first");
            }
        }
        if (interventionPeriod < 3 || t - interventionPeriod < 3) {
            throw new IllegalArgumentException("the series has " + interventionPeriod + " period(s) before and "
                    + Math.max(0, t - interventionPeriod) + " after the change: segmented regression needs at least 3"
                    + " on each side (Wagner et al. 2002 recommend 12)");
        }
        int s = settings.seasonLength();
        int k = 4 + (s > 0 ? s - 1 : 0);
        if (s > 0 && t < 2 * s) {
            throw new IllegalArgumentException("seasonality of " + s + " periods needs at least " + 2 * s
                    + " periods, the series has " + t);
        }
        if (t < k + 3) {
            throw new IllegalArgumentException("the series has " + t + " periods for " + k + " coefficients: needs at "
                    + "least " + (k + 3));
        }
        double[][] x = new double[t][];
        double[][] cf = new double[t][];
        for (int i = 0; i < t; i++) {
            x[i] = row(i, interventionPeriod, s, k, true);
            cf[i] = row(i, interventionPeriod, s, k, false);
        }
        Ols ols;
        try {
            ols = Ols.fit(x, series);
        } catch (Matrices.SingularMatrixException e) {
            throw new IllegalArgumentException("the segmented regression's design is singular at column " + e.column
                    + ": the series is too short for its model");
        }
        int lags = settings.lags() >= 0 ? settings.lags() : (int) Math.floor(4 * Math.pow(t / 100.0, 2.0 / 9));
        double[] v = ols.neweyWest(lags);
        double df = t - k;
        double crit = StudentT.twoSidedCritical(settings.confidence(), df);
        String[] names = {"level_before", "trend_before", "level_change", "trend_change"};
        List<Term> terms = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            double se = Math.sqrt(Math.max(0, v[j * k + j]));
            double b = ols.beta[j];
            double p = se > 0 ? StudentT.twoSidedP(b / se, df) : (b == 0 ? 1 : 0);
            terms.add(new Term(names[j], b, se, p, new Interval(b - crit * se, b + crit * se, settings.confidence(),
                    "t-newey-west", false)));
        }
        List<Double> fitted = new ArrayList<>(t);
        List<Double> counter = new ArrayList<>(t);
        for (int i = 0; i < t; i++) {
            fitted.add(ols.predict(x[i]));
            counter.add(ols.predict(cf[i]));
        }
        int lbLag = Math.max(1, Math.min(10, t / 5));
        double q = ljungBox(ols.residuals, lbLag);
        return new Result(t, interventionPeriod, terms, lags, q, lbLag, ChiSquared.upperTail(q, lbLag), fitted, counter,
                "segmented regression (Wagner et al. 2002), Newey-West HAC lag " + lags
                        + (s > 0 ? ", " + (s - 1) + " season dummies" : ""));
    }

    private static double[] row(int i, int t0, int s, int k, boolean withChange) {
        double[] r = new double[k];
        r[0] = 1;
        r[1] = i;
        if (withChange && i >= t0) {
            r[2] = 1;
            r[3] = i - t0;
        }
        if (s > 0) {
            int season = i % s;
            if (season > 0) {
                r[3 + season] = 1;
            }
        }
        return r;
    }

    /** Ljung–Box Q = T(T+2) Σ_{l=1..L} ρ_l² / (T − l). */
    static double ljungBox(double[] e, int lags) {
        int t = e.length;
        double mean = 0;
        for (double v : e) {
            mean += v;
        }
        mean /= t;
        double c0 = 0;
        for (double v : e) {
            c0 += (v - mean) * (v - mean);
        }
        if (c0 <= 0) {
            return 0;
        }
        double q = 0;
        for (int l = 1; l <= lags; l++) {
            double c = 0;
            for (int i = l; i < t; i++) {
                c += (e[i] - mean) * (e[i - l] - mean);
            }
            double rho = c / c0;
            q += rho * rho / (t - l);
        }
        return t * (t + 2.0) * q;
    }
}
