package io.cxkit.metrics.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.cxkit.metrics.MergeableState;
import io.cxkit.metrics.StateEncoding;
import io.cxkit.metrics.StateFormatException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit of {@link MergeableState}, the contract of the count-shaped states that are not metrics
 * (journey-map counts, variant counts, conversion-path counts, per-customer lifetime-value summaries, or a user's
 * own). Extend it in the state's test, supply an empty state, a seeded generator of the units the state adds
 * (a case, a journey, a transaction) and a differently configured twin, and it checks on seeded random data:
 * <ul>
 *   <li>splitting the input at random points and merging the parts in a random tree gives the one-pass state,
 *       compared by {@link #result} and by the encoded bytes;</li>
 *   <li>merge is associative and commutative, the empty state is its identity on either side, merge leaves its
 *       argument as it was, and a state merged with itself (the same object) counts everything twice;</li>
 *   <li>the encoding round-trips byte for byte, and a decoded state keeps adding and merging as the original;</li>
 *   <li>decoding garbage, truncated, bit-flipped bytes, a state of another kind or of a newer (or zero)
 *       version fails with {@link StateFormatException}, and a well-framed random payload never fails with
 *       anything else;</li>
 *   <li>decode and merge refuse a state of another configuration, naming the setting that differs.</li>
 * </ul>
 * States of the contract are exact (counts, exact sums, sketch bucket counts), so "the same state" here means the
 * same bytes: canonical payloads make equal states encode equally.
 *
 * @param <S> the state type
 * @param <I> the unit the state adds
 */
public abstract class MergeableStateCompatibilityKit<S extends MergeableState<S>, I> {

    /**
     * A new, empty state configured as it will be used.
     *
     * @return a new, empty state
     */
    protected abstract S newState();

    /**
     * One random valid unit drawn from {@code random}.
     *
     * @param random the kit's seeded generator; draw from it only, so that a failure can be replayed
     * @return a unit the state accepts
     */
    protected abstract I randomItem(Random random);

    /**
     * Adds one unit to a state (the state's own {@code add}).
     *
     * @param state the state to add to; changed in place
     * @param item the unit to add
     */
    protected abstract void add(S state, I item);

    /**
     * An empty state of the same kind configured differently in one setting, so that the kit can check that
     * decode and merge refuse it. Empty only for a state whose {@link MergeableState#configuration()} is empty.
     *
     * @return the differently configured empty state, or empty if the state has no settings
     */
    protected abstract Optional<S> differentlyConfigured();

    /**
     * The user-facing answer of a state (a journey map, a ranked variant list, the summaries), compared with
     * {@code equals}. The default is the encoded bytes, as a list.
     *
     * @param state the state to read
     * @return the state's answer; equal answers mean the state is the same for a user
     */
    protected Object result(S state) {
        byte[] b = MergeableState.encode(state);
        List<Byte> out = new ArrayList<>(b.length);
        for (byte x : b) {
            out.add(x);
        }
        return out;
    }

    /**
     * The seed of every random draw in the kit; override to explore other data.
     *
     * @return the seed; {@code 0x5EED_57A7E} unless overridden
     */
    protected long seed() {
        return 0x5EED_57A7EL;
    }

    /**
     * The number of units per generated input.
     *
     * @return the units per generated input; 300 unless overridden
     */
    protected int sampleSize() {
        return 300;
    }

    /**
     * A state holding {@code items}.
     *
     * @param items the units to add, in order
     * @return a new state ({@link #newState()}) with every unit added
     */
    protected final S accumulate(List<I> items) {
        S s = newState();
        for (I i : items) {
            add(s, i);
        }
        return s;
    }

    /**
     * {@code n} random units.
     *
     * @param random the generator to draw from
     * @param n how many units
     * @return {@code n} units drawn by {@link #randomItem}, in draw order
     */
    protected final List<I> items(Random random, int n) {
        List<I> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(randomItem(random));
        }
        return out;
    }

    /**
     * Asserts two states are the same: equal encodings, equal {@link #result}s and counts.
     *
     * @param expected the reference state
     * @param actual the state to check against it
     */
    protected void assertSameState(S expected, S actual) {
        assertThat(actual.count()).as("count").isEqualTo(expected.count());
        assertThat(result(actual)).as("result").isEqualTo(result(expected));
        assertThat(MergeableState.encode(actual)).as("encoded state").isEqualTo(MergeableState.encode(expected));
    }

    private static <T> List<T> twice(List<T> x) {
        List<T> out = new ArrayList<>(x);
        out.addAll(x);
        return out;
    }

    @Test
    @DisplayName("splitting the input at random points and merging the parts in random order gives the one-pass state")
    void splitAndMergeInAnyOrderEqualsOnePass() {
        Random random = new Random(seed());
        for (int trial = 0; trial < 10; trial++) {
            List<I> input = items(random, 1 + random.nextInt(sampleSize()));
            S onePass = accumulate(input);
            S merged = RandomSplits.accumulateInRandomParts(input, random, this::accumulate, (a, b) -> a.merge(b));
            assertSameState(onePass, merged);
        }
    }

    @Test
    @DisplayName("merge is associative and commutative")
    void mergeIsAssociativeAndCommutative() {
        Random random = new Random(seed() + 1);
        for (int trial = 0; trial < 4; trial++) {
            List<I> x = items(random, random.nextInt(sampleSize() / 3 + 1));
            List<I> y = items(random, random.nextInt(sampleSize() / 3 + 1));
            List<I> z = items(random, random.nextInt(sampleSize() / 3 + 1));
            S left = accumulate(x);
            left.merge(accumulate(y));
            left.merge(accumulate(z));
            S yz = accumulate(y);
            yz.merge(accumulate(z));
            S right = accumulate(x);
            right.merge(yz);
            assertSameState(left, right);
            S yx = accumulate(y);
            yx.merge(accumulate(x));
            S xy = accumulate(x);
            xy.merge(accumulate(y));
            assertSameState(xy, yx);
        }
    }

    @Test
    @DisplayName("the empty state is the identity of merge, on either side")
    void emptyStateIsTheIdentity() {
        Random random = new Random(seed() + 2);
        List<I> x = items(random, sampleSize());
        S left = newState();
        left.merge(accumulate(x));
        S right = accumulate(x);
        right.merge(newState());
        assertSameState(accumulate(x), left);
        assertSameState(accumulate(x), right);
        S empty = newState();
        empty.merge(newState());
        assertThat(empty.count()).isZero();
        assertSameState(newState(), empty);
        assertSameState(newState(), newState().empty());
    }

    @Test
    @DisplayName("merge leaves its argument unchanged, and the merged state shares nothing with it")
    void mergeDoesNotChangeItsArgument() {
        Random random = new Random(seed() + 3);
        List<I> x = items(random, sampleSize() / 2);
        List<I> y = items(random, sampleSize() / 2);
        S b = accumulate(y);
        byte[] before = MergeableState.encode(b);
        S a = accumulate(x);
        a.merge(b);
        assertThat(MergeableState.encode(b)).isEqualTo(before);
        for (I i : items(random, 5)) {
            add(b, i);
        }
        S again = accumulate(x);
        again.merge(accumulate(y));
        assertSameState(again, a);
    }

    @Test
    @DisplayName("a state merged with itself (the same object) counts everything twice")
    void mergingAStateWithItselfDoublesIt() {
        Random random = new Random(seed() + 4);
        List<I> x = items(random, sampleSize() / 2);
        S a = accumulate(x);
        a.merge(a);
        assertSameState(accumulate(twice(x)), a);
    }

    @Test
    @DisplayName("the encoding round-trips byte for byte, and a decoded state keeps accumulating")
    void encodingRoundTrips() {
        Random random = new Random(seed() + 5);
        for (int trial = 0; trial < 5; trial++) {
            S state = accumulate(items(random, trial == 0 ? 0 : random.nextInt(sampleSize() + 1)));
            byte[] bytes = MergeableState.encode(state);
            assertThat(StateEncoding.metricName(bytes)).isEqualTo(state.kind());
            assertThat(StateEncoding.configuration(bytes)).isEqualTo(state.configuration());
            S decoded = MergeableState.decode(newState(), bytes);
            assertSameState(state, decoded);
        }
        List<I> x = items(random, sampleSize() / 2);
        List<I> y = items(random, sampleSize() / 2);
        S decoded = MergeableState.copy(accumulate(x));
        for (I i : y) {
            add(decoded, i);
        }
        decoded.merge(MergeableState.copy(accumulate(y)));
        List<I> all = new ArrayList<>(x);
        all.addAll(y);
        all.addAll(y);
        assertSameState(accumulate(all), decoded);
    }

    @Test
    @DisplayName("a state of another configuration is refused by decode and by merge, naming the setting")
    void statesOfAnotherConfigurationAreRefused() {
        Optional<S> other = differentlyConfigured();
        if (other.isEmpty()) {
            assertThat(newState().configuration()).as("a state without a differently configured twin must have "
                    + "no configuration").isEmpty();
            return;
        }
        S twin = other.get();
        Map<String, String> mine = newState().configuration();
        Map<String, String> theirs = twin.configuration();
        assertThat(twin.kind()).isEqualTo(newState().kind());
        assertThat(theirs).isNotEqualTo(mine);
        String differing = mine.keySet().stream().filter(k -> !Objects.equals(mine.get(k), theirs.get(k)))
                .findFirst().orElseGet(() -> theirs.keySet().iterator().next());
        Random random = new Random(seed() + 6);
        List<I> x = items(random, sampleSize() / 2);
        S state = accumulate(x);
        byte[] bytes = MergeableState.encode(state);
        assertThatThrownBy(() -> MergeableState.decode(twin, bytes)).isInstanceOf(StateFormatException.class)
                .hasMessageContaining(differing).hasMessageContaining(mine.get(differing));
        byte[] before = MergeableState.encode(state);
        assertThatThrownBy(() -> state.merge(twin)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(differing);
        assertThat(MergeableState.encode(state)).as("state after a refused merge").isEqualTo(before);
        assertThatThrownBy(() -> twin.merge(state)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("decoding garbage, truncated or bit-flipped bytes fails with StateFormatException")
    void decodingBadBytesFails() {
        Random random = new Random(seed() + 7);
        for (int trial = 0; trial < 100; trial++) {
            byte[] garbage = new byte[random.nextInt(200)];
            random.nextBytes(garbage);
            assertThatThrownBy(() -> MergeableState.decode(newState(), garbage))
                    .isInstanceOf(StateFormatException.class);
        }
        byte[] bytes = MergeableState.encode(accumulate(items(random, sampleSize() / 4)));
        for (int len = 0; len < bytes.length; len++) {
            byte[] cut = Arrays.copyOf(bytes, len);
            assertThatThrownBy(() -> MergeableState.decode(newState(), cut)).as("first %d bytes", len)
                    .isInstanceOf(StateFormatException.class);
        }
        for (int trial = 0; trial < 100; trial++) {
            byte[] bad = bytes.clone();
            int i = random.nextInt(bad.length);
            bad[i] ^= (byte) (1 << random.nextInt(8));
            assertThatThrownBy(() -> MergeableState.decode(newState(), bad)).as("bit flipped in byte %d", i)
                    .isInstanceOf(StateFormatException.class);
        }
    }

    @Test
    @DisplayName("decoding a state of another kind, or of a newer or zero version, fails with StateFormatException")
    void decodingAnotherKindOrVersionFails() throws IOException {
        S state = accumulate(items(new Random(seed() + 8), sampleSize() / 4));
        byte[] payload = payload(state);
        byte[] otherKind = StateEncoding.frame("cx-kit-other", state.version(), state.configuration(), payload);
        assertThatThrownBy(() -> MergeableState.decode(newState(), otherKind))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("cx-kit-other");
        byte[] newer = StateEncoding.frame(state.kind(), state.version() + 1, state.configuration(), payload);
        assertThatThrownBy(() -> MergeableState.decode(newState(), newer))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("version");
        byte[] zero = StateEncoding.frame(state.kind(), 0, state.configuration(), payload);
        assertThatThrownBy(() -> MergeableState.decode(newState(), zero)).isInstanceOf(StateFormatException.class);
        byte[] same = StateEncoding.frame(state.kind(), state.version(), state.configuration(), payload);
        assertSameState(state, MergeableState.decode(newState(), same));
    }

    @Test
    @DisplayName("a well-framed random payload decodes to a state or fails with StateFormatException, nothing else")
    void randomPayloadsFailCleanly() throws IOException {
        Random random = new Random(seed() + 9);
        S empty = newState();
        byte[] real = payload(accumulate(items(random, sampleSize() / 4)));
        for (int trial = 0; trial < 300; trial++) {
            byte[] payload;
            if (trial % 2 == 0) {
                payload = new byte[random.nextInt(2 * real.length + 16)];
                random.nextBytes(payload);
            } else {
                // A real payload with a few bytes changed gets past length checks and probes value checks.
                payload = real.clone();
                for (int k = 0; k < 1 + random.nextInt(4) && payload.length > 0; k++) {
                    payload[random.nextInt(payload.length)] = (byte) random.nextInt(256);
                }
            }
            byte[] bytes = StateEncoding.frame(empty.kind(), empty.version(), empty.configuration(), payload);
            try {
                S decoded = MergeableState.decode(newState(), bytes);
                assertThat(decoded.count()).as("count of a decoded state").isNotNegative();
                result(decoded);
            } catch (StateFormatException expected) {
                // the clean failure
            } catch (RuntimeException | Error e) {
                fail("payload " + Arrays.toString(Arrays.copyOf(payload, Math.min(64, payload.length)))
                        + "... (" + payload.length + " bytes) failed with " + e + " instead of a StateFormatException", e);
            }
        }
    }

    private static byte[] payload(MergeableState<?> state) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        state.writePayload(data);
        data.flush();
        return out.toByteArray();
    }
}
