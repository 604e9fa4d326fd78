package io.cxkit.journey.state;

import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import io.cxkit.journey.attribution.PathCounts;
import io.cxkit.metrics.tck.MergeableStateCompatibilityKit;
import java.util.Optional;
import java.util.Random;

/** The conversion-path state passes the mergeable-state kit; its result is the sorted path list. */
class PathCountsCompatibilityTest extends MergeableStateCompatibilityKit<PathCounts, Journey> {
    @Override
    protected PathCounts newState() {
        return PathCounts.byChannel(Outcome.CONVERTED);
    }

    @Override
    protected Journey randomItem(Random random) {
        return RandomCases.journey(random);
    }

    @Override
    protected void add(PathCounts state, Journey item) {
        state.add(item);
    }

    @Override
    protected Object result(PathCounts state) {
        return state.paths();
    }

    @Override
    protected Optional<PathCounts> differentlyConfigured() {
        return Optional.of(PathCounts.byChannel(Outcome.RESOLVED));
    }
}
