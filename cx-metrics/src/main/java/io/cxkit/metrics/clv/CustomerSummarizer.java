package io.cxkit.metrics.clv;

import io.cxkit.core.Interaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns transactions into the per-customer summaries (x, t_x, T, m̄) of Fader, Hardie &amp; Lee (2005), and splits
 * a history into calibration and holdout periods.
 *
 * <p>Rules, as in the CDNOW literature: purchases on the same calendar day are one transaction whose value is
 * their sum (summed exactly, then rounded once to a double, so the order of the purchases does not matter); the first purchase starts the customer's clock and is excluded from x and from m̄; t_x and T are
 * differences of dates in the {@link PeriodUnit}; T runs to the observation end day (a first purchase on
 * 1997-01-01 with observation end 1997-09-30 gives T = 272 / 7 weeks). Transactions after the observation end are
 * ignored, and a customer whose first purchase is after it has no summary.
 */
public final class CustomerSummarizer {
    private final PeriodUnit unit;
    private final LocalDate observationEnd;

    /**
     * @param unit the period unit of t_x and T
     * @param observationEnd the last day of the observation (calibration) period, inclusive
     */
    public CustomerSummarizer(PeriodUnit unit, LocalDate observationEnd) {
        this.unit = Objects.requireNonNull(unit, "unit must not be null");
        this.observationEnd = Objects.requireNonNull(observationEnd, "observationEnd must not be null");
    }

    /**
     * The period unit.
     *
     * @return the period unit
     */
    public PeriodUnit unit() {
        return unit;
    }

    /**
     * The observation end day.
     *
     * @return the observation end day
     */
    public LocalDate observationEnd() {
        return observationEnd;
    }

    /**
     * The transactions among interactions: those with a monetary value (see {@link Transaction#of}).
     *
     * @param interactions the interactions again (a second pass), for the answer metrics
     * @param zone the zone in which calendar periods are cut
     * @return the transactions among interactions: those with a monetary value (see {@link Transaction#of})
     * @throws IllegalArgumentException if the values are in more than one currency
     */
    public static List<Transaction> transactionsOf(Iterable<Interaction> interactions, ZoneId zone) {
        List<Transaction> out = new ArrayList<>();
        Currency seen = null;
        for (Interaction i : interactions) {
            if (i.value().isPresent()) {
                Currency c = i.value().get().currency();
                if (seen == null) {
                    seen = c;
                } else if (!seen.equals(c)) {
                    throw new IllegalArgumentException("interaction values must share one currency for CLV, found "
                            + seen + " and " + c + " (interaction " + i.id() + ")");
                }
                Transaction.of(i, zone).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * One summary per customer with a first purchase on or before the observation end, in first-seen order.
     *
     * @param transactions the transactions, in any order
     * @return one summary per customer with a first purchase on or before the observation end, in first-seen order
     */
    public List<CustomerSummary> summarize(Iterable<Transaction> transactions) {
        List<CustomerSummary> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<LocalDate, Double>> e : byCustomerDay(transactions).entrySet()) {
            summary(e.getKey(), e.getValue(), observationEnd).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Splits at the observation end: calibration summaries, plus each customer's transactions (same-day merged)
     * and spend in the holdout period (observation end, holdoutEnd].
     *
     * @param transactions the transactions, in any order
     * @param holdoutEnd the last holdout day
     * @return the calibration summaries and the holdout transactions
     * @throws IllegalArgumentException if holdoutEnd is not after the observation end
     */
    public CalibrationHoldout split(Iterable<Transaction> transactions, LocalDate holdoutEnd) {
        if (!holdoutEnd.isAfter(observationEnd)) {
            throw new IllegalArgumentException("holdout end must be after the calibration end " + observationEnd
                    + ", was " + holdoutEnd);
        }
        List<CalibrationHoldout.Row> rows = new ArrayList<>();
        for (Map.Entry<String, TreeMap<LocalDate, Double>> e : byCustomerDay(transactions).entrySet()) {
            TreeMap<LocalDate, Double> days = e.getValue();
            var cal = summary(e.getKey(), days, observationEnd);
            if (cal.isEmpty()) {
                continue;
            }
            long hx = 0;
            double spend = 0;
            for (Map.Entry<LocalDate, Double> d : days.subMap(observationEnd, false, holdoutEnd, true).entrySet()) {
                hx++;
                spend += d.getValue();
            }
            rows.add(new CalibrationHoldout.Row(cal.get(), days.firstKey(), hx, spend));
        }
        return new CalibrationHoldout(unit, observationEnd, holdoutEnd, rows);
    }

    /** The summary of one customer's same-day-merged purchases up to {@code end}; empty if the first is later. */
    java.util.Optional<CustomerSummary> summary(String customer, TreeMap<LocalDate, Double> days,
                                                LocalDate end) {
        LocalDate first = days.firstKey();
        if (first.isAfter(end)) {
            return java.util.Optional.empty();
        }
        long x = 0;
        double spend = 0;
        LocalDate last = first;
        for (Map.Entry<LocalDate, Double> d : days.subMap(first, false, end, true).entrySet()) {
            x++;
            spend += d.getValue();
            last = d.getKey();
        }
        return java.util.Optional.of(new CustomerSummary(customer, x, unit.between(first, last),
                unit.between(first, end), x == 0 ? 0 : spend / x));
    }

    private static Map<String, TreeMap<LocalDate, Double>> byCustomerDay(Iterable<Transaction> transactions) {
        Map<String, TreeMap<LocalDate, BigDecimal>> exact = new LinkedHashMap<>();
        for (Transaction t : transactions) {
            exact.computeIfAbsent(t.customer(), k -> new TreeMap<>()).merge(t.date(), new BigDecimal(t.amount()),
                    BigDecimal::add);
        }
        Map<String, TreeMap<LocalDate, Double>> m = new LinkedHashMap<>();
        exact.forEach((c, days) -> m.put(c, rounded(days)));
        return m;
    }

    /**
     * Each day's exact total rounded once to the nearest double. Same-day purchases are summed exactly (a double
     * converts to BigDecimal without error), so a day's total does not depend on the order of its purchases: the
     * summaries of {@link CustomerSummaryState}, whose parts may hold a customer's purchases in any order, equal
     * these to the last bit.
     */
    static TreeMap<LocalDate, Double> rounded(TreeMap<LocalDate, BigDecimal> days) {
        TreeMap<LocalDate, Double> out = new TreeMap<>();
        days.forEach((d, v) -> out.put(d, v.doubleValue()));
        return out;
    }
}
