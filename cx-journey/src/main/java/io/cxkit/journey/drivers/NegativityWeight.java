package io.cxkit.journey.drivers;

import io.cxkit.journey.Journey;
import io.cxkit.journey.scoring.ScoringSettings;
import io.cxkit.metrics.Interval;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The journey experience score's negativity weight λ ({@link ScoringSettings#negativityWeight()}) set from the
 * user's own journeys: λ is the {@link NegativityRatio} estimated on them (how many NPS points one negative moment
 * costs per point one positive moment earns), used only when the estimate can carry it.
 *
 * <p>The estimate is refused, never silently replaced by a default, when: fewer than {@link #MIN_JOURNEYS}
 * journeys have an NPS answer after an interaction; the ratio is not defined (positive moments did not raise
 * the answer); fewer than 10 bootstrap resamples were usable, so there is no interval; or the interval's lower
 * end is at most 1, so the data do not show that bad moments weigh more than good ones (λ must be at least 1,
 * and a λ the data cannot tell from 1 is no finding to score journeys by). The message says which and gives the
 * figures, so the caller can pass a number instead.
 */
public final class NegativityWeight {
    /** The fewest answered journeys the estimate is made from. */
    public static final int MIN_JOURNEYS = 30;

    private NegativityWeight() {
    }

    /**
     * An estimated weight.
     *
     * @param weight λ, at least 1
     * @param interval its bootstrap percentile interval (lower end above 1)
     * @param n answered journeys it was estimated on
     * @param usable bootstrap resamples that gave a ratio
     * @param resamples bootstrap resamples drawn
     * @param estimate the full negativity-ratio estimate behind it
     */
    public record Estimated(double weight, Interval interval, long n, int usable, int resamples,
                            NegativityRatio.Estimate estimate) {
        /**
         * @param weight λ, at least 1
         * @param interval its bootstrap percentile interval (lower end above 1)
         * @param n answered journeys it was estimated on
         * @param usable bootstrap resamples that gave a ratio
         * @param resamples bootstrap resamples drawn
         * @param estimate the full negativity-ratio estimate behind it
         * @throws NullPointerException if a component is null
         */
        public Estimated {
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(estimate, "estimate");
        }

        /**
         * One line for the output: "negativity weight λ 1.62 estimated (95% CI [1.10, 2.40], n 412 journeys)".
         *
         * @return the one-line description
         */
        public String describe() {
            return String.format(Locale.ROOT, "negativity weight λ %.2f estimated from the data's negativity ratio "
                    + "(%.0f%% CI [%.2f, %.2f], n %d journeys, %d of %d resamples)", weight,
                    interval.confidence() * 100, interval.lower(), interval.upper(), n, usable, resamples);
        }
    }

    /**
     * Estimates λ from the journeys.
     *
     * @param journeys the journeys (those with an NPS answer after at least one interaction are used)
     * @param features how moments are read (the scoring settings' valences)
     * @param resamples bootstrap resamples, at least 10
     * @param seed the bootstrap seed
     * @param confidence the interval's two-sided level
     * @return the weight with its interval and n
     * @throws IllegalArgumentException naming the reason and the figures, when the estimate is not usable (see the
     *         class comment)
     */
    public static Estimated estimate(List<Journey> journeys, JourneyFeatures features, int resamples, long seed,
                                     double confidence) {
        if (resamples < 10) {
            throw new IllegalArgumentException("an estimated negativity weight needs at least 10 bootstrap "
                    + "resamples, was " + resamples);
        }
        JourneyFeatureTable t = features.table(journeys);
        if (t.journeys() < MIN_JOURNEYS) {
            throw new IllegalArgumentException("cannot estimate the negativity weight: " + t.journeys()
                    + " journeys have an NPS answer after an interaction, at least " + MIN_JOURNEYS + " are needed; "
                    + "give a number instead (the default is 2)");
        }
        NegativityRatio.Estimate e;
        try {
            e = NegativityRatio.estimate(t, resamples, seed, confidence);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("cannot estimate the negativity weight: " + ex.getMessage()
                    + "; give a number instead (the default is 2)");
        }
        if (!e.defined()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "cannot estimate the negativity weight: "
                    + "positive moments did not raise the NPS answer (slope %.3f points, n %d journeys), so no "
                    + "ratio is defined; give a number instead (the default is 2)", e.betaPositive(), e.n()));
        }
        if (e.interval().isEmpty()) {
            throw new IllegalArgumentException("cannot estimate the negativity weight: only " + e.usable() + " of "
                    + e.resamples() + " bootstrap resamples gave a ratio, too few for an interval (n " + e.n()
                    + " journeys); give a number instead (the default is 2)");
        }
        Interval iv = e.interval().get();
        if (!(iv.lower() > 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "cannot use the estimated negativity "
                    + "weight: the ratio is %.2f with a %.0f%% interval [%.2f, %.2f] (n %d journeys), which includes "
                    + "values of 1 or less, so the data do not show that a bad moment weighs more than a good one; "
                    + "give a number instead (the default is 2)", e.ratio(), iv.confidence() * 100, iv.lower(),
                    iv.upper(), e.n()));
        }
        return new Estimated(e.ratio(), iv, e.n(), e.usable(), e.resamples(), e);
    }
}
