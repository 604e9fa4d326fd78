package io.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Metric#historyKey}: one state per history key, merged in any order, equals one pass, for every
 * registered metric; and the log-keeping metrics do key their history, so each per-key state stays small.
 */
class HistoryKeyTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(200).seed(23L).build()
            .generateList();

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void statesKeptPerHistoryKeyAndMergedInAnyOrderEqualOnePass() {
        MetricRegistry registry = MetricRegistry.discover();
        for (String name : registry.names()) {
            Metric metric = registry.create(name, MetricOptions.defaults());
            Accumulator one = metric.newAccumulator();
            Map<String, Accumulator> byKey = new LinkedHashMap<>();
            for (Interaction i : SAMPLE) {
                one.add(i);
                String key = (String) ((java.util.Optional) metric.historyKey(i)).orElse("");
                byKey.computeIfAbsent(key, k -> metric.newAccumulator()).add(i);
            }
            List<Accumulator> parts = new ArrayList<>(byKey.values());
            Collections.shuffle(parts, new Random(7));
            Accumulator merged = metric.newAccumulator();
            // Through the codec, as an engine that stores bytes reads them back.
            for (Accumulator p : parts) {
                merged.merge(StateEncoding.decode(metric, StateEncoding.encode(metric, p)));
            }
            assertThat(merged.result()).as(name).isEqualTo(one.result());
            assertThat(merged.count()).as(name).isEqualTo(one.count());
        }
    }

    @Test
    void theLogKeepingMetricsKeyByCustomerAndTheCountShapedOnesKeepNoHistory() {
        MetricRegistry registry = MetricRegistry.discover();
        Interaction i = SAMPLE.get(SAMPLE.size() / 2);
        for (String name : List.of("fcr", "frt", "resolution", "churn")) {
            assertThat(registry.create(name, MetricOptions.defaults()).historyKey(i)).as(name)
                    .contains(i.customerId().value());
        }
        for (String name : List.of("nps", "csat", "csat_mean", "ces", "ces_agree", "aht")) {
            assertThat(registry.create(name, MetricOptions.defaults()).historyKey(i)).as(name).isEmpty();
        }
    }
}
