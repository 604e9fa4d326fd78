package io.cxkit.metrics.retention;

import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.ComparableMetric;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.service.internal.Comparisons;
import io.cxkit.metrics.service.internal.EventLog;
import io.cxkit.metrics.service.internal.Intervals;
import io.cxkit.metrics.survey.ProportionInterval;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Month-over-month customer churn on interaction data (the {@code churn} metric).
 *
 * <p><b>Definition.</b> A customer is active in a calendar month (cut in the zone) if they have any interaction
 * in it. The period is a month M (set, or by default the latest month with any interaction). Customers at the
 * start are those active in M−1 who did not end an interaction in M−1 with a churn outcome (by default
 * {@code cancelled} or {@code churned}: they had already left). A customer at the start is lost if they are
 * not active in M, or end an interaction in M with a churn outcome. Customers at the end are those active in
 * M without a churn outcome in it; new customers are those at the end who were not at the start. Then
 * churn = lost / start and retention = (end − new) / start, as {@link PeriodRates} defines them.
 *
 * <p><b>Result.</b> The value is the churn rate in [0, 1], n the customers at the start, with an
 * Agresti–Coull interval (or Wilson or Wald); details hold {@code period} (yyyymm, e.g. 202601), {@code customers_at_start},
 * {@code customers_at_end}, {@code new_customers}, {@code customers_lost} and {@code retention_rate}. With no
 * customer at the start the value is NaN and n is 0.
 *
 * <p><b>Memory.</b> One 12-byte entry per customer and month of activity (plus the customer ids): which months
 * matter is known only when the latest month is.
 */
public final class ChurnRate implements ComparableMetric<ChurnRate.State> {
    /** The metric's name on the command line and in JSON. */
    public static final String NAME = "churn";
    /** The default churn outcomes. */
    public static final Set<Outcome> DEFAULT_CHURN_OUTCOMES = Set.of(Outcome.of("cancelled"),
            Outcome.of("churned"));

    private final ZoneId zone;
    private final Optional<YearMonth> period;
    private final Set<Outcome> churnOutcomes;
    private final double confidence;
    private final ProportionInterval interval;
    private final Codec codec = new Codec();

    private ChurnRate(ZoneId zone, Optional<YearMonth> period, Set<Outcome> churnOutcomes, double confidence,
                      ProportionInterval interval) {
        this.interval = Objects.requireNonNull(interval, "interval");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.period = Objects.requireNonNull(period, "period");
        this.churnOutcomes = Set.copyOf(churnOutcomes);
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        this.confidence = confidence;
    }

    /**
     * Churn in {@code period} (or, if empty, the latest month with data), months cut in {@code zone}, with an
     * Agresti–Coull interval.
     *
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    public static ChurnRate of(ZoneId zone, Optional<YearMonth> period, Set<Outcome> churnOutcomes,
                               double confidence) {
        return of(zone, period, churnOutcomes, confidence, ProportionInterval.AGRESTI_COULL);
    }

    /**
     * Churn as {@link #of(ZoneId, Optional, Set, double)}, with the interval method of the share.
     *
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    public static ChurnRate of(ZoneId zone, Optional<YearMonth> period, Set<Outcome> churnOutcomes,
                               double confidence, ProportionInterval interval) {
        return new ChurnRate(zone, period, churnOutcomes, confidence, interval);
    }

    /** Churn in the latest month with data, in UTC, default churn outcomes, Agresti–Coull at 95%. */
    public static ChurnRate defaults() {
        return of(ZoneId.of("UTC"), Optional.empty(), DEFAULT_CHURN_OUTCOMES, 0.95);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public State newAccumulator() {
        return new State(new CustomerMonths(zone, churnOutcomes));
    }

    @Override
    public StateCodec<State> codec() {
        return codec;
    }

    /**
     * The two-proportion z-test of current − baseline churn; NaN figures when a group has no customer at the
     * start.
     *
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    @Override
    public Comparison compare(State baseline, State current, double confidence) {
        Estimate a = baseline.result();
        Estimate b = current.result();
        return Comparisons.shares(NAME, a, b, Math.round(a.details().get("customers_lost")), a.n(),
                Math.round(b.details().get("customers_lost")), b.n(), confidence);
    }

    /** The state: each customer's active months. Not thread-safe. */
    public final class State implements Accumulator<State> {
        private final CustomerMonths months;

        State(CustomerMonths months) {
            this.months = months;
        }

        /** Records the customer as active in the interaction's month. */
        @Override
        public void add(Interaction interaction) {
            months.add(interaction);
        }

        @Override
        public void merge(State other) {
            months.merge(other.months);
        }

        /** The churn rate of the period. */
        @Override
        public Estimate result() {
            EventLog.Grouped g = months.log().grouped();
            long[] e = g.events();
            int[] off = g.offsets();
            long m = period.map(p -> (long) p.getYear() * 12 + p.getMonthValue() - 1).orElse(Long.MIN_VALUE);
            if (m == Long.MIN_VALUE) {
                for (long x : e) {
                    m = Math.max(m, EventLog.millis(x));
                }
            }
            long start = 0;
            long end = 0;
            long kept = 0;
            for (int k = 0; k + 1 < off.length; k++) {
                boolean prevActive = false;
                boolean prevChurned = false;
                boolean curActive = false;
                boolean curChurned = false;
                for (int i = off[k]; i < off[k + 1]; i++) {
                    long month = EventLog.millis(e[i]);
                    boolean churnFlag = EventLog.flag(e[i]) == CustomerMonths.CHURN_OUTCOME;
                    if (month == m - 1) {
                        prevActive = true;
                        prevChurned |= churnFlag;
                    } else if (month == m) {
                        curActive = true;
                        curChurned |= churnFlag;
                    }
                }
                boolean atStart = prevActive && !prevChurned;
                boolean atEnd = curActive && !curChurned;
                start += atStart ? 1 : 0;
                end += atEnd ? 1 : 0;
                kept += atStart && atEnd ? 1 : 0;
            }
            Map<String, Double> details = new LinkedHashMap<>();
            if (m != Long.MIN_VALUE) {
                details.put("period", (double) (Math.floorDiv(m, 12) * 100 + Math.floorMod(m, 12) + 1));
            }
            details.put("customers_at_start", (double) start);
            details.put("customers_at_end", (double) end);
            details.put("new_customers", (double) (end - kept));
            details.put("customers_lost", (double) (start - kept));
            details.put("retention_rate", start == 0 ? Double.NaN : (double) kept / start);
            double churn = start == 0 ? Double.NaN : (double) (start - kept) / start;
            return new Estimate(NAME, churn, start, Intervals.share(interval, start - kept, start, confidence),
                    "churn-month-over-month", details);
        }

        /** The number of interactions added. */
        @Override
        public long count() {
            return months.added();
        }
    }

    private final class Codec implements StateCodec<State> {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(State state, DataOutput out) throws IOException {
            state.months.write(out);
        }

        @Override
        public State read(DataInput in, int version) throws IOException {
            return new State(CustomerMonths.read(in, zone, churnOutcomes));
        }
    }
}
