package io.cxkit.metrics.clv;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks of a fitted transaction model against what customers did, as data (Fader, Hardie &amp; Lee 2005, figs. 2
 * and 4): holdout transactions per calibration-frequency group, and cumulative repeat transactions per period.
 */
public final class ModelChecks {
    private ModelChecks() {
    }

    /**
     * One calibration-frequency group.
     *
     * @param group the group label: {@code "3"}, or {@code "7+"} for the last, open group
     * @param frequency the group's (lowest) calibration x
     * @param customers the customers in it
     * @param actualHoldoutMean their mean holdout transactions
     * @param expectedHoldoutMean the model's mean E[Y(holdout length) | x, t_x, T]
     */
    public record FrequencyGroup(String group, long frequency, long customers, double actualHoldoutMean,
                                 double expectedHoldoutMean) {
    }

    /**
     * Mean actual vs expected holdout transactions for customers grouped by calibration x = 0, 1, ...,
     * maxFrequency − 1 and maxFrequency+ (groups without customers are left out).
     *
     * @param model the fitted model
     * @param data the data
     * @param maxFrequency the max frequency
     * @return mean actual vs expected holdout transactions for customers grouped by calibration x = 0, 1, ...,
     *         maxFrequency − 1 and maxFrequency+ (groups without customers are left out)
     * @throws IllegalArgumentException if maxFrequency &lt; 1
     */
    public static List<FrequencyGroup> frequencyGroups(TransactionModel model, CalibrationHoldout data,
                                                       int maxFrequency) {
        if (maxFrequency < 1) {
            throw new IllegalArgumentException("maxFrequency must be >= 1, was " + maxFrequency);
        }
        long[] n = new long[maxFrequency + 1];
        double[] actual = new double[maxFrequency + 1];
        double[] expected = new double[maxFrequency + 1];
        double h = data.holdoutLength();
        for (CalibrationHoldout.Row r : data.rows()) {
            CustomerSummary s = r.calibration();
            int g = (int) Math.min(maxFrequency, s.frequency());
            n[g]++;
            actual[g] += r.holdoutTransactions();
            expected[g] += model.conditionalExpectedTransactions(h, s.frequency(), s.recency(), s.age());
        }
        List<FrequencyGroup> out = new ArrayList<>();
        for (int g = 0; g <= maxFrequency; g++) {
            if (n[g] > 0) {
                out.add(new FrequencyGroup(g == maxFrequency ? g + "+" : Integer.toString(g), g, n[g],
                        actual[g] / n[g], expected[g] / n[g]));
            }
        }
        return out;
    }

    /**
     * One period of the tracking data.
     *
     * @param period 1, 2, ...: the period ending {@code period} units after the first purchase day of the cohort
     * @param actualCumulative repeat transactions (purchase days after each customer's first) made by then
     * @param expectedCumulative Σ over customers of E[X(end − first purchase)]
     */
    public record TrackingPoint(int period, double actualCumulative, double expectedCumulative) {
    }

    /**
     * Cumulative actual vs expected repeat transactions per period, from the cohort's first purchase day to
     * {@code end}, for the customers whose first purchase is on or before {@code calibrationEnd}. Times are in
     * the unit the model was fitted in; a period's end is start + k·unit (days rounded down).
     *
     * @param model the fitted model
     * @param transactions the transactions, in any order
     * @param unit the period unit of the horizon and of the discount rate
     * @param calibrationEnd the last calibration day
     * @param end {@code end} in the description above
     * @return cumulative actual vs expected repeat transactions per period, from the cohort's first purchase day to
     *         {@code end}, for the customers whose first purchase is on or before {@code calibrationEnd}
     * @throws IllegalArgumentException if {@code end} is before {@code calibrationEnd}
     */
    public static List<TrackingPoint> tracking(TransactionModel model, Iterable<Transaction> transactions,
                                               PeriodUnit unit, LocalDate calibrationEnd, LocalDate end) {
        if (end.isBefore(calibrationEnd)) {
            throw new IllegalArgumentException("tracking end must not be before the calibration end " + calibrationEnd
                    + ", was " + end);
        }
        Map<String, TreeSet<LocalDate>> days = new LinkedHashMap<>();
        for (Transaction t : transactions) {
            days.computeIfAbsent(t.customer(), k -> new TreeSet<>()).add(t.date());
        }
        LocalDate start = null;
        TreeMap<LocalDate, Integer> cohortByFirst = new TreeMap<>();
        for (TreeSet<LocalDate> d : days.values()) {
            if (!d.first().isAfter(calibrationEnd)) {
                cohortByFirst.merge(d.first(), 1, Integer::sum);
                start = start == null || d.first().isBefore(start) ? d.first() : start;
            }
        }
        if (start == null) {
            return List.of();
        }
        int periods = (int) Math.ceil((ChronoUnit.DAYS.between(start, end) + 1) / unit.days());
        double[] actual = new double[periods + 1];
        for (TreeSet<LocalDate> d : days.values()) {
            if (d.first().isAfter(calibrationEnd)) {
                continue;
            }
            for (LocalDate day : d.tailSet(d.first(), false)) {
                if (day.isAfter(end)) {
                    break;
                }
                // A purchase on day index j falls in the period k with (k−1)·unit ≤ j < k·unit.
                int k = (int) Math.floor(ChronoUnit.DAYS.between(start, day) / unit.days()) + 1;
                if (k <= periods) {
                    actual[k]++;
                }
            }
        }
        List<TrackingPoint> out = new ArrayList<>(periods);
        double cumulative = 0;
        for (int k = 1; k <= periods; k++) {
            cumulative += actual[k];
            double expected = 0;
            for (Map.Entry<LocalDate, Integer> e : cohortByFirst.entrySet()) {
                double t = k - unit.between(start, e.getKey());
                if (t > 0) {
                    expected += e.getValue() * model.expectedTransactions(t);
                }
            }
            out.add(new TrackingPoint(k, cumulative, expected));
        }
        return out;
    }
}
