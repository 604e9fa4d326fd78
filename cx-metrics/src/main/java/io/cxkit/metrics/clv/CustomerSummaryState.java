package io.cxkit.metrics.clv;

import io.cxkit.metrics.MergeableState;
import io.cxkit.metrics.StateFormatException;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The mergeable state behind the per-customer summaries (x, t_x, T, m̄) of {@link CustomerSummarizer}: each
 * customer's purchase days up to the observation end, with each day's exact spend. A customer's transactions may
 * land in different partitions: the state is keyed by customer, and merging unions the days and adds the spend
 * of a day seen on both sides, so the merged state is the state of one pass whatever the split. The summaries are
 * then made once, over the merged state, by the summarizer's own rules; fitting a model to them
 * ({@link SummaryTable#of(List)}, {@link BgNbd}, {@link GammaGamma}) stays on the driver.
 *
 * <p><b>Exactness.</b> Day totals are held as exact decimals ({@code new BigDecimal(amount)} is exact for a
 * double, and their sums are exact), so the order of the purchases, and of the merges, does not change a bit:
 * {@link #summaries()} equals {@code new CustomerSummarizer(unit, observationEnd).summarize(transactions)} exactly,
 * as a set (this lists customers by key; the summarizer in order of first appearance).
 *
 * <p><b>Cost.</b> One entry per customer and purchase day up to the observation end (later purchases are counted
 * in {@link #count()} and dropped, as the summarizer ignores them): memory and encoded size are
 * O(customer-days), not O(transactions). The configuration is the period unit and the observation end; states of
 * another configuration are refused by {@link #merge} and {@link MergeableState#decode}.
 *
 * <p>Not thread-safe.
 */
public final class CustomerSummaryState implements MergeableState<CustomerSummaryState> {
    /** The frame name of this state. */
    public static final String KIND = "clv-summaries";
    private static final int VERSION = 1;
    /** Longest unscaled value of a day total accepted when decoding, in bytes: far beyond any sum of doubles. */
    private static final int MAX_UNSCALED_BYTES = 4096;
    /** Largest scale magnitude accepted when decoding: a double's exact decimal has at most 1,074 digits. */
    private static final int MAX_SCALE = 1100;

    private final PeriodUnit unit;
    private final LocalDate observationEnd;
    private final TreeMap<String, TreeMap<LocalDate, BigDecimal>> customers = new TreeMap<>();
    private long transactions;

    /**
     * An empty state.
     *
     * @param unit the period unit of t_x and T
     * @param observationEnd the last day of the observation (calibration) period, inclusive
     * @throws NullPointerException if an argument is null
     */
    public CustomerSummaryState(PeriodUnit unit, LocalDate observationEnd) {
        this.unit = Objects.requireNonNull(unit, "unit must not be null");
        this.observationEnd = Objects.requireNonNull(observationEnd, "observationEnd must not be null");
    }

    /**
     * The period unit.
     *
     * @return the unit in which recency t_x and age T are counted, as given at construction
     */
    public PeriodUnit unit() {
        return unit;
    }

    /**
     * The observation end day, inclusive.
     *
     * @return the last day of the observation period, as given at construction
     */
    public LocalDate observationEnd() {
        return observationEnd;
    }

    /**
     * Adds one purchase. A purchase after the observation end is counted and otherwise ignored.
     *
     * @param t the purchase
     * @throws IllegalArgumentException if the customer's spend on that day would no longer fit a finite double;
     *         the state is then unchanged
     */
    public void add(Transaction t) {
        Objects.requireNonNull(t, "transaction must not be null");
        if (!t.date().isAfter(observationEnd)) {
            addDay(t.customer(), t.date(), new BigDecimal(t.amount()));
        }
        transactions++;
    }

    private void addDay(String customer, LocalDate day, BigDecimal amount) {
        TreeMap<LocalDate, BigDecimal> days = customers.get(customer);
        BigDecimal prior = days == null ? null : days.get(day);
        BigDecimal sum = prior == null ? amount : prior.add(amount);
        if (!Double.isFinite(sum.doubleValue())) {
            throw new IllegalArgumentException("spend of customer " + customer + " on " + day
                    + " adds up beyond the largest double");
        }
        customers.computeIfAbsent(customer, k -> new TreeMap<>()).put(day, sum);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public Map<String, String> configuration() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("unit", unit.label());
        c.put("observation_end", observationEnd.toString());
        return c;
    }

    @Override
    public CustomerSummaryState empty() {
        return new CustomerSummaryState(unit, observationEnd);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the states differ in unit or observation end (naming both values), or
     *         a day's spend would overflow a double; this state is then unchanged
     */
    @Override
    public void merge(CustomerSummaryState other) {
        MergeableState.requireSameConfiguration(this, other);
        CustomerSummaryState from = other == this ? MergeableState.copy(this) : other;
        // Checked before any change, so that a refused merge leaves this state as it was.
        from.customers.forEach((c, days) -> {
            TreeMap<LocalDate, BigDecimal> mine = customers.get(c);
            if (mine != null) {
                days.forEach((d, v) -> {
                    BigDecimal p = mine.get(d);
                    if (p != null && !Double.isFinite(p.add(v).doubleValue())) {
                        throw new IllegalArgumentException("spend of customer " + c + " on " + d
                                + " adds up beyond the largest double");
                    }
                });
            }
        });
        if (transactions > Long.MAX_VALUE - from.transactions) {
            throw new IllegalArgumentException("merged clv state would count more than " + Long.MAX_VALUE
                    + " transactions");
        }
        from.customers.forEach((c, days) -> days.forEach((d, v) -> addDay(c, d, v)));
        transactions += from.transactions;
    }

    /** The number of transactions added, including those after the observation end. */
    @Override
    public long count() {
        return transactions;
    }

    /**
     * The number of customers with a purchase on or before the observation end.
     *
     * @return the customers with at least one purchase on or before the observation end
     */
    public int customers() {
        return customers.size();
    }

    /**
     * One summary per customer with a purchase on or before the observation end, by the rules of
     * {@link CustomerSummarizer}, sorted by customer key.
     *
     * @return the summaries
     */
    public List<CustomerSummary> summaries() {
        CustomerSummarizer rules = new CustomerSummarizer(unit, observationEnd);
        List<CustomerSummary> out = new ArrayList<>(customers.size());
        customers.forEach((c, days) -> rules.summary(c, CustomerSummarizer.rounded(days), observationEnd)
                .ifPresent(out::add));
        return out;
    }

    /**
     * The summary table of {@link #summaries()}, ready for a model fit on the driver.
     *
     * @return the table
     * @throws IllegalArgumentException as {@link SummaryTable#of(List)}, e.g. for a state with no customer
     */
    public SummaryTable table() {
        return SummaryTable.of(summaries());
    }

    /**
     * Payload, version 1: long transactions; int customers; per customer, by key: UTF key, int days; per day, in
     * order: long epoch day, int scale, int length, the unscaled value's two's-complement bytes.
     */
    @Override
    public void writePayload(DataOutput out) throws IOException {
        out.writeLong(transactions);
        out.writeInt(customers.size());
        for (Map.Entry<String, TreeMap<LocalDate, BigDecimal>> e : customers.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().size());
            for (Map.Entry<LocalDate, BigDecimal> d : e.getValue().entrySet()) {
                out.writeLong(d.getKey().toEpochDay());
                BigDecimal v = d.getValue();
                out.writeInt(v.scale());
                byte[] unscaled = v.unscaledValue().toByteArray();
                out.writeInt(unscaled.length);
                out.write(unscaled);
            }
        }
    }

    @Override
    public CustomerSummaryState readPayload(DataInput in, int version) throws IOException {
        CustomerSummaryState s = empty();
        s.transactions = MergeableState.readCount(in, "transactions", Long.MAX_VALUE);
        int n = MergeableState.readSize(in, "customers", Integer.MAX_VALUE);
        String previous = null;
        long days = 0;
        for (int i = 0; i < n; i++) {
            String c = in.readUTF();
            if (c.isBlank() || (previous != null && previous.compareTo(c) >= 0)) {
                throw new StateFormatException("clv state customer '" + c + "' is blank or out of order");
            }
            previous = c;
            int k = MergeableState.readSize(in, "days of customer " + c, Integer.MAX_VALUE);
            if (k == 0) {
                throw new StateFormatException("clv state customer " + c + " has no purchase day");
            }
            TreeMap<LocalDate, BigDecimal> map = new TreeMap<>();
            long last = Long.MIN_VALUE;
            for (int j = 0; j < k; j++) {
                long epochDay = in.readLong();
                if (epochDay <= last || epochDay > observationEnd.toEpochDay()
                        || epochDay < LocalDate.MIN.toEpochDay()) {
                    throw new StateFormatException("clv state day " + epochDay + " of customer " + c
                            + " is out of order or after the observation end " + observationEnd);
                }
                last = epochDay;
                int scale = in.readInt();
                int len = in.readInt();
                if (Math.abs((long) scale) > MAX_SCALE || len < 1 || len > MAX_UNSCALED_BYTES) {
                    throw new StateFormatException("clv state spend of customer " + c + " has scale " + scale
                            + " and " + len + " bytes");
                }
                byte[] unscaled = new byte[len];
                in.readFully(unscaled);
                BigDecimal v = new BigDecimal(new BigInteger(unscaled), scale);
                if (!Double.isFinite(v.doubleValue())) {
                    throw new StateFormatException("clv state spend of customer " + c + " is beyond a double");
                }
                map.put(LocalDate.ofEpochDay(epochDay), v);
                days++;
            }
            s.customers.put(c, map);
        }
        if (days > s.transactions) {
            throw new StateFormatException("clv state holds " + days + " purchase days but counts "
                    + s.transactions + " transactions");
        }
        return s;
    }

    /** Equal when configured alike and holding the same customer-days, spend and transaction count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerSummaryState s && s.unit == unit && s.observationEnd.equals(observationEnd)
                && s.transactions == transactions && s.customers.equals(customers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, observationEnd, transactions, customers);
    }

    @Override
    public String toString() {
        return "CustomerSummaryState[" + configuration() + ", customers=" + customers.size() + ", transactions="
                + transactions + "]";
    }
}
