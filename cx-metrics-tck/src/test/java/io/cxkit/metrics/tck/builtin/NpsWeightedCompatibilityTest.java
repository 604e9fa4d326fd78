package io.cxkit.metrics.tck.builtin;

import io.cxkit.metrics.survey.*;
import io.cxkit.metrics.*;
import io.cxkit.core.Interaction;

/** The NPS accumulator passes the compatibility kit when every answer carries a survey weight. */
class NpsWeightedCompatibilityTest extends NpsCompatibilityTest {
    @Override
    protected void add(NpsAccumulator accumulator, Interaction interaction) {
        accumulator.addWeighted(interaction, 0.25 + (interaction.id().hashCode() & 0xFF) / 64.0);
    }
}
