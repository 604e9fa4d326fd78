package io.cxkit.metrics.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.StateEncoding;
import io.cxkit.metrics.StateFormatException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreakdownCodecTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(150).seed(31L).build()
            .generateList();
    static final MetricRegistry REGISTRY = MetricRegistry.discover();

    /** Every registered metric, so the codec is checked against each metric's own state codec. */
    static List<Metric<?>> metrics(MetricOptions options) {
        List<Metric<?>> out = new java.util.ArrayList<>();
        for (String n : REGISTRY.names()) {
            out.add(REGISTRY.create(n, options));
        }
        return out;
    }

    static final List<Dimension> DIMENSIONS = List.of(Dimension.channel(),
            Dimension.time(TimeBucket.MONTH, ZoneId.of("UTC")));

    private static Breakdown over(List<Interaction> part) {
        Breakdown b = Breakdown.of(metrics(MetricOptions.defaults()), DIMENSIONS);
        part.forEach(b::add);
        return b;
    }

    @Test
    void aBreakdownRoundTripsWithEveryGroupAndEveryMetricsResult() {
        Breakdown b = over(SAMPLE);
        Breakdown back = BreakdownCodec.decode(BreakdownCodec.encode(b), metrics(MetricOptions.defaults()),
                DIMENSIONS);
        assertThat(back.size()).isEqualTo(b.size()).isGreaterThan(20);
        assertThat(back.groups()).isEqualTo(b.groups());
        assertThat(BreakdownCodec.encode(back)).isEqualTo(BreakdownCodec.encode(b));
    }

    @Test
    void decodedPartsMergeIntoTheOnePassBreakdownInEitherOrder() {
        int cut = SAMPLE.size() / 3;
        byte[] first = BreakdownCodec.encode(over(SAMPLE.subList(0, cut)));
        byte[] second = BreakdownCodec.encode(over(SAMPLE.subList(cut, SAMPLE.size())));
        Breakdown ab = BreakdownCodec.decode(first, metrics(MetricOptions.defaults()), DIMENSIONS);
        ab.merge(BreakdownCodec.decode(second, metrics(MetricOptions.defaults()), DIMENSIONS));
        Breakdown ba = BreakdownCodec.decode(second, metrics(MetricOptions.defaults()), DIMENSIONS);
        ba.merge(BreakdownCodec.decode(first, metrics(MetricOptions.defaults()), DIMENSIONS));
        List<Group> expected = over(SAMPLE).groups();
        assertThat(ab.groups()).isEqualTo(expected);
        assertThat(ba.groups()).isEqualTo(expected);
    }

    @Test
    void anEmptyBreakdownRoundTrips() {
        Breakdown empty = Breakdown.of(metrics(MetricOptions.defaults()), List.of());
        Breakdown back = BreakdownCodec.decode(BreakdownCodec.encode(empty), metrics(MetricOptions.defaults()),
                List.of());
        assertThat(back.size()).isZero();
    }

    @Test
    void corruptOrTruncatedBytesAreRefused() {
        byte[] bytes = BreakdownCodec.encode(over(SAMPLE.subList(0, 500)));
        for (int at : new int[] {5, bytes.length / 3, bytes.length / 2, bytes.length - 9}) {
            byte[] bad = bytes.clone();
            bad[at] ^= 0x21;
            assertThatThrownBy(() -> BreakdownCodec.decode(bad, metrics(MetricOptions.defaults()), DIMENSIONS))
                    .as("flip at " + at).isInstanceOf(StateFormatException.class);
        }
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 20);
        assertThatThrownBy(() -> BreakdownCodec.decode(cut, metrics(MetricOptions.defaults()), DIMENSIONS))
                .isInstanceOf(StateFormatException.class);
    }

    @Test
    void aBreakdownOfOtherMetricsOrDimensionsOrAMetricStateIsRefusedNamingWhatDiffers() {
        byte[] bytes = BreakdownCodec.encode(over(SAMPLE.subList(0, 500)));
        assertThatThrownBy(() -> BreakdownCodec.decode(bytes, List.of(REGISTRY.create("nps",
                MetricOptions.defaults())), DIMENSIONS)).isInstanceOf(StateFormatException.class)
                .hasMessageContaining("metrics");
        assertThatThrownBy(() -> BreakdownCodec.decode(bytes, metrics(MetricOptions.defaults()),
                List.of(Dimension.channel()))).isInstanceOf(StateFormatException.class)
                .hasMessageContaining("dimensions");
        Metric<?> nps = REGISTRY.create("nps", MetricOptions.defaults());
        byte[] npsState = encodeEmpty(nps);
        assertThatThrownBy(() -> BreakdownCodec.decode(npsState, List.of(nps), List.of()))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("breakdown");
    }

    @Test
    void aStateOfAnotherConfigurationInsideIsRefusedNamingTheSetting() {
        byte[] bytes = BreakdownCodec.encode(over(SAMPLE.subList(0, 500)));
        assertThatThrownBy(() -> BreakdownCodec.decode(bytes, metrics(MetricOptions.defaults().withConfidence(0.9)),
                DIMENSIONS)).isInstanceOf(StateFormatException.class).hasMessageContaining("confidence");
    }

    @Test
    void aNewerVersionIsRefused() {
        byte[] newer = StateEncoding.frame(BreakdownCodec.NAME, BreakdownCodec.VERSION + 1, Map.of("metrics", "nps",
                "dimensions", ""), new byte[] {0, 0, 0, 0});
        assertThatThrownBy(() -> BreakdownCodec.decode(newer, List.of(REGISTRY.create("nps",
                MetricOptions.defaults())), List.of())).isInstanceOf(StateFormatException.class)
                .hasMessageContaining("version " + (BreakdownCodec.VERSION + 1));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] encodeEmpty(Metric m) {
        return StateEncoding.encode(m, m.newAccumulator());
    }
}
