package io.cxkit.metrics.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A history split at a date: calibration summaries plus what each customer actually did in the holdout period.
 *
 * @param unit the period unit of the summaries and of {@link #holdoutLength()}
 * @param calibrationEnd the last calibration day
 * @param holdoutEnd the last holdout day
 * @param rows one row per customer whose first purchase falls in the calibration period
 */
public record CalibrationHoldout(PeriodUnit unit, LocalDate calibrationEnd, LocalDate holdoutEnd, List<Row> rows) {

    /**
     * Copies the rows.
     *
     * @param unit the period unit of the summaries and of {@link #holdoutLength()}
     * @param calibrationEnd the last calibration day
     * @param holdoutEnd the last holdout day
     * @param rows one row per customer whose first purchase falls in the calibration period
     */
    public CalibrationHoldout {
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(calibrationEnd, "calibrationEnd must not be null");
        Objects.requireNonNull(holdoutEnd, "holdoutEnd must not be null");
        rows = List.copyOf(rows);
    }

    /**
     * One customer.
     *
     * @param calibration the calibration summary
     * @param firstPurchase the day of the first purchase
     * @param holdoutTransactions purchase days in the holdout period
     * @param holdoutSpend the total holdout spend
     */
    public record Row(CustomerSummary calibration, LocalDate firstPurchase, long holdoutTransactions,
                      double holdoutSpend) {
        /**
         * Validates the counts.
         *
         * @param calibration the calibration summary
         * @param firstPurchase the day of the first purchase
         * @param holdoutTransactions purchase days in the holdout period
         * @param holdoutSpend the total holdout spend
         */
        public Row {
            Objects.requireNonNull(calibration, "calibration must not be null");
            Objects.requireNonNull(firstPurchase, "firstPurchase must not be null");
            if (holdoutTransactions < 0) {
                throw new IllegalArgumentException("holdoutTransactions must be >= 0, was " + holdoutTransactions);
            }
        }
    }

    /**
     * The holdout period's length in {@link #unit()}.
     *
     * @return the holdout period's length in {@link #unit()}
     */
    public double holdoutLength() {
        return unit.between(calibrationEnd, holdoutEnd);
    }

    /**
     * The calibration summaries, in row order.
     *
     * @return the calibration summaries, in row order
     */
    public List<CustomerSummary> calibration() {
        List<CustomerSummary> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.calibration());
        }
        return out;
    }
}
