package io.cxkit.metrics.service.internal;

import io.cxkit.metrics.StateFormatException;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Timestamped events per key, for definitions that need the order of a key's events (the first contact of an
 * issue, the first reply after the first message) while inputs may be split and merged in any order. Each
 * event is one int (key id) and one long (the time in epoch milliseconds, shifted left by {@value #FLAG_BITS}
 * bits with a small flag in the low bits, so that sorting the long sorts by time, then flag). Memory: 12 bytes
 * per event plus the {@link KeyIndex}. Adding allocates only when the arrays grow.
 */
public final class EventLog {
    /** Bits kept for the flag of an event. */
    public static final int FLAG_BITS = 3;
    private static final long MAX_MILLIS = Long.MAX_VALUE >> FLAG_BITS;
    private static final int MAX_EVENTS = Integer.MAX_VALUE - 16;

    private final KeyIndex keys = new KeyIndex();
    private int[] key = new int[64];
    private long[] event = new long[64];
    private int size;

    /** The keys. */
    public KeyIndex keys() {
        return keys;
    }

    /** The number of events. */
    public int size() {
        return size;
    }

    /**
     * The epoch milliseconds of an instant.
     *
     * @throws IllegalArgumentException if the instant is beyond about ±36 million years
     */
    public static long epochMillis(java.time.Instant t) {
        long s = t.getEpochSecond();
        if (s > MAX_MILLIS / 1000 || s < -MAX_MILLIS / 1000) {
            throw new IllegalArgumentException("timestamp must be within ±" + MAX_MILLIS / 1000
                    + " epoch seconds, was " + t);
        }
        return t.toEpochMilli();
    }

    /**
     * The epoch milliseconds given, if an event can hold them.
     *
     * @throws IllegalArgumentException if they are beyond about ±36 million years
     */
    public static long checkedMillis(long epochMillis) {
        if (epochMillis > MAX_MILLIS / 1000 * 1000 || epochMillis < -MAX_MILLIS / 1000 * 1000) {
            throw new IllegalArgumentException("time must be within ±" + MAX_MILLIS / 1000
                    + " epoch seconds, was " + epochMillis + " ms");
        }
        return epochMillis;
    }

    /**
     * Records an event of key {@code id} at {@code epochMillis} with a flag in 0..7.
     *
     * @throws IllegalArgumentException if the time is out of range
     */
    public void add(int id, long epochMillis, int flag) {
        if (epochMillis > MAX_MILLIS || epochMillis < -MAX_MILLIS) {
            throw new IllegalArgumentException("timestamp is out of range: " + epochMillis + " ms");
        }
        if (size == key.length) {
            if (size == MAX_EVENTS) {
                throw new IllegalStateException("more than " + MAX_EVENTS + " events in one accumulator");
            }
            int n = (int) Math.min(MAX_EVENTS, size * 2L);
            key = Arrays.copyOf(key, n);
            event = Arrays.copyOf(event, n);
        }
        key[size] = id;
        event[size] = (epochMillis << FLAG_BITS) | (flag & 7);
        size++;
    }

    /** Adds every event of {@code other}; {@code other} may be this log itself (its events then count twice). */
    public void merge(EventLog other) {
        int[] map = keys.absorb(other.keys);
        // Read the count once: when other is this log, adding grows it, and the loop would never end.
        int n = other.size;
        for (int i = 0; i < n; i++) {
            long e = other.event[i];
            add(map[other.key[i]], e >> FLAG_BITS, (int) (e & 7));
        }
    }

    /**
     * The events grouped by key: {@code offsets[k]..offsets[k+1]} in the returned {@link Grouped#events} hold
     * key k's packed events in ascending order (time, then flag).
     */
    public Grouped grouped() {
        int k = keys.size();
        int[] offsets = new int[k + 1];
        for (int i = 0; i < size; i++) {
            offsets[key[i] + 1]++;
        }
        for (int i = 0; i < k; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = Arrays.copyOf(offsets, k);
        long[] sorted = new long[size];
        for (int i = 0; i < size; i++) {
            sorted[fill[key[i]]++] = event[i];
        }
        for (int i = 0; i < k; i++) {
            Arrays.sort(sorted, offsets[i], offsets[i + 1]);
        }
        return new Grouped(offsets, sorted);
    }

    /** The time in epoch milliseconds of a packed event. */
    public static long millis(long packed) {
        return packed >> FLAG_BITS;
    }

    /** The flag of a packed event. */
    public static int flag(long packed) {
        return (int) (packed & 7);
    }

    /**
     * Events grouped by key.
     *
     * @param offsets the start of each key's events, plus the end
     * @param events the packed events
     */
    public record Grouped(int[] offsets, long[] events) {
    }

    /** Writes the keys and the events. */
    public void write(DataOutput out) throws IOException {
        keys.write(out);
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeInt(key[i]);
            out.writeLong(event[i]);
        }
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws StateFormatException if a count or key id is out of range
     */
    public static EventLog read(DataInput in) throws IOException {
        EventLog log = new EventLog();
        KeyIndex k = KeyIndex.read(in);
        log.keys.absorb(k);
        int n = in.readInt();
        if (n < 0 || n > MAX_EVENTS) {
            throw new StateFormatException("event count must be within 0.." + MAX_EVENTS + ", was " + n);
        }
        for (int i = 0; i < n; i++) {
            int id = in.readInt();
            long e = in.readLong();
            if (id < 0 || id >= k.size()) {
                throw new StateFormatException("event " + i + " names key " + id + " of " + k.size());
            }
            if (Math.abs(e >> FLAG_BITS) > MAX_MILLIS / 1000 * 1000) {
                throw new StateFormatException("event " + i + " has a time out of range: " + (e >> FLAG_BITS));
            }
            log.add(id, e >> FLAG_BITS, (int) (e & 7));
        }
        return log;
    }
}
