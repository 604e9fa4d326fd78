package io.cxkit.metrics.clv;

import io.cxkit.core.io.Column;
import io.cxkit.core.io.Dialect;
import io.cxkit.core.io.FieldMapping;
import io.cxkit.core.io.Header;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.RejectSink;
import io.cxkit.core.io.Row;
import io.cxkit.core.io.RowBinder;
import io.cxkit.core.io.RowRejectedException;
import io.cxkit.core.io.SourceMapping;
import io.cxkit.core.io.TabularSource;
import io.cxkit.core.io.TimestampFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams transactions from a file, row by row, never holding the file in memory. It is a row mapper over cx-core's
 * {@link TabularSource}, so decoding, quotes, header matching, dates and the {@link ReadReport} are those of every
 * cxkit file. Two layouts:
 * <ul>
 *   <li>{@linkplain #cdnow() CDNOW}, as Fader, Hardie and Lee publish it: whitespace-aligned, no header, in either
 *       of its two layouts, told apart by the number of columns of the first line. The 1/10 sample has five,
 *       {@code master_id sample_id yyyyMMdd quantity amount} (the customer is {@code sample_id}, as in the
 *       literature); the full {@code CDNOW_master.txt} has four, {@code customer_id yyyyMMdd quantity amount}.</li>
 *   <li>{@linkplain #csv() a table with a header} (CSV, {@code ;}, tab or {@code |}, detected), with the fields
 *       {@value #CUSTOMER} (also found as {@code customer}, {@code customer_id}, {@code cust_id}, {@code client},
 *       {@code user_id}), {@value #DATE} ({@code datetime}, {@code timestamp}, {@code order_date},
 *       {@code transaction_date}, {@code invoice_date}) and, optionally, {@value #AMOUNT} ({@code monetary_value},
 *       {@code value}, {@code revenue}, {@code sales}, {@code total}), as lifetimes'
 *       {@code summary_data_from_transaction_data} takes them. A file without an amount column is read too: its
 *       transactions carry amount 0 and {@link TransactionRead#hasAmounts()} is false, which serves BG/NBD,
 *       MBG/NBD and Pareto/NBD but not a spend model.</li>
 * </ul>
 *
 * <p><b>Dates.</b> A date of eight digits is {@code yyyyMMdd}; anything else is ISO-8601 (a date, a local
 * date-time, or a date-time with an offset, which is cut to its calendar day in the reader's zone, UTC unless set),
 * unless the {@link SourceMapping} gives the date field its own format. Impossible dates ({@code 19970230}) are
 * rejected, never moved to a neighbouring day.
 *
 * <p><b>Nothing is lost.</b> Every row is accepted or rejected, so {@code read = accepted + rejected}; a
 * rejection names the file, the line, the column, the value and the reason. Blank lines are skipped and are not
 * rows. Under fail-fast the first bad row throws {@link ReadFailedException} with the report so far; otherwise it
 * goes to the report and to the reject sink, and reading goes on. Instances are immutable and thread-safe.
 */
public final class TransactionReader {
    /** The customer field. */
    public static final String CUSTOMER = "customer_id";
    /** The purchase date field. */
    public static final String DATE = "date";
    /** The amount field (optional). */
    public static final String AMOUNT = "amount";
    private static final String[] CUSTOMER_ALIASES = {"customer", "cust_id", "client", "user_id"};
    private static final String[] DATE_ALIASES = {"datetime", "timestamp", "order_date", "transaction_date",
        "invoice_date"};
    private static final String[] AMOUNT_ALIASES = {"monetary_value", "value", "revenue", "sales", "total"};
    private static final TimestampFormat BASIC_DATE = TimestampFormat.of("yyyyMMdd");

    private final boolean cdnow;
    private final SourceMapping mapping;
    private final Dialect dialect;
    private final ReadPolicy policy;
    private final RejectSink sink;
    private final ZoneId zone;

    private TransactionReader(boolean cdnow, SourceMapping mapping, Dialect dialect, ReadPolicy policy,
            RejectSink sink, ZoneId zone) {
        this.cdnow = cdnow;
        this.mapping = mapping;
        this.dialect = dialect;
        this.policy = policy;
        this.sink = sink;
        this.zone = zone;
    }

    /**
     * A skip-and-report reader of CDNOW's files, in either layout.
     *
     * @return a skip-and-report reader of CDNOW's files, in either layout
     */
    public static TransactionReader cdnow() {
        return new TransactionReader(true, SourceMapping.none(), Dialect.auto(), ReadPolicy.SKIP_AND_REPORT,
                RejectSink.NONE, ZoneOffset.UTC);
    }

    /**
     * A skip-and-report reader of a table with a header, its columns found by the names above.
     *
     * @return a skip-and-report reader of a table with a header, its columns found by the names above
     */
    public static TransactionReader csv() {
        return new TransactionReader(false, SourceMapping.none(), Dialect.auto(), ReadPolicy.SKIP_AND_REPORT,
                RejectSink.NONE, ZoneOffset.UTC);
    }

    /**
     * A skip-and-report reader of a table with a header, the customer, date and amount read from the named
     * columns (matched exactly, then ignoring case, spaces and punctuation).
     *
     * @param customerColumn the customer column
     * @param dateColumn the date column
     * @param amountColumn the amount column
     * @return a skip-and-report reader of a table with a header, the customer, date and amount read from the named
     *         columns (matched exactly, then ignoring case, spaces and punctuation)
     * @throws NullPointerException if a name is null
     */
    public static TransactionReader csv(String customerColumn, String dateColumn, String amountColumn) {
        return csv().withMapping(SourceMapping.builder()
                .column(CUSTOMER, Objects.requireNonNull(customerColumn, "customerColumn"))
                .column(DATE, Objects.requireNonNull(dateColumn, "dateColumn"))
                .column(AMOUNT, Objects.requireNonNull(amountColumn, "amountColumn")).build());
    }

    /**
     * The same reader, stopping at the first bad row when {@code failFast}.
     *
     * @param failFast true to stop at the first rejected record
     * @return the same reader, stopping at the first bad row when {@code failFast}
     */
    public TransactionReader failFast(boolean failFast) {
        return new TransactionReader(cdnow, mapping, dialect, failFast ? ReadPolicy.FAIL_FAST
                : ReadPolicy.SKIP_AND_REPORT, sink, zone);
    }

    /**
     * The same reader, cutting date-times to days in {@code zone} (and reading local ones there).
     *
     * @param zone the zone in which calendar periods are cut
     * @return the same reader, cutting date-times to days in {@code zone} (and reading local ones there)
     */
    public TransactionReader withZone(ZoneId zone) {
        return new TransactionReader(cdnow, mapping, dialect, policy, sink, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * The same reader with a mapping of the file's columns to {@value #CUSTOMER}, {@value #DATE} and
     * {@value #AMOUNT} (columns, constants, a date format); for a table with a header only.
     *
     * @param mapping how the file's columns map onto the fields
     * @return the same reader with a mapping of the file's columns to {@value #CUSTOMER}, {@value #DATE} and {@value
     *         #AMOUNT} (columns, constants, a date format); for a table with a header only
     */
    public TransactionReader withMapping(SourceMapping mapping) {
        return new TransactionReader(cdnow, Objects.requireNonNull(mapping, "mapping"), dialect, policy, sink, zone);
    }

    /**
     * The same reader with a dialect (delimiter, decimal comma) instead of detection; for a table only.
     *
     * @param dialect the file's dialect (delimiter, quote, decimal mark)
     * @return the same reader with a dialect (delimiter, decimal comma) instead of detection; for a table only
     */
    public TransactionReader withDialect(Dialect dialect) {
        return new TransactionReader(cdnow, mapping, Objects.requireNonNull(dialect, "dialect"), policy, sink, zone);
    }

    /**
     * The same reader, handing every rejection to {@code sink} in input order.
     *
     * @param sink the sink
     * @return the same reader, handing every rejection to {@code sink} in input order
     */
    public TransactionReader withRejectSink(RejectSink sink) {
        return new TransactionReader(cdnow, mapping, dialect, policy, Objects.requireNonNull(sink, "sink"), zone);
    }

    /**
     * Reads a file ({@code .gz} decompressed).
     *
     * @param file the file to read
     * @param accepted receives each accepted record
     * @return the read report and what the read found (customers, period)
     * @throws ReadFailedException under fail-fast at the first bad row; or, whatever the policy, if a table's
     *         header lacks the customer or date column or a CDNOW file has neither 4 nor 5 columns
     * @throws IOException if the file cannot be read
     */
    public TransactionRead read(Path file, Consumer<Transaction> accepted) throws IOException {
        try (InputStream in = TabularSource.open(file)) {
            return read(file.toString(), in, accepted);
        }
    }

    /**
     * Reads a stream of UTF-8 text named {@code sourceName} (used in rejections); the stream is not closed.
     *
     * @param sourceName the name rejections and the report carry
     * @param in the stream to read; not closed
     * @param accepted receives each accepted record
     * @return the read report and what the read found (customers, period)
     * @throws ReadFailedException as for {@link #read(Path, Consumer)}
     * @throws IOException if the stream fails
     */
    public TransactionRead read(String sourceName, InputStream in, Consumer<Transaction> accepted)
            throws IOException {
        Objects.requireNonNull(accepted, "accepted");
        boolean[] amounts = {true};
        TabularSource.Builder b = TabularSource.builder().policy(policy).rejectSink(sink);
        ReadReport report;
        if (cdnow) {
            report = b.headerless(true).dialect(Dialect.parse("tab", false)).build()
                    .read(sourceName, new WhitespaceColumns(in), cdnowBinder(accepted));
        } else {
            report = b.dialect(dialect).mapping(mapping).build().read(sourceName, in, tableBinder(accepted, amounts));
        }
        return new TransactionRead(report, amounts[0]);
    }

    private RowBinder cdnowBinder(Consumer<Transaction> out) {
        return header -> {
            int n = header.names().size();
            if (n != 4 && n != 5) {
                throw new RowRejectedException(io.cxkit.core.io.Rejection.RECORD, "", "a CDNOW file has 4 columns "
                        + "(customer_id yyyyMMdd quantity amount, CDNOW_master.txt) or 5 (master_id sample_id "
                        + "yyyyMMdd quantity amount, CDNOW_sample.txt); its first line has " + n);
            }
            int first = n - 4;
            Column customer = header.column(first);
            Column date = header.column(first + 1).withTimestampFormat(BASIC_DATE.withZone(zone));
            Column amount = header.column(first + 3);
            return row -> {
                String who = cdnowField("customer_id", () -> row.text(customer));
                LocalDate day = cdnowField("date", () -> day(row, date));
                double spent = cdnowField("amount", () -> row.decimal(amount));
                out.accept(new Transaction(who, day, spent));
            };
        };
    }

    /** A value of a CDNOW column, a rejection naming the column by its meaning and its position. */
    private static <T> T cdnowField(String meaning, Value<T> value) throws RowRejectedException {
        try {
            return value.get();
        } catch (RowRejectedException e) {
            String reason = e.reason().startsWith(e.column() + " ") ? e.reason().substring(e.column().length() + 1)
                    : e.reason();
            throw new RowRejectedException(meaning, e.value(), "column " + e.column() + ": " + reason);
        }
    }

    /** A typed read of a row value. */
    @FunctionalInterface
    private interface Value<T> {
        T get() throws RowRejectedException;
    }

    private RowBinder tableBinder(Consumer<Transaction> out, boolean[] amounts) {
        return header -> {
            Column customer = header.require(CUSTOMER, CUSTOMER_ALIASES);
            Column date = header.require(DATE, DATE_ALIASES);
            Optional<Column> amount = header.optional(AMOUNT, AMOUNT_ALIASES);
            amounts[0] = amount.isPresent();
            boolean ownFormat = hasOwnFormat(header);
            // A format the mapping gives without a zone reads local times in the reader's zone.
            Column mapped = date.timestampFormat().zone().isPresent() ? date
                    : date.withTimestampFormat(date.timestampFormat().withZone(zone));
            TimestampFormat iso = TimestampFormat.of("iso").withZone(zone);
            TimestampFormat basic = BASIC_DATE.withZone(zone);
            return row -> {
                String who = row.text(customer);
                LocalDate day;
                if (ownFormat) {
                    day = day(row, mapped);
                } else {
                    day = isBasicDate(row.value(date)) ? day(row, date.withTimestampFormat(basic))
                            : day(row, date.withTimestampFormat(iso));
                }
                double spent = amount.isPresent() ? row.decimal(amount.get()) : 0;
                out.accept(new Transaction(who, day, spent));
            };
        };
    }

    private boolean hasOwnFormat(Header header) {
        return header.mapping().field(DATE).flatMap(FieldMapping::timestampFormat).isPresent()
                || header.mapping().timestampFormat().isPresent();
    }

    /** The calendar day, in the reader's zone, of the instant the column holds. */
    private LocalDate day(Row row, Column date) throws RowRejectedException {
        return row.timestamp(date).atZone(zone).toLocalDate();
    }

    private static boolean isBasicDate(String s) {
        if (s.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
