package io.cxkit.metrics;

import io.cxkit.core.Interaction;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.ObjLongConsumer;

/**
 * Records into one metric from many threads, and hands a reader interval snapshots: each snapshot holds exactly
 * the updates recorded since the previous one, none lost and none counted twice. The model is HdrHistogram's
 * {@code Recorder}; where that one relies on a concurrent histogram, this one works with any
 * {@link Accumulator}, which need not be thread-safe.
 *
 * <p>How: updates go to one of a fixed number of stripes, each an accumulator guarded by its own monitor, chosen
 * by the recording thread's id. A snapshot swaps each stripe's accumulator for a fresh one under that stripe's
 * monitor and merges the old ones. Each update happens entirely before or entirely after the swap of its
 * stripe, so it lands in exactly one snapshot. Writers on different stripes never contend; the recording path
 * allocates nothing (the snapshot, on the reader's side, does).
 *
 * @param <A> the accumulator type
 */
public final class Recorder<A extends Accumulator<A>> {
    private final Metric<A> metric;
    private final Stripe<A>[] stripes;
    private final int mask;

    private static final class Stripe<A> {
        A state;
        // Padding keeps neighbouring stripes' monitors off one cache line when they are allocated together.
        @SuppressWarnings("unused")
        long p1, p2, p3, p4, p5, p6, p7;

        Stripe(A state) {
            this.state = state;
        }
    }

    /**
     * A recorder with one stripe per available processor, times two, rounded up to a power of two.
     *
     * @param metric the metric
     * @throws NullPointerException if the metric is null
     */
    public Recorder(Metric<A> metric) {
        this(metric, Runtime.getRuntime().availableProcessors() * 2);
    }

    /**
     * A recorder with at least {@code stripes} stripes (rounded up to a power of two).
     *
     * @param metric the metric
     * @param stripes the stripes
     * @throws IllegalArgumentException if stripes is not within 1..1024
     */
    @SuppressWarnings("unchecked")
    public Recorder(Metric<A> metric, int stripes) {
        this.metric = Objects.requireNonNull(metric, "metric");
        if (stripes < 1 || stripes > 1024) {
            throw new IllegalArgumentException("stripes must be within 1..1024, was " + stripes);
        }
        int n = 1;
        while (n < stripes) {
            n <<= 1;
        }
        this.stripes = (Stripe<A>[]) new Stripe<?>[n];
        for (int i = 0; i < n; i++) {
            this.stripes[i] = new Stripe<>(metric.newAccumulator());
        }
        this.mask = n - 1;
    }

    /**
     * The metric recorded into.
     *
     * @return the metric recorded into
     */
    public Metric<A> metric() {
        return metric;
    }

    /**
     * Adds one interaction. Thread-safe.
     *
     * @param interaction the interaction to add
     * @throws IllegalArgumentException if the accumulator rejects it (nothing is recorded then)
     */
    public void record(Interaction interaction) {
        Stripe<A> s = stripe();
        synchronized (s) {
            s.state.add(interaction);
        }
    }

    /**
     * Applies an update to the current accumulator, e.g. {@code recorder.record(scores, NpsAccumulator::addScores)}.
     * Pass a method reference or a non-capturing lambda so that no object is made per call. Thread-safe.
     *
     * @param <T> the type of the recorded values
     * @param value the value
     * @param update the update
     * @throws RuntimeException whatever the update throws
     */
    public <T> void record(T value, BiConsumer<? super A, ? super T> update) {
        Stripe<A> s = stripe();
        synchronized (s) {
            update.accept(s.state, value);
        }
    }

    /**
     * As {@link #record(Object, BiConsumer)} for a primitive value, without boxing. Thread-safe.
     *
     * @param value the value
     * @param update the update
     */
    public void recordLong(long value, ObjLongConsumer<? super A> update) {
        Stripe<A> s = stripe();
        synchronized (s) {
            update.accept(s.state, value);
        }
    }

    /**
     * The state recorded since the previous snapshot (or since construction), as a new accumulator owned by the
     * caller; recording continues into fresh state. Thread-safe, and safe to call while others record.
     *
     * @return the state recorded since the previous snapshot (or since construction), as a new accumulator owned by the
     *         caller; recording continues into fresh state
     */
    public A intervalSnapshot() {
        A total = metric.newAccumulator();
        for (Stripe<A> s : stripes) {
            A fresh = metric.newAccumulator();
            A old;
            synchronized (s) {
                old = s.state;
                s.state = fresh;
            }
            total.merge(old);
        }
        return total;
    }

    private Stripe<A> stripe() {
        // Thread ids are dense small numbers; mixing spreads consecutive ones over the stripes.
        long id = Thread.currentThread().getId();
        int h = (int) (id * 0x9E3779B97F4A7C15L >>> 32);
        return stripes[h & mask];
    }
}
