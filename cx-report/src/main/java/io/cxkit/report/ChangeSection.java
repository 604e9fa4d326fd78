package io.cxkit.report;

import io.cxkit.metrics.change.InterruptedTimeSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Measured change: change points in NPS per channel (PELT), and, when an intervention date is known, the
 * interrupted time series of CSAT around it with the counterfactual line. A part the input cannot support is
 * absent and its reason is given.
 *
 * @param metric the metric the change points are found in ({@code nps}: per answer +1, 0, −1, shown in points)
 * @param bucket the period ({@code week})
 * @param groupedBy what the series are split by ({@code channel})
 * @param alerts the change points found, largest shift first
 * @param series each group's series with a change point, as charted (the group of each alert, in alert order)
 * @param changePointsReason why there are no alerts (no change found, or too few periods); empty when there are
 * @param its the interrupted time series, when an intervention is known
 * @param itsReason why it is absent; empty when shown
 */
public record ChangeSection(String metric, String bucket, String groupedBy, List<Alert> alerts,
                            List<GroupSeries> series, String changePointsReason, Optional<Its> its,
                            String itsReason) {
    /**
     * Copies the lists.
     *
     * @param metric the metric the change points are found in ({@code nps}: per answer +1, 0, −1, shown in points)
     * @param bucket the period ({@code week})
     * @param groupedBy what the series are split by ({@code channel})
     * @param alerts the change points found, largest shift first
     * @param series each group's series with a change point, as charted (the group of each alert, in alert order)
     * @param changePointsReason why there are no alerts (no change found, or too few periods); empty when there are
     * @param its the interrupted time series, when an intervention is known
     * @param itsReason why it is absent; empty when shown
     */
    public ChangeSection {
        alerts = List.copyOf(alerts);
        series = List.copyOf(series);
        Objects.requireNonNull(changePointsReason, "changePointsReason");
        Objects.requireNonNull(its, "its");
        Objects.requireNonNull(itsReason, "itsReason");
    }

    /**
     * One change point.
     *
     * @param group the group (a channel)
     * @param period the first period of the new level
     * @param around its first day
     * @param before the level before, per-answer mean (NPS: −1..1)
     * @param after the level from the change on
     * @param periods the periods in the group's series
     * @param text the alert in words: "NPS on chat dropped from 32 to 18 around 2025-03-10"
     */
    public record Alert(String group, String period, LocalDate around, double before, double after, int periods,
                        String text) {
    }

    /**
     * A group's series with the segment means PELT chose.
     *
     * @param group the group
     * @param points the periods with answers
     */
    public record GroupSeries(String group, List<Period> points) {
        /**
         * Copies the list.
         *
         * @param group the group
         * @param points the periods with answers
         */
        public GroupSeries {
            points = List.copyOf(points);
        }
    }

    /**
     * One period of a series.
     *
     * @param label the period's label ({@code 2025-W10})
     * @param start its first day
     * @param n answers in it
     * @param mean their per-answer mean
     * @param lower the lower end of the mean's normal-approximation interval, within −1..1 (the mean itself when
     *        n &lt; 2)
     * @param upper the upper end
     * @param level the mean of the segment PELT put the period in
     */
    public record Period(String label, LocalDate start, long n, double mean, double lower, double upper,
                         double level) {
    }

    /**
     * The interrupted time series (segmented regression, Wagner et al. 2002) around an intervention.
     *
     * @param metric the metric ({@code csat}: share satisfied per period)
     * @param group the interactions it was fitted on ({@code region=emea}, or {@code all})
     * @param at the intervention's date
     * @param origin where the date came from: {@code given}, or the sample's known intervention
     * @param terms level and trend before, level change and trend change, with Newey–West intervals
     * @param lags the Newey–West lag
     * @param ljungBoxP the Ljung–Box p-value of the residuals
     * @param periods per period: observed with its interval, fitted, and the counterfactual
     * @param method the method's name
     */
    public record Its(String metric, String group, LocalDate at, String origin, List<InterruptedTimeSeries.Term> terms,
                      int lags, double ljungBoxP, List<ItsPeriod> periods, String method) {
        /**
         * Copies the lists.
         *
         * @param metric the metric ({@code csat}: share satisfied per period)
         * @param group the interactions it was fitted on ({@code region=emea}, or {@code all})
         * @param at the intervention's date
         * @param origin where the date came from: {@code given}, or the sample's known intervention
         * @param terms level and trend before, level change and trend change, with Newey–West intervals
         * @param lags the Newey–West lag
         * @param ljungBoxP the Ljung–Box p-value of the residuals
         * @param periods per period: observed with its interval, fitted, and the counterfactual
         * @param method the method's name
         */
        public Its {
            terms = List.copyOf(terms);
            periods = List.copyOf(periods);
        }
    }

    /**
     * One period of the interrupted time series.
     *
     * @param label the period's label
     * @param n answers
     * @param observed the per-answer mean
     * @param lower its interval's lower end (normal approximation within 0..1; the mean itself when n &lt; 2)
     * @param upper its upper end
     * @param fitted the segmented regression's line
     * @param counterfactual the pre-intervention line carried on (equal to fitted before the intervention)
     * @param after whether the period is at or after the intervention
     */
    public record ItsPeriod(String label, long n, double observed, double lower, double upper, double fitted,
                            double counterfactual, boolean after) {
    }
}
