package io.cxkit.metrics.service;

import io.cxkit.core.Outcome;
import java.util.Set;

/** The checks the service metrics' builders share, so that each setting fails with the same message. */
final class BuilderChecks {
    private BuilderChecks() {
    }

    /**
     * The confidence level, if it is within (0, 1).
     *
     * @throws IllegalArgumentException otherwise
     */
    static double confidence(double c) {
        if (!(c > 0 && c < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + c);
        }
        return c;
    }

    /**
     * A copy of the outcomes that mean "resolved", if there is at least one.
     *
     * @throws IllegalArgumentException if the set is empty
     */
    static Set<Outcome> resolvedOutcomes(Set<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("resolved outcomes must not be empty");
        }
        return Set.copyOf(outcomes);
    }
}
