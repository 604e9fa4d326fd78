package io.cxkit.journey.state;

import io.cxkit.journey.EventLog;
import io.cxkit.journey.map.JourneyMapState;
import io.cxkit.metrics.tck.MergeableStateCompatibilityKit;
import java.util.Optional;
import java.util.Random;

/** The journey-map state passes the mergeable-state kit; its result is the map itself. */
class JourneyMapStateCompatibilityTest extends MergeableStateCompatibilityKit<JourneyMapState, EventLog> {
    @Override
    protected JourneyMapState newState() {
        return JourneyMapState.of("touchpoint");
    }

    @Override
    protected EventLog randomItem(Random random) {
        return RandomCases.oneCase(random);
    }

    @Override
    protected void add(JourneyMapState state, EventLog item) {
        state.add(item);
    }

    @Override
    protected Object result(JourneyMapState state) {
        return state.graph();
    }

    @Override
    protected Optional<JourneyMapState> differentlyConfigured() {
        return Optional.of(new JourneyMapState("touchpoint", 0.02));
    }
}
