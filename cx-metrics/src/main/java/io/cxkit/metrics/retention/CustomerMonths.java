package io.cxkit.metrics.retention;

import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.metrics.service.internal.EventLog;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Set;

/**
 * The calendar months (in a zone) in which each customer was active, and those in which an interaction ended
 * with a churn outcome: the mergeable state behind churn and cohort retention. Stored as one event per
 * (customer, month, flag), with consecutive repeats dropped on add; 12 bytes per kept event plus the customer
 * ids. Months are counted from January of year 0 (year × 12 + month − 1).
 */
final class CustomerMonths {
    static final int ACTIVE = 0;
    static final int CHURN_OUTCOME = 1;
    /** Months of years 1..9999: a wider range is a broken timestamp, not activity. */
    private static final long MIN_MONTH = 12;
    private static final long MAX_MONTH = 10_000L * 12 - 1;
    private static final long MIN_SECOND = -62_135_596_800L + 86_400;
    private static final long MAX_SECOND = 253_402_300_799L - 86_400;

    private final ZoneRules rules;
    private final Set<Outcome> churnOutcomes;
    private final EventLog log;
    private long[] last = new long[16];
    private long added;
    /** The local epoch day of the latest interaction, or {@link #UNKNOWN_DAY}: says whether its month is complete. */
    private long latestDay = UNKNOWN_DAY;

    /** No interaction yet, or a state written before the latest day was kept. */
    static final long UNKNOWN_DAY = Long.MIN_VALUE;

    CustomerMonths(ZoneId zone, Set<Outcome> churnOutcomes) {
        this(zone, churnOutcomes, new EventLog());
    }

    CustomerMonths(ZoneId zone, Set<Outcome> churnOutcomes, EventLog log) {
        this.rules = zone.getRules();
        this.churnOutcomes = Set.copyOf(churnOutcomes);
        this.log = log;
        Arrays.fill(last, Long.MIN_VALUE);
    }

    EventLog log() {
        return log;
    }

    /** Records the month of the interaction for its customer. Allocates only when arrays grow. */
    void add(Interaction i) {
        long second = i.timestamp().getEpochSecond();
        if (second < MIN_SECOND || second > MAX_SECOND) {
            throw new IllegalArgumentException("timestamp must be within years 1..9999, was " + i.timestamp());
        }
        long local = second + rules.getOffset(i.timestamp()).getTotalSeconds();
        int month = month(local);
        added++;
        latestDay = Math.max(latestDay, Math.floorDiv(local, 86_400L));
        int id = log.keys().idOf(i.customerId().value(), "", "");
        Outcome o = i.outcome().orElse(null);
        int flag = o != null && churnOutcomes.contains(o) ? CHURN_OUTCOME : ACTIVE;
        if (id >= last.length) {
            int old = last.length;
            last = Arrays.copyOf(last, Math.max(id + 1, old * 2));
            Arrays.fill(last, old, last.length, Long.MIN_VALUE);
        }
        long packed = ((long) month << 1) | flag;
        if (last[id] != packed) {
            last[id] = packed;
            log.add(id, month, flag);
        }
    }

    void merge(CustomerMonths other) {
        log.merge(other.log);
        added += other.added;
        latestDay = Math.max(latestDay, other.latestDay);
    }

    /** The local epoch day of the latest interaction added, or {@link #UNKNOWN_DAY}. */
    long latestDay() {
        return latestDay;
    }

    /** The number of interactions added (directly or through merges). */
    long added() {
        return added;
    }

    /** Writes the count, the latest local day and the log. */
    void write(DataOutput out) throws IOException {
        out.writeLong(added);
        out.writeLong(latestDay);
        log.write(out);
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws io.cxkit.metrics.StateFormatException if the count is negative or the log invalid
     */
    static CustomerMonths read(DataInput in, ZoneId zone, Set<Outcome> churnOutcomes, boolean withLatestDay)
            throws IOException {
        long n = in.readLong();
        long day = withLatestDay ? in.readLong() : UNKNOWN_DAY;
        EventLog log = EventLog.read(in);
        if (withLatestDay && (log.size() == 0) != (day == UNKNOWN_DAY)) {
            throw new io.cxkit.metrics.StateFormatException("customer months: latest day " + day
                    + " does not fit " + log.size() + " entries");
        }
        EventLog.Grouped g = log.grouped();
        for (long e : g.events()) {
            long month = EventLog.millis(e);
            if (month < MIN_MONTH || month > MAX_MONTH || EventLog.flag(e) > CHURN_OUTCOME) {
                throw new io.cxkit.metrics.StateFormatException("customer months: month " + month + " flag "
                        + EventLog.flag(e) + " is out of range");
            }
        }
        if (n < log.size()) {
            throw new io.cxkit.metrics.StateFormatException("customer months: " + n
                    + " interactions cannot make " + log.size() + " entries");
        }
        CustomerMonths c = new CustomerMonths(zone, churnOutcomes, log);
        c.added = n;
        if (day != UNKNOWN_DAY) {
            long maxMonth = Long.MIN_VALUE;
            for (long e : g.events()) {
                maxMonth = Math.max(maxMonth, EventLog.millis(e));
            }
            if (day < -800_000L || day > 3_000_000L || month(day * 86_400L) != maxMonth) {
                throw new io.cxkit.metrics.StateFormatException("customer months: latest day " + day
                        + " is not in the latest month with data");
            }
        }
        c.latestDay = day;
        return c;
    }

    /** The month index (year × 12 + month − 1) of a local epoch second; Hinnant's civil-from-days algorithm. */
    static int month(long localEpochSecond) {
        long z = Math.floorDiv(localEpochSecond, 86_400L) + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        return Math.toIntExact(y * 12 + m - 1);
    }
}
