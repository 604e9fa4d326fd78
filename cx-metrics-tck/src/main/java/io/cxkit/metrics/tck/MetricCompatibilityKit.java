package io.cxkit.metrics.tck;

import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.StateEncoding;
import io.cxkit.metrics.StateFormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.cxkit.core.Interaction;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit of the metric contract: extend it in a calculator's test, supply the metric, a seeded
 * generator of valid interactions and the inputs the calculator must reject, and it checks on seeded random
 * data everything a breakdown, a recorder or a distributed engine relies on:
 * <ul>
 *   <li>splitting the input at random points and merging the parts in random order gives the one-pass
 *       result;</li>
 *   <li>merge is associative and commutative, the empty state is its identity, and merge leaves its argument
 *       as it was;</li>
 *   <li>{@link Accumulator#result()} and {@link Accumulator#count()} do not change the state;</li>
 *   <li>the {@link StateEncoding} round-trips, and a decoded state keeps accumulating;</li>
 *   <li>decoding garbage, truncated or corrupted bytes, another metric's bytes or a too-new version fails with
 *       {@link StateFormatException}, and a well-framed random payload never fails with anything else;</li>
 *   <li>invalid input is rejected with {@link IllegalArgumentException} and leaves the state unchanged.</li>
 * </ul>
 * <ul>
 *   <li>a state merged with itself (the same object) counts everything twice, and the merge ends;</li>
 *   <li>decode and merge refuse a state of a differently configured metric ({@link #differentlyConfigured()}),
 *       naming the setting that differs.</li>
 * </ul>
 * Micrometer's {@code MeterRegistryCompatibilityKit} is the model. The kit is the published artifact
 * {@code io.cxkit:cx-metrics-tck} (module {@code io.cxkit.metrics.tck}); add it with test scope, and it brings
 * JUnit Jupiter's API and AssertJ.
 *
 * <p>Results are compared with {@link #assertSameResult}: exactly for n, method and interval method, and to a
 * relative tolerance of {@link #tolerance()} for values, because floating-point sums (weighted metrics) differ
 * in the last bits when added in another order.
 *
 * @param <A> the accumulator type of the metric under test
 */
public abstract class MetricCompatibilityKit<A extends Accumulator<A>> {

    /**
     * The metric under test, configured as it will be used.
     *
     * @return the metric under test, configured as it will be used
     */
    protected abstract Metric<A> metric();

    /**
     * One random valid interaction drawn from {@code random}. It may carry nothing this metric measures (a
     * realistic mix), but most should carry something.
     *
     * @param random the seeded random source
     * @return one random valid interaction drawn from {@code random}
     */
    protected abstract Interaction randomInteraction(Random random);

    /**
     * Inputs the accumulator must reject, by description: each applies one invalid input (an interaction with
     * a value out of the metric's range, a column with a bad score, a negative weight) to the accumulator it is
     * given, and must throw {@link IllegalArgumentException} without changing that accumulator's result. Return
     * an empty map only if no input can be invalid.
     *
     * @return the invalid inputs by description, each applying one to an accumulator
     */
    protected abstract Map<String, Consumer<A>> invalidInputs();

    /**
     * The same metric configured differently in one setting that shapes its state or answer (another window,
     * key, scale, zone, confidence...), so that the kit can check that {@link StateEncoding#decode} and
     * {@link Accumulator#merge} refuse states of the other configuration. Return empty only for a metric that
     * has nothing to configure (its {@link Metric#configuration()} is empty).
     *
     * @return the same metric configured differently in one setting that shapes its state or answer (another window,
     *         key, scale, zone, confidence...), so that the kit can check that {@link StateEncoding#decode} and {@link
     *         Accumulator#merge} refuse states of the other configuration
     */
    protected abstract Optional<Metric<A>> differentlyConfigured();

    /**
     * The seed of every random draw in the kit; override to explore other data.
     *
     * @return the seed of every random draw in the kit; override to explore other data
     */
    protected long seed() {
        return 0x5EED_CAFEL;
    }

    /**
     * The number of interactions per generated input.
     *
     * @return the number of interactions per generated input
     */
    protected int sampleSize() {
        return 600;
    }

    /**
     * The relative tolerance for values compared by {@link #assertSameResult}.
     *
     * @return the relative tolerance for values compared by {@link #assertSameResult}
     */
    protected double tolerance() {
        return 1e-9;
    }

    /**
     * Adds one interaction in the way the kit exercises the metric. Override to route through another entry
     * point (e.g. {@code addWeighted} with a random weight derived from the interaction).
     *
     * @param accumulator the accumulator to add to
     * @param interaction the interaction to add
     */
    protected void add(A accumulator, Interaction interaction) {
        accumulator.add(interaction);
    }

    /**
     * Asserts that two results are the same figure: equal metric name, n, method and interval method and
     * clamping; values, bounds and details equal within {@link #tolerance()}.
     *
     * @param expected the result of one pass
     * @param actual the result to compare with it
     */
    protected void assertSameResult(Estimate expected, Estimate actual) {
        assertThat(actual.metric()).as("metric").isEqualTo(expected.metric());
        assertThat(actual.n()).as("n").isEqualTo(expected.n());
        assertThat(actual.method()).as("method").isEqualTo(expected.method());
        assertClose("value", expected.value(), actual.value());
        assertThat(actual.interval().isPresent()).as("has interval").isEqualTo(expected.interval().isPresent());
        if (expected.interval().isPresent()) {
            Interval e = expected.interval().get();
            Interval a = actual.interval().get();
            assertThat(a.method()).as("interval method").isEqualTo(e.method());
            assertThat(a.clamped()).as("interval clamped").isEqualTo(e.clamped());
            assertThat(a.confidence()).as("interval confidence").isEqualTo(e.confidence());
            assertClose("lower", e.lower(), a.lower());
            assertClose("upper", e.upper(), a.upper());
        }
        assertThat(actual.details().keySet()).as("detail names").containsExactlyElementsOf(
                expected.details().keySet());
        expected.details().forEach((k, v) -> assertClose("detail " + k, v, actual.details().get(k)));
    }

    private void assertClose(String what, double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertThat(Double.isNaN(actual)).as(what + ": expected " + expected + ", was " + actual)
                    .isEqualTo(Double.isNaN(expected));
            return;
        }
        double tol = tolerance() * Math.max(1.0, Math.abs(expected));
        assertThat(actual).as(what).isCloseTo(expected, org.assertj.core.data.Offset.offset(tol));
    }

    // ----------------------------------------------------------------------------------------------- helpers

    /**
     * A list of {@code n} interactions from {@link #randomInteraction}.
     *
     * @param random the seeded random source
     * @param n {@code n} in the description above
     * @return a list of {@code n} interactions from {@link #randomInteraction}
     */
    protected final List<Interaction> interactions(Random random, int n) {
        List<Interaction> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(randomInteraction(random));
        }
        return list;
    }

    /**
     * An accumulator holding {@code part}.
     *
     * @param part the interactions to add
     * @return an accumulator holding {@code part}
     */
    protected final A accumulate(List<Interaction> part) {
        A acc = metric().newAccumulator();
        for (Interaction i : part) {
            add(acc, i);
        }
        return acc;
    }

    /**
     * A copy of a state, made through the codec.
     *
     * @param state the accumulator state
     * @return a copy of a state, made through the codec
     */
    protected final A copy(A state) {
        return StateEncoding.decode(metric(), StateEncoding.encode(metric(), state));
    }

    // -------------------------------------------------------------------------------------------- the checks

    @Test
    @DisplayName("splitting the input at random points and merging the parts in random order gives the one-pass result")
    void splitAndMergeInAnyOrderEqualsOnePass() {
        Random random = new Random(seed());
        for (int trial = 0; trial < 12; trial++) {
            List<Interaction> input = interactions(random, 1 + random.nextInt(sampleSize()));
            A onePass = accumulate(input);
            A merged = RandomSplits.accumulateInRandomParts(input, random, this::accumulate, (a, b) -> a.merge(b));
            assertThat(merged.count()).as("count").isEqualTo(onePass.count());
            assertSameResult(onePass.result(), merged.result());
        }
    }

    @Test
    @DisplayName("merge is associative")
    void mergeIsAssociative() {
        Random random = new Random(seed() + 1);
        for (int trial = 0; trial < 5; trial++) {
            List<Interaction> x = interactions(random, random.nextInt(sampleSize() / 3 + 1));
            List<Interaction> y = interactions(random, random.nextInt(sampleSize() / 3 + 1));
            List<Interaction> z = interactions(random, random.nextInt(sampleSize() / 3 + 1));
            A left = accumulate(x);
            left.merge(accumulate(y));
            left.merge(accumulate(z));
            A yz = accumulate(y);
            yz.merge(accumulate(z));
            A right = accumulate(x);
            right.merge(yz);
            assertSameResult(left.result(), right.result());
        }
    }

    @Test
    @DisplayName("merge is commutative")
    void mergeIsCommutative() {
        Random random = new Random(seed() + 2);
        for (int trial = 0; trial < 5; trial++) {
            List<Interaction> x = interactions(random, random.nextInt(sampleSize() / 2 + 1));
            List<Interaction> y = interactions(random, random.nextInt(sampleSize() / 2 + 1));
            A xy = accumulate(x);
            xy.merge(accumulate(y));
            A yx = accumulate(y);
            yx.merge(accumulate(x));
            assertSameResult(xy.result(), yx.result());
        }
    }

    @Test
    @DisplayName("the empty state is the identity of merge, on either side")
    void emptyStateIsTheIdentity() {
        Random random = new Random(seed() + 3);
        List<Interaction> x = interactions(random, sampleSize());
        Estimate expected = accumulate(x).result();
        A left = metric().newAccumulator();
        left.merge(accumulate(x));
        A right = accumulate(x);
        right.merge(metric().newAccumulator());
        assertSameResult(expected, left.result());
        assertSameResult(expected, right.result());
        A empty = metric().newAccumulator();
        empty.merge(metric().newAccumulator());
        assertThat(empty.count()).isZero();
        assertSameResult(metric().newAccumulator().result(), empty.result());
    }

    @Test
    @DisplayName("an empty accumulator has count 0 and a result with n 0")
    void emptyAccumulatorHasNoObservations() {
        A empty = metric().newAccumulator();
        assertThat(empty.count()).isZero();
        assertThat(empty.result().n()).isZero();
        assertThat(empty.result().metric()).isEqualTo(metric().name());
    }

    @Test
    @DisplayName("merge leaves its argument unchanged, and result and count leave the state unchanged")
    void mergeResultAndCountDoNotChangeWhatTheyRead() {
        Random random = new Random(seed() + 4);
        List<Interaction> x = interactions(random, sampleSize() / 2);
        List<Interaction> y = interactions(random, sampleSize() / 2);
        A b = accumulate(y);
        Estimate before = b.result();
        A a = accumulate(x);
        a.merge(b);
        assertSameResult(before, b.result());
        assertSameResult(before, b.result());
        b.count();
        // The merged state must not share mutable parts with its argument.
        b.add(randomInteraction(random));
        A again = accumulate(x);
        again.merge(accumulate(y));
        assertSameResult(again.result(), a.result());
    }

    @Test
    @DisplayName("a state merged into itself counts everything twice")
    void selfMergeDoublesTheCount() {
        Random random = new Random(seed() + 5);
        List<Interaction> x = interactions(random, sampleSize() / 2);
        A a = accumulate(x);
        a.merge(copy(a));
        List<Interaction> twice = new ArrayList<>(x);
        twice.addAll(x);
        assertSameResult(accumulate(twice).result(), a.result());
    }

    @Test
    @DisplayName("a state merged with itself (the same object) counts everything twice and terminates")
    void mergingAStateWithItselfDoublesIt() {
        Random random = new Random(seed() + 15);
        List<Interaction> x = interactions(random, sampleSize() / 2);
        A a = accumulate(x);
        a.merge(a);
        List<Interaction> twice = new ArrayList<>(x);
        twice.addAll(x);
        assertSameResult(accumulate(twice).result(), a.result());
        assertThat(a.count()).isEqualTo(accumulate(twice).count());
    }

    @Test
    @DisplayName("a state of a differently configured metric is refused by decode and by merge, naming the setting")
    void statesOfAnotherConfigurationAreRefused() {
        Optional<Metric<A>> other = differentlyConfigured();
        if (other.isEmpty()) {
            assertThat(metric().configuration()).as("a metric without a differently configured twin must have "
                    + "no configuration").isEmpty();
            return;
        }
        Metric<A> twin = other.get();
        assertThat(twin.name()).isEqualTo(metric().name());
        Map<String, String> mine = metric().configuration();
        Map<String, String> theirs = twin.configuration();
        assertThat(theirs).as("configuration of the differently configured metric").isNotEqualTo(mine);
        String differing = mine.keySet().stream().filter(k -> !java.util.Objects.equals(mine.get(k),
                theirs.get(k))).findFirst().orElseGet(() -> theirs.keySet().iterator().next());

        Random random = new Random(seed() + 16);
        List<Interaction> x = interactions(random, sampleSize() / 2);
        A state = accumulate(x);
        byte[] bytes = StateEncoding.encode(metric(), state);
        assertThatThrownBy(() -> StateEncoding.decode(twin, bytes)).isInstanceOf(StateFormatException.class)
                .hasMessageContaining(differing);

        A theirState = twin.newAccumulator();
        for (Interaction i : x) {
            add(theirState, i);
        }
        Estimate before = state.result();
        assertThatThrownBy(() -> state.merge(theirState)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(differing);
        assertSameResult(before, state.result());
        assertThatThrownBy(() -> theirState.merge(state)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the state encoding round-trips, for empty and random states, byte for byte")
    void encodingRoundTrips() {
        Random random = new Random(seed() + 6);
        for (int trial = 0; trial < 6; trial++) {
            A state = accumulate(interactions(random, trial == 0 ? 0 : random.nextInt(sampleSize() + 1)));
            byte[] bytes = StateEncoding.encode(metric(), state);
            assertThat(StateEncoding.metricName(bytes)).isEqualTo(metric().name());
            A decoded = StateEncoding.decode(metric(), bytes);
            assertThat(decoded.count()).isEqualTo(state.count());
            assertSameResult(state.result(), decoded.result());
            assertThat(StateEncoding.encode(metric(), decoded)).as("re-encoding").isEqualTo(bytes);
        }
    }

    @Test
    @DisplayName("a decoded state keeps accumulating as the original would")
    void decodedStateKeepsAccumulating() {
        Random random = new Random(seed() + 7);
        List<Interaction> x = interactions(random, sampleSize() / 2);
        List<Interaction> y = interactions(random, sampleSize() / 2);
        A decoded = copy(accumulate(x));
        for (Interaction i : y) {
            add(decoded, i);
        }
        decoded.merge(copy(accumulate(y)));
        List<Interaction> all = new ArrayList<>(x);
        all.addAll(y);
        all.addAll(y);
        assertSameResult(accumulate(all).result(), decoded.result());
    }

    @Test
    @DisplayName("decoding random garbage fails with StateFormatException")
    void decodingGarbageFails() {
        Random random = new Random(seed() + 8);
        for (int trial = 0; trial < 200; trial++) {
            byte[] garbage = new byte[random.nextInt(200)];
            random.nextBytes(garbage);
            assertThatThrownBy(() -> StateEncoding.decode(metric(), garbage))
                    .isInstanceOf(StateFormatException.class);
        }
    }

    @Test
    @DisplayName("decoding truncated bytes fails with StateFormatException, at every length")
    void decodingTruncatedBytesFails() {
        Random random = new Random(seed() + 9);
        byte[] bytes = StateEncoding.encode(metric(), accumulate(interactions(random, sampleSize())));
        for (int len = 0; len < bytes.length; len++) {
            byte[] cut = Arrays.copyOf(bytes, len);
            assertThatThrownBy(() -> StateEncoding.decode(metric(), cut)).as("first %d bytes", len)
                    .isInstanceOf(StateFormatException.class);
        }
    }

    @Test
    @DisplayName("decoding bytes with one flipped bit fails with StateFormatException")
    void decodingCorruptedBytesFails() {
        Random random = new Random(seed() + 10);
        byte[] bytes = StateEncoding.encode(metric(), accumulate(interactions(random, sampleSize())));
        for (int trial = 0; trial < 100; trial++) {
            byte[] bad = bytes.clone();
            int i = random.nextInt(bad.length);
            bad[i] ^= (byte) (1 << random.nextInt(8));
            assertThatThrownBy(() -> StateEncoding.decode(metric(), bad)).as("bit flipped in byte %d", i)
                    .isInstanceOf(StateFormatException.class);
        }
    }

    @Test
    @DisplayName("decoding another metric's state fails with StateFormatException")
    void decodingAnotherMetricsStateFails() {
        KitCountMetric other = new KitCountMetric();
        KitCount state = other.newAccumulator();
        state.add(randomInteraction(new Random(seed())));
        byte[] bytes = StateEncoding.encode(other, state);
        assertThatThrownBy(() -> StateEncoding.decode(metric(), bytes))
                .isInstanceOf(StateFormatException.class).hasMessageContaining(KitCountMetric.NAME);
    }

    @Test
    @DisplayName("decoding a state of a newer codec version fails with StateFormatException")
    void decodingATooNewVersionFails() throws IOException {
        Random random = new Random(seed() + 11);
        A state = accumulate(interactions(random, sampleSize() / 4));
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        metric().codec().write(state, new DataOutputStream(payload));
        byte[] bytes = frame(metric().name(), metric().codec().version() + 1, payload.toByteArray());
        assertThatThrownBy(() -> StateEncoding.decode(metric(), bytes))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("version");
        byte[] zero = frame(metric().name(), 0, payload.toByteArray());
        assertThatThrownBy(() -> StateEncoding.decode(metric(), zero)).isInstanceOf(StateFormatException.class);
    }

    @Test
    @DisplayName("a well-framed random payload decodes to a state or fails with StateFormatException, nothing else")
    void randomPayloadsFailCleanly() {
        Random random = new Random(seed() + 12);
        ByteArrayOutputStream real = new ByteArrayOutputStream();
        try {
            metric().codec().write(accumulate(interactions(random, sampleSize() / 4)), new DataOutputStream(real));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        int size = real.size();
        for (int trial = 0; trial < 300; trial++) {
            byte[] payload;
            if (trial % 2 == 0) {
                payload = new byte[random.nextInt(2 * size + 16)];
                random.nextBytes(payload);
            } else {
                // A real payload with a few bytes changed gets past length checks and probes value checks.
                payload = real.toByteArray();
                for (int k = 0; k < 1 + random.nextInt(4) && payload.length > 0; k++) {
                    payload[random.nextInt(payload.length)] = (byte) random.nextInt(256);
                }
            }
            byte[] bytes = frame(metric().name(), metric().codec().version(), payload);
            try {
                A decoded = StateEncoding.decode(metric(), bytes);
                assertThat(decoded.count()).as("count of a decoded state").isNotNegative();
                decoded.result();
            } catch (StateFormatException expected) {
                // the clean failure
            } catch (RuntimeException | Error e) {
                fail("payload " + Arrays.toString(payload) + " failed with " + e + " instead of a "
                        + "StateFormatException", e);
            }
        }
    }

    @Test
    @DisplayName("invalid input is rejected with IllegalArgumentException and leaves the state unchanged")
    void invalidInputIsRejected() {
        Random random = new Random(seed() + 13);
        List<Interaction> x = interactions(random, sampleSize() / 4);
        for (Map.Entry<String, Consumer<A>> bad : invalidInputs().entrySet()) {
            A acc = accumulate(x);
            Estimate before = acc.result();
            long count = acc.count();
            assertThatThrownBy(() -> bad.getValue().accept(acc)).as(bad.getKey())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(acc.count()).as("count after rejecting " + bad.getKey()).isEqualTo(count);
            assertSameResult(before, acc.result());
        }
    }

    @Test
    @DisplayName("the result names the metric and never has a negative n")
    void resultNamesTheMetric() {
        Random random = new Random(seed() + 14);
        A acc = accumulate(interactions(random, sampleSize()));
        Estimate e = acc.result();
        assertThat(e.metric()).isEqualTo(metric().name());
        assertThat(e.n()).isNotNegative();
        e.interval().ifPresent(i -> assertThat(i.lower()).isLessThanOrEqualTo(i.upper()));
        assertThat(acc.count()).isPositive();
    }

    /**
     * Frames a payload as {@link StateEncoding} does, with a valid checksum and the configuration of the metric
     * under test, for any name and version.
     *
     * @param name the name
     * @param version the payload's format version, at least 1
     * @param payload the state's own bytes
     * @return the framed bytes
     */
    protected final byte[] frame(String name, int version, byte[] payload) {
        return StateEncoding.frame(name, version, metric().configuration(), payload);
    }

    /** A trivial metric whose bytes the metric under test must refuse. */
    static final class KitCountMetric implements Metric<KitCount> {
        static final String NAME = "cx-kit-count";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public KitCount newAccumulator() {
            return new KitCount();
        }

        @Override
        public StateCodec<KitCount> codec() {
            return new StateCodec<>() {
                @Override
                public int version() {
                    return 1;
                }

                @Override
                public void write(KitCount state, DataOutput out) throws IOException {
                    out.writeLong(state.n);
                }

                @Override
                public KitCount read(DataInput in, int version) throws IOException {
                    KitCount c = new KitCount();
                    c.n = in.readLong();
                    if (c.n < 0) {
                        throw new StateFormatException("count must not be negative, was " + c.n);
                    }
                    return c;
                }
            };
        }
    }

    /** The state of {@link KitCountMetric}: a count of interactions. */
    static final class KitCount implements Accumulator<KitCount> {
        long n;

        @Override
        public void add(Interaction interaction) {
            n++;
        }

        @Override
        public void merge(KitCount other) {
            n += other.n;
        }

        @Override
        public Estimate result() {
            return new Estimate(KitCountMetric.NAME, n, n, Optional.empty(), "count", Map.of());
        }

        @Override
        public long count() {
            return n;
        }
    }
}
