package io.cxkit.segments;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import io.cxkit.metrics.StateFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The per-customer feature table: a mergeable accumulator over interactions, in any order, from one thread at a
 * time. Split the input anywhere, build one table per part and {@link #merge} them: the features are the same as
 * one pass (exactly: every feature is a count, a sum, a minimum, a maximum or a latest-by-time).
 *
 * <p>Its configuration is the zone in which hours of the week are cut (for {@link Signals}) and the attribute
 * that keys an issue (for repeat contacts). Both are carried in the encoded state; merging or decoding a state of
 * another configuration is refused with both settings named.
 *
 * <p>Memory: about 400 bytes per customer plus about 60 bytes per distinct (channel), (touchpoint), (issue) and
 * (hour of week) of each customer; 10⁶ customers of a typical export fit in about 1 GB of heap.
 */
public final class FeatureTable {
    /** "CXKF": cxkit features. */
    static final int MAGIC = 0x43584B46;
    /** The codec version this class writes. */
    public static final int VERSION = 1;
    private static final int MAX_CUSTOMERS = 50_000_000;
    private static final long DAY_MS = 86_400_000L;

    private final ZoneId zone;
    private final String issueAttribute;
    private final Map<String, CustomerState> customers = new HashMap<>();

    /**
     * A table cutting hours of the week in {@code zone} and keying issues by attribute {@code issueAttribute}.
     *
     * @param zone the zone days are cut in
     * @param issueAttribute the issue attribute
     * @throws IllegalArgumentException if the issue attribute is blank
     */
    public FeatureTable(ZoneId zone, String issueAttribute) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.issueAttribute = Objects.requireNonNull(issueAttribute, "issueAttribute");
        if (issueAttribute.isBlank()) {
            throw new IllegalArgumentException("issue attribute must not be blank");
        }
    }

    /**
     * A table in UTC keying issues by {@code attr.issue}.
     *
     * @return a table in UTC keying issues by {@code attr.issue}
     */
    public static FeatureTable utc() {
        return new FeatureTable(ZoneId.of("UTC"), "issue");
    }

    /**
     * The zone hours of the week are cut in.
     *
     * @return the zone hours of the week are cut in
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The attribute that keys an issue.
     *
     * @return the attribute that keys an issue
     */
    public String issueAttribute() {
        return issueAttribute;
    }

    /**
     * Customers seen so far. Unresolved (identifier-only) interactions are not counted: stitch first.
     *
     * @return the number of customers seen so far
     */
    public int size() {
        return customers.size();
    }

    /**
     * Adds one interaction.
     *
     * @param i one interaction
     */
    public void add(Interaction i) {
        if (!i.customerId().isResolved()) {
            return;
        }
        CustomerState s = customers.computeIfAbsent(i.customerId().value(), k -> new CustomerState());
        s.add(i, zone, issueAttribute);
    }

    /**
     * Adds every interaction.
     *
     * @param interactions the interactions again (a second pass), for the answer metrics
     */
    public void addAll(Iterable<Interaction> interactions) {
        for (Interaction i : interactions) {
            add(i);
        }
    }

    /**
     * Merges another table into this one; {@code other} is left unchanged. Merging a table into itself is
     * refused, since it would double every count.
     *
     * @param other the state to merge in; it is not changed
     * @throws IllegalArgumentException if {@code other} is this table or was configured differently
     */
    public void merge(FeatureTable other) {
        if (other == this) {
            throw new IllegalArgumentException("cannot merge a feature table into itself; merge a copy");
        }
        requireSameConfiguration(other.zone.getId(), other.issueAttribute, "merge");
        for (Map.Entry<String, CustomerState> e : other.customers.entrySet()) {
            customers.computeIfAbsent(e.getKey(), k -> new CustomerState()).merge(e.getValue());
        }
    }

    private void requireSameConfiguration(String otherZone, String otherIssue, String what) {
        if (!zone.getId().equals(otherZone) || !issueAttribute.equals(otherIssue)) {
            throw new IllegalArgumentException("cannot " + what + " a feature table of zone " + otherZone
                    + " and issue attribute '" + otherIssue + "' into one of zone " + zone.getId()
                    + " and issue attribute '" + issueAttribute + "'");
        }
    }

    /**
     * Every customer's features as of {@code asOf}, sorted by customer id.
     *
     * @param asOf the evaluation instant
     * @return every customer's features as of {@code asOf}, sorted by customer id
     * @throws IllegalStateException if the table is empty
     */
    public List<CustomerFeatures> features(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (customers.isEmpty()) {
            throw new IllegalStateException("no customer in the feature table: no interaction with a resolved "
                    + "customer_id was added");
        }
        List<CustomerFeatures> out = new ArrayList<>(customers.size());
        for (Map.Entry<String, CustomerState> e : new TreeMap<>(customers).entrySet()) {
            out.add(e.getValue().features(e.getKey(), asOf));
        }
        return out;
    }

    /**
     * The latest interaction of any customer; empty for an empty table.
     *
     * @return the latest interaction of any customer; empty for an empty table
     */
    public Optional<Instant> lastSeen() {
        long max = Long.MIN_VALUE;
        for (CustomerState s : customers.values()) {
            max = Math.max(max, s.last);
        }
        return customers.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(max));
    }

    /** The state of one customer, for the signals. */
    Optional<CustomerState> state(String customer) {
        return Optional.ofNullable(customers.get(customer));
    }

    Map<String, CustomerState> states() {
        return customers;
    }

    // ---------------------------------------------------------------------------------------------- codec

    /**
     * The table's state as bytes: magic "CXKF", version, zone, issue attribute, customers, CRC-32 of all before.
     *
     * @return the table's state as bytes: magic "CXKF", version, zone, issue attribute, customers, CRC-32 of all before
     */
    public byte[] encode() {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(64 + customers.size() * 128);
            DataOutputStream out = new DataOutputStream(buf);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(zone.getId());
            out.writeUTF(issueAttribute);
            out.writeInt(customers.size());
            for (Map.Entry<String, CustomerState> e : new TreeMap<>(customers).entrySet()) {
                out.writeUTF(e.getKey());
                e.getValue().write(out);
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(buf.toByteArray());
            out.writeLong(crc.getValue());
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /**
     * Decodes bytes written by {@link #encode}, refusing a state of another configuration than this table's.
     *
     * @param bytes the framed bytes
     * @return the table
     * @throws StateFormatException if the bytes are truncated or corrupted, of a newer version, or were written
     *         with another zone or issue attribute (both settings named)
     */
    public FeatureTable decode(byte[] bytes) {
        FeatureTable t = decodeAny(bytes);
        try {
            requireSameConfiguration(t.zone.getId(), t.issueAttribute, "decode");
        } catch (IllegalArgumentException e) {
            throw new StateFormatException(e.getMessage());
        }
        return t;
    }

    /**
     * Decodes bytes written by {@link #encode}, with the configuration they carry.
     *
     * @param bytes the framed bytes
     * @return the table
     * @throws StateFormatException if the bytes are truncated or corrupted, or of a newer version
     */
    public static FeatureTable decodeAny(byte[] bytes) {
        if (bytes.length < 4 + 4 + 2 + 2 + 4 + 8) {
            throw new StateFormatException("encoded feature table is " + bytes.length + " bytes, too short");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
            int magic = in.readInt();
            if (magic != MAGIC) {
                throw new StateFormatException(String.format("not a cxkit feature table: magic 0x%08X", magic));
            }
            if (crc.getValue() != stored) {
                throw new StateFormatException("encoded feature table is corrupted: checksum mismatch");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new StateFormatException("encoded feature table has version " + version + ", this codec reads "
                        + VERSION);
            }
            FeatureTable t;
            try {
                t = new FeatureTable(ZoneId.of(in.readUTF()), in.readUTF());
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new StateFormatException("encoded feature table has a bad configuration: " + e.getMessage());
            }
            int n = in.readInt();
            if (n < 0 || n > MAX_CUSTOMERS) {
                throw new StateFormatException("encoded feature table declares " + n + " customers");
            }
            for (int k = 0; k < n; k++) {
                String id = in.readUTF();
                if (t.customers.put(id, CustomerState.read(in)) != null) {
                    throw new StateFormatException("encoded feature table repeats customer " + id);
                }
            }
            if (in.available() != 0) {
                throw new StateFormatException(in.available() + " bytes left over after the feature table");
            }
            return t;
        } catch (EOFException e) {
            throw new StateFormatException("encoded feature table ends early", e);
        } catch (IOException e) {
            throw new StateFormatException("encoded feature table cannot be read: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------- state

    /** What one customer did: counts, sums, extremes and latest answers. */
    static final class CustomerState {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long lastPurchase = Long.MIN_VALUE;
        long interactions;
        long purchases;
        /** Spend in units of 1/10,000 of the currency unit, so sums are exact in any order. */
        long monetaryTenThousandths;
        long contacts;
        long transfers;
        long npsCount;
        long npsSum;
        long npsLatestAt = Long.MIN_VALUE;
        int npsLatest = -1;
        /** Per CSAT scale: answers and the sum of their scores, exact. */
        final Map<Integer, long[]> csat = new HashMap<>();
        long cesCount;
        long cesSum;
        long csatLatestAt = Long.MIN_VALUE;
        int csatLatestScore = -1;
        int csatLatestScale = -1;
        long cesLatestAt = Long.MIN_VALUE;
        int cesLatest = -1;
        /** Per channel: uses, successes (converted, resolved or an answer given). */
        final Map<String, long[]> channels = new HashMap<>();
        final Map<String, Long> touchpoints = new HashMap<>();
        /** Contacts per issue key. */
        final Map<String, Long> issues = new HashMap<>();
        /** Responses and purchases per hour of the week (0 = Monday 00:00). */
        final Map<Integer, Long> hours = new HashMap<>();

        void add(Interaction i, ZoneId zone, String issueAttribute) {
            long t = i.timestamp().toEpochMilli();
            first = Math.min(first, t);
            last = Math.max(last, t);
            interactions++;
            boolean purchase = i.value().isPresent();
            if (purchase) {
                purchases++;
                monetaryTenThousandths += i.value().get().amount().movePointRight(4)
                        .setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
                lastPurchase = Math.max(lastPurchase, t);
            }
            boolean contact = Journey.isContact(i);
            if (contact) {
                contacts++;
                String issue = i.attributes().get(issueAttribute);
                if (issue != null && !issue.isBlank()) {
                    issues.merge(issue, 1L, Long::sum);
                }
            }
            if (Journey.isTransfer(i)) {
                transfers++;
            }
            boolean answered = false;
            for (Feedback f : i.feedback()) {
                if (f instanceof Feedback.Nps n) {
                    answered = true;
                    npsCount++;
                    npsSum += n.score();
                    if (t >= npsLatestAt) {
                        npsLatestAt = t;
                        npsLatest = n.score();
                    }
                } else if (f instanceof Feedback.Csat c) {
                    answered = true;
                    long[] v = csat.computeIfAbsent(c.scale(), k -> new long[2]);
                    v[0]++;
                    v[1] += c.score();
                    if (t > csatLatestAt || (t == csatLatestAt
                            && (long) c.score() * csatLatestScale > (long) csatLatestScore * c.scale())) {
                        csatLatestAt = t;
                        csatLatestScore = c.score();
                        csatLatestScale = c.scale();
                    }
                } else if (f instanceof Feedback.Ces c) {
                    answered = true;
                    cesCount++;
                    cesSum += c.score();
                    if (t > cesLatestAt || (t == cesLatestAt && c.score() > cesLatest)) {
                        cesLatestAt = t;
                        cesLatest = c.score();
                    }
                } else if (!(f instanceof Feedback.Verbatim)) {
                    answered = true;
                }
            }
            boolean success = answered || i.outcome().equals(Optional.of(Outcome.CONVERTED))
                    || i.outcome().equals(Optional.of(Outcome.RESOLVED)) || purchase;
            long[] ch = channels.computeIfAbsent(i.channel().name(), k -> new long[2]);
            ch[0]++;
            if (success) {
                ch[1]++;
            }
            touchpoints.merge(i.touchpoint().id(), 1L, Long::sum);
            if (answered || purchase) {
                hours.merge(hourOfWeek(i.timestamp(), zone), 1L, Long::sum);
            }
        }

        void merge(CustomerState o) {
            first = Math.min(first, o.first);
            last = Math.max(last, o.last);
            lastPurchase = Math.max(lastPurchase, o.lastPurchase);
            interactions += o.interactions;
            purchases += o.purchases;
            monetaryTenThousandths += o.monetaryTenThousandths;
            contacts += o.contacts;
            transfers += o.transfers;
            npsCount += o.npsCount;
            npsSum += o.npsSum;
            if (o.npsLatestAt > npsLatestAt || (o.npsLatestAt == npsLatestAt && o.npsLatest > npsLatest)) {
                npsLatestAt = o.npsLatestAt;
                npsLatest = o.npsLatest;
            }
            if (o.csatLatestAt > csatLatestAt || (o.csatLatestAt == csatLatestAt
                    && (long) o.csatLatestScore * csatLatestScale > (long) csatLatestScore * o.csatLatestScale)) {
                csatLatestAt = o.csatLatestAt;
                csatLatestScore = o.csatLatestScore;
                csatLatestScale = o.csatLatestScale;
            }
            if (o.cesLatestAt > cesLatestAt || (o.cesLatestAt == cesLatestAt && o.cesLatest > cesLatest)) {
                cesLatestAt = o.cesLatestAt;
                cesLatest = o.cesLatest;
            }
            o.csat.forEach((k, v) -> {
                long[] c = csat.computeIfAbsent(k, x -> new long[2]);
                c[0] += v[0];
                c[1] += v[1];
            });
            cesCount += o.cesCount;
            cesSum += o.cesSum;
            o.channels.forEach((k, v) -> {
                long[] c = channels.computeIfAbsent(k, x -> new long[2]);
                c[0] += v[0];
                c[1] += v[1];
            });
            o.touchpoints.forEach((k, v) -> touchpoints.merge(k, v, Long::sum));
            o.issues.forEach((k, v) -> issues.merge(k, v, Long::sum));
            o.hours.forEach((k, v) -> hours.merge(k, v, Long::sum));
        }

        /** The hour of the week in a zone, 0 = Monday 00:00 .. 167, without building a date-time. */
        static int hourOfWeek(Instant t, ZoneId zone) {
            long local = t.getEpochSecond() + zone.getRules().getOffset(t).getTotalSeconds();
            long day = Math.floorDiv(local, 86_400L);
            int hour = (int) (Math.floorMod(local, 86_400L) / 3600);
            // 1970-01-01 was a Thursday: Monday-based day of week is (day + 3) mod 7.
            return (int) Math.floorMod(day + 3, 7L) * 24 + hour;
        }

        long repeatContacts() {
            long r = 0;
            for (long c : issues.values()) {
                r += c - 1;
            }
            return r;
        }

        CustomerFeatures features(String id, Instant asOf) {
            long now = asOf.toEpochMilli();
            Map<String, Double> shares = new HashMap<>();
            channels.forEach((k, v) -> shares.put(k, (double) v[0] / interactions));
            return new CustomerFeatures(id, Instant.ofEpochMilli(first), Instant.ofEpochMilli(last),
                    Math.max(0, now - first) / (double) DAY_MS,
                    lastPurchase == Long.MIN_VALUE ? OptionalDouble.empty()
                            : OptionalDouble.of(Math.max(0, now - lastPurchase) / (double) DAY_MS),
                    interactions, purchases, monetaryTenThousandths / 10_000.0, shares, touchpoints.size(), contacts, repeatContacts(),
                    transfers, npsLatest < 0 ? OptionalInt.empty() : OptionalInt.of(npsLatest),
                    mean(npsSum, npsCount), csatLatestScale < 0 ? OptionalDouble.empty()
                            : OptionalDouble.of((double) csatLatestScore / csatLatestScale),
                    csatMean(), cesLatest < 0 ? OptionalInt.empty() : OptionalInt.of(cesLatest),
                    mean(cesSum, cesCount), Map.of());
        }

        /** The mean of score / scale over every CSAT answer. */
        private OptionalDouble csatMean() {
            long n = 0;
            double sum = 0;
            for (Map.Entry<Integer, long[]> e : new TreeMap<>(csat).entrySet()) {
                n += e.getValue()[0];
                sum += (double) e.getValue()[1] / e.getKey();
            }
            return mean(sum, n);
        }

        private static OptionalDouble mean(double sum, long n) {
            return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
        }

        void write(DataOutput out) throws IOException {
            out.writeLong(first);
            out.writeLong(last);
            out.writeLong(lastPurchase);
            out.writeLong(interactions);
            out.writeLong(purchases);
            out.writeLong(monetaryTenThousandths);
            out.writeLong(contacts);
            out.writeLong(transfers);
            out.writeLong(npsCount);
            out.writeLong(npsSum);
            out.writeLong(npsLatestAt);
            out.writeInt(npsLatest);
            out.writeInt(csat.size());
            for (Map.Entry<Integer, long[]> e : new TreeMap<>(csat).entrySet()) {
                out.writeInt(e.getKey());
                out.writeLong(e.getValue()[0]);
                out.writeLong(e.getValue()[1]);
            }
            out.writeLong(cesCount);
            out.writeLong(cesSum);
            out.writeLong(csatLatestAt);
            out.writeInt(csatLatestScore);
            out.writeInt(csatLatestScale);
            out.writeLong(cesLatestAt);
            out.writeInt(cesLatest);
            out.writeInt(channels.size());
            for (Map.Entry<String, long[]> e : new TreeMap<>(channels).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue()[0]);
                out.writeLong(e.getValue()[1]);
            }
            writeCounts(out, touchpoints);
            writeCounts(out, issues);
            out.writeInt(hours.size());
            for (Map.Entry<Integer, Long> e : new TreeMap<>(hours).entrySet()) {
                out.writeByte(e.getKey());
                out.writeLong(e.getValue());
            }
        }

        private static void writeCounts(DataOutput out, Map<String, Long> m) throws IOException {
            out.writeInt(m.size());
            for (Map.Entry<String, Long> e : new TreeMap<>(m).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
        }

        static CustomerState read(DataInput in) throws IOException {
            CustomerState s = new CustomerState();
            s.first = in.readLong();
            s.last = in.readLong();
            s.lastPurchase = in.readLong();
            s.interactions = nonNegative(in.readLong(), "interactions");
            s.purchases = nonNegative(in.readLong(), "purchases");
            s.monetaryTenThousandths = in.readLong();
            s.contacts = nonNegative(in.readLong(), "contacts");
            s.transfers = nonNegative(in.readLong(), "transfers");
            s.npsCount = nonNegative(in.readLong(), "nps count");
            s.npsSum = nonNegative(in.readLong(), "nps sum");
            s.npsLatestAt = in.readLong();
            s.npsLatest = in.readInt();
            int scales = count(in.readInt());
            for (int k = 0; k < scales; k++) {
                int scale = in.readInt();
                if (scale < 2 || scale > 100) {
                    throw new StateFormatException("encoded feature table holds CSAT scale " + scale);
                }
                s.csat.put(scale, new long[] {nonNegative(in.readLong(), "csat count"),
                        nonNegative(in.readLong(), "csat sum")});
            }
            s.cesCount = nonNegative(in.readLong(), "ces count");
            s.cesSum = nonNegative(in.readLong(), "ces sum");
            s.csatLatestAt = in.readLong();
            s.csatLatestScore = in.readInt();
            s.csatLatestScale = in.readInt();
            s.cesLatestAt = in.readLong();
            s.cesLatest = in.readInt();
            if (s.cesLatest < -1 || s.cesLatest > 7 || s.csatLatestScale < -1 || s.csatLatestScale > 100
                    || s.csatLatestScore < -1 || s.csatLatestScore > s.csatLatestScale) {
                throw new StateFormatException("encoded feature table holds an inconsistent latest answer");
            }
            if (s.interactions == 0 || s.first > s.last || s.npsLatest < -1 || s.npsLatest > 10) {
                throw new StateFormatException("encoded feature table holds an inconsistent customer");
            }
            int nc = count(in.readInt());
            for (int k = 0; k < nc; k++) {
                s.channels.put(in.readUTF(), new long[] {nonNegative(in.readLong(), "channel uses"),
                        nonNegative(in.readLong(), "channel successes")});
            }
            readCounts(in, s.touchpoints);
            readCounts(in, s.issues);
            int nh = count(in.readInt());
            for (int k = 0; k < nh; k++) {
                int h = in.readUnsignedByte();
                if (h >= 168) {
                    throw new StateFormatException("encoded feature table holds hour of week " + h);
                }
                s.hours.put(h, nonNegative(in.readLong(), "hour count"));
            }
            return s;
        }

        private static void readCounts(DataInput in, Map<String, Long> m) throws IOException {
            int n = count(in.readInt());
            for (int k = 0; k < n; k++) {
                m.put(in.readUTF(), nonNegative(in.readLong(), "count"));
            }
        }

        private static int count(int n) {
            if (n < 0 || n > 1_000_000) {
                throw new StateFormatException("encoded feature table declares " + n + " entries");
            }
            return n;
        }

        private static long nonNegative(long v, String what) {
            if (v < 0) {
                throw new StateFormatException("encoded feature table holds a negative " + what + ": " + v);
            }
            return v;
        }

    }
}
