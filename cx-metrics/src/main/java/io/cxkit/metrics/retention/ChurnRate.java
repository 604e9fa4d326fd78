package io.cxkit.metrics.retention;

import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Configurations;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.breakdown.PeriodMetric;
import io.cxkit.metrics.breakdown.TimeBucket;
import io.cxkit.metrics.service.internal.Settings;
import java.time.LocalDate;
import java.util.Collections;
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
 * in it. The period is a month M: the one set ({@code churn.period}); in a breakdown by month, each bucket's
 * month; by default the <b>last complete month</b>, the month of the latest interaction if that interaction
 * falls on the month's last local day, else the month before it (a month still in progress would count every
 * customer not seen yet as lost). The result says which month was used ({@link ChurnEstimate#period()} and the
 * {@code period} detail). Customers at the start are those active in M−1 who did not end an interaction in
 * M−1 with a churn outcome (by default {@code cancelled} or {@code churned}: they had already left). A customer
 * at the start is lost if they are not active in M, or end an interaction in M with a churn outcome. Customers
 * at the end are those active in M without a churn outcome in it; new customers are those at the end who were
 * not at the start. Then churn = lost / start and retention = (end − new) / start, as {@link PeriodRates}
 * defines them.
 *
 * <p><b>Result.</b> The value is the churn rate in [0, 1], n the customers at the start, with an
 * Agresti–Coull interval (or Wilson or Wald); details hold {@code period} (yyyymm, e.g. 202601),
 * {@code customers_at_start}, {@code customers_at_end}, {@code new_customers}, {@code customers_lost} and
 * {@code retention_rate}; {@link State#churn()} gives the same typed. With no customer at the start the value
 * is NaN and n is 0, and {@link State#emptyReason()} says which month had nobody at its start.
 *
 * <p><b>Customers</b> are told apart by {@link io.cxkit.core.CustomerId}. An unresolved id (a record read
 * with identifiers but no {@code customer_id}) is keyed by its interaction, so each such record is a customer of
 * its own, active in one month: unresolved records are never lumped into one customer, but they overstate the
 * customers at the start and the churn. Stitch identities first (cx-journey's {@code IdentityStitcher}).
 *
 * <p><b>Memory.</b> One 12-byte entry per customer and month of activity (plus the customer ids): which months
 * matter is known only when the latest month is.
 */
public final class ChurnRate implements ComparableMetric<ChurnRate.State>, PeriodMetric<ChurnRate.State> {
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
    private final Map<String, String> configuration;
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
        Map<String, String> c = new LinkedHashMap<>();
        c.put("zone", zone.getId());
        c.put("period", period.map(YearMonth::toString).orElse("last-complete-month"));
        c.put("outcomes", Settings.describe(this.churnOutcomes));
        c.put("interval", interval.label());
        c.put("confidence", Settings.describe(confidence));
        this.configuration = Collections.unmodifiableMap(c);
    }

    /**
     * Churn in {@code period} (or, if empty, the last complete month), months cut in {@code zone}, with an
     * Agresti–Coull interval.
     *
     * @param zone the zone in which calendar periods are cut
     * @param period the month, if restricted to one
     * @param churnOutcomes the outcomes that count as churn
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return churn in {@code period} (or, if empty, the last complete month), months cut in {@code zone}, with an
     *         Agresti–Coull interval
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    public static ChurnRate of(ZoneId zone, Optional<YearMonth> period, Set<Outcome> churnOutcomes,
                               double confidence) {
        return of(zone, period, churnOutcomes, confidence, ProportionInterval.AGRESTI_COULL);
    }

    /**
     * Churn as {@link #of(ZoneId, Optional, Set, double)}, with the interval method of the share.
     *
     * @param zone the zone in which calendar periods are cut
     * @param period the month, if restricted to one
     * @param churnOutcomes the outcomes that count as churn
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @param interval the interval method
     * @return churn as {@link #of(ZoneId, Optional, Set, double)}, with the interval method of the share
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    public static ChurnRate of(ZoneId zone, Optional<YearMonth> period, Set<Outcome> churnOutcomes,
                               double confidence, ProportionInterval interval) {
        return new ChurnRate(zone, period, churnOutcomes, confidence, interval);
    }

    /**
     * Churn in the last complete month, in UTC, default churn outcomes, Agresti–Coull at 95%.
     *
     * @return churn in the last complete month, in UTC, default churn outcomes, Agresti–Coull at 95%
     */
    public static ChurnRate defaults() {
        return of(ZoneId.of("UTC"), Optional.empty(), DEFAULT_CHURN_OUTCOMES, 0.95);
    }

    /**
     * The recipe that rebuilds this metric ({@link io.cxkit.metrics.Metric#spec}), however it was built: zone, period, churn outcomes, interval method and confidence,
     * as its provider's settings.
     *
     * @return the spec
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        io.cxkit.metrics.MetricOptions o = io.cxkit.metrics.MetricOptions.defaults().withConfidence(confidence)
                .withIntervalMethod(interval.label()).withZone(zone)
                .withSetting("churn.outcomes", Settings.describe(churnOutcomes));
        return io.cxkit.metrics.MetricSpec.of(NAME, period.map(p -> o.withSetting("churn.period", p.toString()))
                .orElse(o));
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The customer id: a customer's active months depend on that customer's interactions only, so one state per
     * customer, merged, equals one pass ({@link io.cxkit.metrics.Metric#historyKey}).
     */
    @Override
    public java.util.Optional<String> historyKey(Interaction interaction) {
        return java.util.Optional.of(interaction.customerId().value());
    }

    @Override
    public java.util.OptionalDouble confidenceLevel() {
        return java.util.OptionalDouble.of(confidence);
    }

    /**
     * The two-sided confidence level of intervals.
     *
     * @return the two-sided confidence level of intervals
     */
    public double confidence() {
        return confidence;
    }

    /** Zone, period, churn outcomes, interval method and confidence: a state decodes and merges only under the same. */
    @Override
    public Map<String, String> configuration() {
        return configuration;
    }

    @Override
    public State newAccumulator() {
        return new State(new CustomerMonths(zone, churnOutcomes));
    }

    @Override
    public StateCodec<State> codec() {
        return codec;
    }

    /** Each month's churn in a breakdown by month; empty (the plain result) for day and week buckets. */
    @Override
    public Optional<Estimate> resultForPeriod(State state, TimeBucket bucket, String label) {
        if (bucket != TimeBucket.MONTH) {
            return Optional.empty();
        }
        YearMonth m = YearMonth.parse(label);
        return Optional.of(state.churnIn((long) m.getYear() * 12 + m.getMonthValue() - 1, "bucket").estimate());
    }

    /**
     * The two-proportion z-test of current − baseline churn; NaN figures when a group has no customer at the
     * start.
     *
     * @throws IllegalArgumentException if the confidence is not within (0, 1), or the states are of a
     *         differently configured churn
     */
    @Override
    public Comparison compare(State baseline, State current, double confidence) {
        io.cxkit.metrics.Configurations.requireLevel(this, confidence);
        Configurations.requireSame(this, baseline.metric());
        Configurations.requireSame(this, current.metric());
        ChurnEstimate a = baseline.churn();
        ChurnEstimate b = current.churn();
        return Comparisons.shares(NAME, a.estimate(), b.estimate(), a.customersLost(), a.customersAtStart(),
                b.customersLost(), b.customersAtStart(), confidence);
    }

    /** The state: each customer's active months. Not thread-safe. */
    public final class State implements Accumulator<State> {
        private final CustomerMonths months;

        State(CustomerMonths months) {
            this.months = months;
        }

        ChurnRate metric() {
            return ChurnRate.this;
        }

        /** Records the customer as active in the interaction's month. */
        @Override
        public void add(Interaction interaction) {
            months.add(interaction);
        }

        @Override
        public void merge(State other) {
            Configurations.requireSame(ChurnRate.this, other.metric());
            months.merge(other.months);
        }

        /** The churn rate of the period. */
        @Override
        public Estimate result() {
            return churn().estimate();
        }

        /**
         * The churn of the period with its month and counts.
         *
         * @return the churn of the period with its month and counts
         */
        public ChurnEstimate churn() {
            if (period.isPresent()) {
                YearMonth p = period.get();
                return churnIn((long) p.getYear() * 12 + p.getMonthValue() - 1, "set");
            }
            long day = months.latestDay();
            if (day != CustomerMonths.UNKNOWN_DAY) {
                LocalDate d = LocalDate.ofEpochDay(day);
                long m = (long) d.getYear() * 12 + d.getMonthValue() - 1;
                return churnIn(d.getDayOfMonth() == d.lengthOfMonth() ? m : m - 1, "last-complete-month");
            }
            long m = Long.MIN_VALUE;
            for (long x : months.log().grouped().events()) {
                m = Math.max(m, EventLog.millis(x));
            }
            return churnIn(m, "latest-month");
        }

        /** Says which month had nobody at its start (or that nothing was added), when n is 0. */
        @Override
        public Optional<String> emptyReason() {
            if (months.added() == 0) {
                return Optional.of("no interaction was added, so no month has customers to churn");
            }
            ChurnEstimate c = churn();
            if (c.customersAtStart() > 0) {
                return Optional.empty();
            }
            return Optional.of("churn period " + c.period() + " (" + c.periodRule() + ") has no customers at its "
                    + "start: nobody was active in " + c.period().minusMonths(1) + " without a churn outcome; "
                    + "choose a month after one with activity (setting churn.period=YYYY-MM)");
        }

        /** The churn of month index {@code m} (year × 12 + month − 1), chosen by {@code rule}. */
        ChurnEstimate churnIn(long m, String rule) {
            EventLog.Grouped g = months.log().grouped();
            long[] e = g.events();
            int[] off = g.offsets();
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
            // With no data there is no month; January of year 1 stands in, and n is 0.
            long shown = m == Long.MIN_VALUE ? 12 : m;
            YearMonth ym = YearMonth.of((int) Math.floorDiv(shown, 12), (int) Math.floorMod(shown, 12) + 1);
            Map<String, Double> details = new LinkedHashMap<>();
            if (m != Long.MIN_VALUE) {
                details.put("period", (double) (ym.getYear() * 100 + ym.getMonthValue()));
            }
            details.put("customers_at_start", (double) start);
            details.put("customers_at_end", (double) end);
            details.put("new_customers", (double) (end - kept));
            details.put("customers_lost", (double) (start - kept));
            details.put("retention_rate", start == 0 ? Double.NaN : (double) kept / start);
            double churn = start == 0 ? Double.NaN : (double) (start - kept) / start;
            Estimate estimate = new Estimate(NAME, churn, start, Intervals.share(interval, start - kept, start,
                    confidence), "churn-month-over-month", details);
            return new ChurnEstimate(estimate, ym, rule, start, end, end - kept, start - kept);
        }

        /** The number of interactions added. */
        @Override
        public long count() {
            return months.added();
        }
    }

    /**
     * Version 2 adds the latest local day (for the last complete month); version 1 states still read, and
     * then use the latest month with data as before.
     */
    private final class Codec implements StateCodec<State> {
        @Override
        public int version() {
            return 2;
        }

        @Override
        public void write(State state, DataOutput out) throws IOException {
            state.months.write(out);
        }

        @Override
        public State read(DataInput in, int version) throws IOException {
            return new State(CustomerMonths.read(in, zone, churnOutcomes, version >= 2));
        }
    }
}
