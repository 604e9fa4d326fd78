package io.cxkit.metrics.clv;

import java.util.Objects;

/**
 * One customer's purchase history in the calibration period, as the "buy till you die" models take it
 * (Fader, Hardie &amp; Lee 2005): all times are in the summary's {@link PeriodUnit} from the customer's first
 * purchase.
 *
 * @param customer the customer key
 * @param frequency x, the number of repeat transactions (days with purchases after the first), ≥ 0
 * @param recency t_x, the time of the last purchase, 0 when x = 0, within (0, T] when x &gt; 0
 * @param age T, the time from the first purchase to the end of observation, ≥ 0
 * @param monetary m̄, the mean value of the repeat transactions (0 when x = 0; the first purchase is excluded)
 */
public record CustomerSummary(String customer, long frequency, double recency, double age, double monetary) {

    /**
     * @param customer the customer key
     * @param frequency x, the number of repeat transactions (days with purchases after the first), ≥ 0
     * @param recency t_x, the time of the last purchase, 0 when x = 0, within (0, T] when x &gt; 0
     * @param age T, the time from the first purchase to the end of observation, ≥ 0
     * @param monetary m̄, the mean value of the repeat transactions (0 when x = 0; the first purchase is excluded)
     * @throws IllegalArgumentException if x &lt; 0, t_x or T is negative or not finite, t_x &gt; T, x = 0
     *         with t_x ≠ 0, or x &gt; 0 with t_x = 0 (a repeat transaction comes after the first purchase); the
     *         message names the customer and the field
     */
    public CustomerSummary {
        Objects.requireNonNull(customer, "customer must not be null");
        SummaryTable.checkSummary(customer, frequency, recency, age);
        if (!Double.isFinite(monetary)) {
            throw new IllegalArgumentException("monetary of customer " + customer + " must be finite, was "
                    + monetary);
        }
    }
}
