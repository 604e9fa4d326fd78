package io.cxkit.journey.state;

import io.cxkit.journey.EventLog;
import io.cxkit.journey.map.VariantCounts;
import io.cxkit.metrics.tck.MergeableStateCompatibilityKit;
import java.util.Optional;
import java.util.Random;

/** The variant-count state passes the mergeable-state kit; its result is the ranked variant list. */
class VariantCountsCompatibilityTest extends MergeableStateCompatibilityKit<VariantCounts, EventLog> {
    @Override
    protected VariantCounts newState() {
        return new VariantCounts("touchpoint");
    }

    @Override
    protected EventLog randomItem(Random random) {
        return RandomCases.oneCase(random);
    }

    @Override
    protected void add(VariantCounts state, EventLog item) {
        state.add(item);
    }

    @Override
    protected Object result(VariantCounts state) {
        return state.all();
    }

    @Override
    protected Optional<VariantCounts> differentlyConfigured() {
        return Optional.of(new VariantCounts("channel"));
    }
}
