package io.cxkit.journey.drivers;

import io.cxkit.metrics.Interval;
import io.cxkit.metrics.drivers.CorrelationAccumulator;
import io.cxkit.metrics.drivers.KeyDriverAnalysis;
import io.cxkit.metrics.drivers.KeyDriverResult;
import io.cxkit.metrics.drivers.MissingAnswers;
import io.cxkit.metrics.service.QuantileEstimator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * "Bad is stronger than good" (Baumeister, Bratslavsky, Finkenauer &amp; Vohs 2001, Review of General Psychology
 * 5(4)) measured on the user's own journeys: the NPS answer (0–10) regressed by least squares on the numbers of
 * negative and positive moments before it, controlling for the journey's length; the negativity ratio is
 * |β_negative| / β_positive, how many positive moments make up for one negative one, with a seeded percentile
 * bootstrap interval over journeys.
 *
 * <p>The often-repeated "it takes 12 positive experiences to make up for one negative" has no primary study
 * behind it; this estimate is the user's own. The journey score's negativity weight λ may be set from it.
 */
public final class NegativityRatio {
    /** The note shown with the estimate. */
    public static final String CLAIM_NOTE = "the often-quoted 12:1 ratio has no primary source; this is your "
            + "data's own estimate";

    private NegativityRatio() {
    }

    /**
     * The estimate.
     *
     * @param ratio |β_negative| / β_positive; NaN-free: {@link #defined} says whether it could be formed
     * @param defined false when β_positive ≤ 0 (positive moments did not raise the score), in which case the
     *        ratio is reported as 0 and the interval is absent
     * @param betaNegative NPS points (0–10 scale) per negative moment
     * @param betaPositive NPS points per positive moment
     * @param betaLength NPS points per interaction of journey length
     * @param n journeys
     * @param interval the bootstrap percentile interval of the ratio, over the usable resamples
     * @param resamples resamples asked for
     * @param usable resamples in which β_positive &gt; 0
     * @param note {@link #CLAIM_NOTE}
     */
    public record Estimate(double ratio, boolean defined, double betaNegative, double betaPositive,
                           double betaLength, long n, Optional<Interval> interval, int resamples, int usable,
                           String note) {
    }

    /**
     * Estimates the ratio.
     *
     * @param t the journey features and NPS answers, from {@link JourneyFeatures#table}
     * @param resamples bootstrap resamples of journeys; 0 for no interval
     * @param seed the seed; resample k is drawn from a stream derived from (seed, k)
     * @param confidence the interval's two-sided level, in (0, 1)
     * @return the ratio with its slopes, and its percentile interval when the ratio is defined and at least 10
     *         resamples are usable
     * @throws IllegalArgumentException if the journeys have no variation in negative or positive moments or in
     *         length, or are too few
     */
    public static Estimate estimate(JourneyFeatureTable t, int resamples, long seed, double confidence) {
        int n = t.journeys();
        double[][] cols = {t.score(), t.negativeMoments(), t.positiveMoments(), t.length()};
        double[] b = slopes(cols, IntStream.range(0, n).toArray());
        if (b == null) {
            String why;
            try {
                CorrelationAccumulator acc = CorrelationAccumulator.create(4, MissingAnswers.COMPLETE_CASES);
                acc.addColumns(cols, new int[0], n);
                KeyDriverAnalysis.fit("nps", List.of("negative_moments", "positive_moments", "length"), acc);
                why = "";
            } catch (IllegalArgumentException e) {
                why = ": " + e.getMessage();
            }
            throw new IllegalArgumentException("the negativity ratio needs answered journeys that differ in their "
                    + "negative moments, positive moments and length (" + n + " journeys)" + why);
        }
        boolean defined = b[1] > 0;
        double ratio = defined ? Math.abs(b[0]) / b[1] : 0;
        Optional<Interval> iv = Optional.empty();
        int usable = 0;
        if (resamples > 0 && defined) {
            double[] r = new double[resamples];
            IntStream.range(0, resamples).parallel().forEach(k -> {
                SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + k * 0xBF58476D1CE4E5B9L);
                int[] rows = new int[n];
                for (int i = 0; i < n; i++) {
                    rows[i] = rnd.nextInt(n);
                }
                double[] s = slopes(cols, rows);
                r[k] = s != null && s[1] > 0 ? Math.abs(s[0]) / s[1] : Double.NaN;
            });
            double[] ok = Arrays.stream(r).filter(Double::isFinite).sorted().toArray();
            usable = ok.length;
            if (usable >= 10) {
                double a = (1 - confidence) / 2;
                // Percentile interval by the library's one sample-quantile definition (Hyndman & Fan type 7).
                QuantileEstimator q = QuantileEstimator.TYPE_7;
                iv = Optional.of(new Interval(q.quantileOfSorted(ok, a), q.quantileOfSorted(ok, 1 - a), confidence,
                        "bootstrap-percentile", false));
            }
        }
        return new Estimate(ratio, defined, b[0], b[1], b[2], n, iv, resamples, usable, CLAIM_NOTE);
    }

    /** Raw OLS slopes of column 0 on columns 1..3 over the given rows, or null if not estimable. */
    private static double[] slopes(double[][] cols, int[] rows) {
        CorrelationAccumulator acc = CorrelationAccumulator.create(4, MissingAnswers.COMPLETE_CASES);
        acc.addColumns(cols, rows, rows.length);
        try {
            KeyDriverResult r = KeyDriverAnalysis.fit("nps", List.of("negative", "positive", "length"), acc);
            double sy = Math.sqrt(acc.variance(0));
            double[] out = new double[3];
            for (int j = 0; j < 3; j++) {
                out[j] = r.drivers().get(j).beta() * sy / Math.sqrt(acc.variance(j + 1));
            }
            return out;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
