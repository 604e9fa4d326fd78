package io.cxkit.metrics.clv;

import io.cxkit.core.io.Column;
import io.cxkit.core.io.Dialect;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.RejectSink;
import io.cxkit.core.io.Row;
import io.cxkit.core.io.RowBinder;
import io.cxkit.core.io.RowRejectedException;
import io.cxkit.core.io.SourceMapping;
import io.cxkit.core.io.TabularSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the small tables the CLV models take instead of transactions: customer summaries (for BG/NBD, MBG/NBD,
 * Pareto/NBD and Gamma-Gamma), BG/BB opportunity rows and sBG survivor counts. Each is a row mapper over cx-core's
 * {@link TabularSource}: the delimiter is detected, headers are matched exactly then ignoring case, spaces and
 * punctuation, a {@link SourceMapping} names other columns, and every row is accepted or rejected with its line,
 * column, value and reason ({@code read = accepted + rejected}).
 *
 * <ul>
 *   <li>{@link #customers}: {@code customer,x,t_x,T[,monetary][,weight]}, times in the summary's period unit.
 *       lifetimes' {@code summary_data_from_transaction_data} output ({@code frequency}, {@code recency},
 *       {@code T}, {@code monetary_value}, the customer id in the first column named {@code customer_id} or
 *       {@code customer}) is read with no option. A row must make a valid {@link CustomerSummary}; the weight,
 *       1 when absent, must be positive.</li>
 *   <li>{@link #opportunities}: {@code x,t_x,n[,weight]} for BG/BB (Fader, Hardie and Shang 2010), each row
 *       valid as {@link OpportunityTable} requires.</li>
 *   <li>{@link #survivors}: {@code period,survivors}, the periods 0, 1, 2, ... in order (period 0 the starting
 *       cohort), for the shifted-beta-geometric model.</li>
 * </ul>
 *
 * <p>Under fail-fast (the default, since a fit on part of a summary would silently be another fit) the first bad
 * row throws {@link ReadFailedException} with the report so far; a header without a required column throws it
 * whatever the policy. Instances are immutable and thread-safe.
 */
public final class SummaryReader {
    private static final SummaryReader DEFAULT = new SummaryReader(SourceMapping.none(), Dialect.auto(),
            ReadPolicy.FAIL_FAST, RejectSink.NONE);

    private final SourceMapping mapping;
    private final Dialect dialect;
    private final ReadPolicy policy;
    private final RejectSink sink;

    private SummaryReader(SourceMapping mapping, Dialect dialect, ReadPolicy policy, RejectSink sink) {
        this.mapping = mapping;
        this.dialect = dialect;
        this.policy = policy;
        this.sink = sink;
    }

    /**
     * A fail-fast reader with the default columns and a detected delimiter.
     *
     * @return a fail-fast reader with the default columns and a detected delimiter
     */
    public static SummaryReader create() {
        return DEFAULT;
    }

    /**
     * The same reader with a mapping of the file's columns to the fields named above.
     *
     * @param mapping how the file's columns map onto the fields
     * @return the same reader with a mapping of the file's columns to the fields named above
     */
    public SummaryReader withMapping(SourceMapping mapping) {
        return new SummaryReader(Objects.requireNonNull(mapping, "mapping"), dialect, policy, sink);
    }

    /**
     * The same reader with a dialect (delimiter, decimal comma) instead of detection.
     *
     * @param dialect the file's dialect (delimiter, quote, decimal mark)
     * @return the same reader with a dialect (delimiter, decimal comma) instead of detection
     */
    public SummaryReader withDialect(Dialect dialect) {
        return new SummaryReader(mapping, Objects.requireNonNull(dialect, "dialect"), policy, sink);
    }

    /**
     * The same reader, going on past bad rows (skip and report) unless {@code failFast}.
     *
     * @param failFast true to stop at the first rejected record
     * @return the same reader, going on past bad rows (skip and report) unless {@code failFast}
     */
    public SummaryReader failFast(boolean failFast) {
        return new SummaryReader(mapping, dialect, failFast ? ReadPolicy.FAIL_FAST : ReadPolicy.SKIP_AND_REPORT,
                sink);
    }

    /**
     * The same reader, handing every rejection to {@code sink} in input order.
     *
     * @param sink the sink
     * @return the same reader, handing every rejection to {@code sink} in input order
     */
    public SummaryReader withRejectSink(RejectSink sink) {
        return new SummaryReader(mapping, dialect, policy, Objects.requireNonNull(sink, "sink"));
    }

    /** Customer summaries, with their weights and the read report. */
    public record Customers(List<CustomerSummary> rows, List<Double> weights, ReadReport report) {
        /**
         * @param rows the rows
         * @param weights the weights, one per value
         * @param report the report
         * @throws IllegalArgumentException if rows and weights differ in number
         */
        public Customers {
            rows = List.copyOf(rows);
            weights = List.copyOf(weights);
            Objects.requireNonNull(report, "report");
            if (rows.size() != weights.size()) {
                throw new IllegalArgumentException("rows and weights must match, were " + rows.size() + " and "
                        + weights.size());
            }
        }

        /**
         * The weights as an array, in row order, as {@link SummaryTable#of(List, double[])} takes them.
         *
         * @return the weights as an array, in row order, as {@link SummaryTable#of(List, double[])} takes them
         */
        public double[] weightArray() {
            return weights.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** BG/BB rows and the read report; the table is empty-free: a read with no rows has no table. */
    public record Opportunities(Optional<OpportunityTable> table, ReadReport report) {
        /**
         * @param table the table
         * @param report the report
         * @throws NullPointerException if a component is null
         */
        public Opportunities {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(report, "report");
        }
    }

    /** Survivor counts by period (0, 1, 2, ...) and the read report. */
    public record Survivors(List<Long> counts, ReadReport report) {
        /**
         * @param counts the counts
         * @param report the report
         * @throws NullPointerException if a component is null
         */
        public Survivors {
            counts = List.copyOf(counts);
            Objects.requireNonNull(report, "report");
        }

        /**
         * The counts as an array, as {@link ShiftedBetaGeometric#fit(long[])} takes them.
         *
         * @return the counts as an array, as {@link ShiftedBetaGeometric#fit(long[])} takes them
         */
        public long[] countArray() {
            return counts.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /**
     * Reads customer summaries from a file ({@code .gz} decompressed).
     *
     * @param file the file to read
     * @return the summaries and the read report
     * @throws ReadFailedException if the header lacks a required column or, fail-fast, at the first bad row
     * @throws IOException if the file cannot be read
     */
    public Customers customers(Path file) throws IOException {
        try (InputStream in = TabularSource.open(file)) {
            return customers(file.toString(), in);
        }
    }

    /**
     * Reads customer summaries from a stream of UTF-8 text; the stream is not closed.
     *
     * @param sourceName the name rejections and the report carry
     * @param in the stream to read; not closed
     * @return the summaries and the read report
     * @throws ReadFailedException as {@link #customers(Path)}
     * @throws IOException if the stream fails
     */
    public Customers customers(String sourceName, InputStream in) throws IOException {
        List<CustomerSummary> rows = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        RowBinder binder = header -> {
            Column customer = header.require("customer", "customer_id", "id");
            Column x = header.require("x", "frequency");
            Column tx = header.require("t_x", "recency");
            Column age = header.require("T", "age");
            Optional<Column> monetary = header.optional("monetary", "monetary_value");
            Optional<Column> weight = header.optional("weight", "count");
            return row -> {
                String who = row.text(customer);
                long frequency = row.wholeNumber(x);
                if (frequency < 0) {
                    throw row.reject(x, "x must be a whole number >= 0, was " + frequency);
                }
                double recency = row.decimal(tx);
                double t = row.decimal(age);
                double m = monetary.isPresent() && !row.isBlank(monetary.get()) ? row.decimal(monetary.get()) : 0;
                double w = weight(row, weight);
                CustomerSummary s;
                try {
                    s = new CustomerSummary(who, frequency, recency, t, m);
                } catch (IllegalArgumentException e) {
                    throw row.reject(e.getMessage());
                }
                rows.add(s);
                weights.add(w);
            };
        };
        ReadReport report = source().read(sourceName, in, binder);
        return new Customers(rows, weights, report);
    }

    /**
     * Reads BG/BB rows from a file ({@code .gz} decompressed).
     *
     * @param file the file to read
     * @return the rows and the read report
     * @throws ReadFailedException if the header lacks a required column or, fail-fast, at the first bad row
     * @throws IOException if the file cannot be read
     */
    public Opportunities opportunities(Path file) throws IOException {
        try (InputStream in = TabularSource.open(file)) {
            return opportunities(file.toString(), in);
        }
    }

    /**
     * Reads BG/BB rows from a stream of UTF-8 text; the stream is not closed.
     *
     * @param sourceName the name rejections and the report carry
     * @param in the stream to read; not closed
     * @return the rows and the read report
     * @throws ReadFailedException as {@link #opportunities(Path)}
     * @throws IOException if the stream fails
     */
    public Opportunities opportunities(String sourceName, InputStream in) throws IOException {
        List<int[]> rows = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        RowBinder binder = header -> {
            Column x = header.require("x");
            Column tx = header.require("t_x");
            Column n = header.require("n");
            Optional<Column> weight = header.optional("weight", "count");
            return row -> {
                int[] r = {count(row, x), count(row, tx), count(row, n)};
                double w = weight(row, weight);
                try {
                    OpportunityTable.of(new int[] {r[0]}, new int[] {r[1]}, new int[] {r[2]}, new double[] {w});
                } catch (IllegalArgumentException e) {
                    throw row.reject(e.getMessage().replace(" of row 1", ""));
                }
                rows.add(r);
                weights.add(w);
            };
        };
        ReadReport report = source().read(sourceName, in, binder);
        if (rows.isEmpty()) {
            return new Opportunities(Optional.empty(), report);
        }
        int k = rows.size();
        int[] xs = new int[k];
        int[] txs = new int[k];
        int[] ns = new int[k];
        double[] ws = new double[k];
        for (int i = 0; i < k; i++) {
            xs[i] = rows.get(i)[0];
            txs[i] = rows.get(i)[1];
            ns[i] = rows.get(i)[2];
            ws[i] = weights.get(i);
        }
        return new Opportunities(Optional.of(OpportunityTable.of(xs, txs, ns, ws)), report);
    }

    /**
     * Reads survivor counts from a file ({@code .gz} decompressed).
     *
     * @param file the file to read
     * @return the survivor counts and the read report
     * @throws ReadFailedException if the header lacks a required column or, fail-fast, at the first bad row
     * @throws IOException if the file cannot be read
     */
    public Survivors survivors(Path file) throws IOException {
        try (InputStream in = TabularSource.open(file)) {
            return survivors(file.toString(), in);
        }
    }

    /**
     * Reads survivor counts from a stream of UTF-8 text; the stream is not closed. A row whose period is not the
     * next one (0 first) is rejected.
     *
     * @param sourceName the name rejections and the report carry
     * @param in the stream to read; not closed
     * @return the survivor counts and the read report
     * @throws ReadFailedException as {@link #survivors(Path)}
     * @throws IOException if the stream fails
     */
    public Survivors survivors(String sourceName, InputStream in) throws IOException {
        List<Long> counts = new ArrayList<>();
        RowBinder binder = header -> {
            Column period = header.require("period");
            Column survivors = header.require("survivors", "alive", "active");
            return row -> {
                long p = row.wholeNumber(period);
                if (p != counts.size()) {
                    throw row.reject(period, "periods must run 0, 1, 2, ... in order, expected " + counts.size()
                            + ", was " + p);
                }
                long s = row.wholeNumber(survivors);
                if (s < 0) {
                    throw row.reject(survivors, "survivors must be a whole number >= 0, was " + s);
                }
                counts.add(s);
            };
        };
        ReadReport report = source().read(sourceName, in, binder);
        return new Survivors(counts, report);
    }

    private TabularSource source() {
        return TabularSource.builder().dialect(dialect).mapping(mapping).policy(policy).rejectSink(sink).build();
    }

    private static int count(Row row, Column c) throws RowRejectedException {
        long v = row.wholeNumber(c);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw row.reject(c, c.name() + " must be a whole number within 0.." + Integer.MAX_VALUE + ", was " + v);
        }
        return (int) v;
    }

    private static double weight(Row row, Optional<Column> weight) throws RowRejectedException {
        if (weight.isEmpty() || row.isBlank(weight.get())) {
            return 1;
        }
        double w = row.decimal(weight.get());
        if (!(w > 0)) {
            throw row.reject(weight.get(), "weight must be positive, was " + row.value(weight.get()));
        }
        return w;
    }
}
