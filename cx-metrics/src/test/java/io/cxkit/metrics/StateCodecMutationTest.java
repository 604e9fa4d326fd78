package io.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.retention.ChurnRate;
import io.cxkit.metrics.retention.CohortRetention;
import io.cxkit.metrics.service.AverageHandleTime;
import io.cxkit.metrics.service.FirstContactResolution;
import io.cxkit.metrics.service.FirstResponseTime;
import io.cxkit.metrics.service.HandleTimeQuantiles;
import io.cxkit.metrics.service.ResolutionTime;
import io.cxkit.metrics.survey.Ces;
import io.cxkit.metrics.survey.CesAgree;
import io.cxkit.metrics.survey.Csat;
import io.cxkit.metrics.survey.CsatMean;
import io.cxkit.metrics.survey.Nps;
import io.cxkit.metrics.survey.NpsAccumulator;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of every state codec: real states of the generated sample, mutated a few thousand
 * times each (bit flips, random bytes, cuts, insertions, duplicated runs), both as whole frames and as payloads
 * re-framed with a valid checksum (which gets past the checksum and probes the codecs' own checks). Every
 * decode must either give a usable state (result, count, empty reason, re-encoding and merging all work, and a
 * result with n &gt; 0 has a number) or fail with {@link StateFormatException}. Deterministic: fixed seeds,
 * a fixed number of mutations, no clock.
 */
class StateCodecMutationTest {
    private static final int MUTATIONS = 3000;
    private static List<Interaction> sample;

    @BeforeAll
    static void generate() {
        sample = SampleGenerator.builder().customers(40).seed(11).days(120).build().generateList();
    }

    static Stream<Metric<?>> metrics() {
        return Stream.of(Nps.standard(), Csat.standard(), CesAgree.standard(), Ces.standard(), CsatMean.standard(),
                FirstContactResolution.defaults(), FirstResponseTime.defaults(), ResolutionTime.defaults(),
                AverageHandleTime.defaults(), HandleTimeQuantiles.defaults(), ChurnRate.defaults());
    }

    /** Applies one random mutation to a copy of {@code bytes}. */
    static byte[] mutate(byte[] bytes, Random random) {
        byte[] b = bytes.clone();
        int kind = random.nextInt(6);
        if (b.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(b.length);
        switch (kind) {
            case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> b[at] = (byte) random.nextInt(256);
            case 2 -> b = java.util.Arrays.copyOf(b, at);
            case 3 -> {
                byte[] grown = new byte[b.length + 1 + random.nextInt(8)];
                System.arraycopy(b, 0, grown, 0, at);
                for (int i = at; i < at + grown.length - b.length; i++) {
                    grown[i] = (byte) random.nextInt(256);
                }
                System.arraycopy(b, at, grown, at + grown.length - b.length, b.length - at);
                b = grown;
            }
            case 4 -> {
                // A 4- or 8-byte field set to an extreme: 0, -1, MIN or MAX.
                long[] extremes = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE, 1L << 53};
                long v = extremes[random.nextInt(extremes.length)];
                int width = random.nextBoolean() ? 4 : 8;
                for (int i = 0; i < width && at + i < b.length; i++) {
                    b[at + i] = (byte) (v >>> (8 * (width - 1 - i)));
                }
            }
            default -> {
                int len = Math.min(b.length - at, 1 + random.nextInt(16));
                byte[] grown = new byte[b.length + len];
                System.arraycopy(b, 0, grown, 0, at + len);
                System.arraycopy(b, at, grown, at + len, b.length - at);
                b = grown;
            }
        }
        return b;
    }

    private static <A extends Accumulator<A>> byte[] payload(Metric<A> metric, A state) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            metric.codec().write(state, new DataOutputStream(out));
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metrics")
    <A extends Accumulator<A>> void everyMutatedStateDecodesToAUsableStateOrFailsWithStateFormatException(
            Metric<A> metric) {
        Random random = new Random(0xF022L ^ metric.name().hashCode());
        A state = metric.newAccumulator();
        sample.forEach(state::add);
        assertThat(state.count()).as("the sample gives " + metric.name() + " something to encode").isPositive();
        byte[] frame = StateEncoding.encode(metric, state);
        byte[] payload = payload(metric, state);
        for (int trial = 0; trial < MUTATIONS; trial++) {
            byte[] bytes = trial % 2 == 0 ? mutate(frame, random) : StateEncoding.frame(metric.name(),
                    metric.codec().version(), metric.configuration(), mutate(payload, random));
            A decoded;
            try {
                decoded = StateEncoding.decode(metric, bytes);
            } catch (StateFormatException refused) {
                continue;
            } catch (RuntimeException | Error e) {
                fail(metric.name() + ": mutated state " + HexFormat.of().formatHex(bytes) + " failed with " + e
                        + " instead of a StateFormatException", e);
                return;
            }
            requireUsable(metric, decoded, bytes);
        }
    }

    private static <A extends Accumulator<A>> void requireUsable(Metric<A> metric, A decoded, byte[] bytes) {
        try {
            Estimate e = decoded.result();
            assertThat(decoded.count()).isNotNegative();
            assertThat(e.n()).isNotNegative();
            if (e.n() > 0) {
                assertThat(e.value()).as("value with n " + e.n()).isNotNaN();
            }
            decoded.emptyReason();
            A merged = metric.newAccumulator();
            merged.merge(decoded);
            merged.result();
            try {
                merged.merge(decoded);
                assertThat(merged.count()).as("count after merging twice").isNotNegative();
                assertThat(merged.result().n()).as("n after merging twice").isNotNegative();
            } catch (IllegalArgumentException tooLarge) {
                // a merge that would pass what a state counts is refused, never wrapped
            }
            StateEncoding.decode(metric, StateEncoding.encode(metric, decoded)).result();
        } catch (RuntimeException | AssertionError e) {
            fail(metric.name() + ": mutated state " + HexFormat.of().formatHex(bytes)
                    + " decoded to a state that is not usable: " + e, e);
        }
    }

    @Test
    void everyMutatedCohortStateDecodesToABuildableMatrixOrFailsWithStateFormatException() {
        CohortRetention cohorts = CohortRetention.inZone(ZoneId.of("UTC"));
        CohortRetention.State state = cohorts.newState();
        sample.forEach(state::add);
        byte[] frame = state.encode();
        byte[] payload = StateEncoding.unframe(frame, CohortRetention.NAME, CohortRetention.VERSION,
                Map.of("zone", "UTC")).payload();
        Random random = new Random(0xC0407L);
        for (int trial = 0; trial < MUTATIONS; trial++) {
            byte[] bytes = trial % 2 == 0 ? mutate(frame, random) : StateEncoding.frame(CohortRetention.NAME,
                    CohortRetention.VERSION, Map.of("zone", "UTC"), mutate(payload, random));
            try {
                CohortRetention.State decoded = cohorts.decode(bytes);
                decoded.matrix();
                decoded.merge(cohorts.newState());
                cohorts.decode(decoded.encode()).matrix();
            } catch (StateFormatException refused) {
                // the clean failure
            } catch (RuntimeException | Error e) {
                fail("cohort: mutated state " + HexFormat.of().formatHex(bytes) + " failed with " + e, e);
            }
        }
    }

    @Test
    void aMutatedNpsStateNeverMergesIntoANegativeCount() {
        NpsAccumulator a = Nps.standard().newAccumulator();
        sample.forEach(a::add);
        byte[] payload = payload(Nps.standard(), a);
        Random random = new Random(0x4E5L);
        for (int trial = 0; trial < MUTATIONS; trial++) {
            byte[] bytes = StateEncoding.frame("nps", 1, Nps.standard().configuration(), mutate(payload, random));
            try {
                NpsAccumulator d = StateEncoding.decode(Nps.standard(), bytes);
                NpsAccumulator sum = Nps.standard().newAccumulator();
                sum.merge(d);
                try {
                    sum.merge(d);
                } catch (IllegalArgumentException tooMany) {
                    continue;
                }
                assertThat(sum.count()).isNotNegative();
                assertThat(sum.result().n()).isNotNegative();
            } catch (StateFormatException refused) {
                // the clean failure
            }
        }
    }

    /** Found by the mutation run: an AHT state whose contact count, merged with itself, wrapped below zero. */
    @Test
    void regressionAnAhtStateOfHugeCountIsRefusedWhenMergedInsteadOfWrapping() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.writeLong(Long.MAX_VALUE / 2 + 3);
        out.writeLong(1000);
        out.writeLong(0);
        out.writeLong(0);
        out.writeLong(0);
        out.writeLong(1_000_000);
        AverageHandleTime aht = AverageHandleTime.defaults();
        byte[] bytes = StateEncoding.frame(aht.name(), aht.codec().version(), aht.configuration(), b.toByteArray());
        AverageHandleTime.State s = StateEncoding.decode(aht, bytes);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.merge(s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contacts");
        assertThat(s.count()).isEqualTo(Long.MAX_VALUE / 2 + 3);
    }
}
