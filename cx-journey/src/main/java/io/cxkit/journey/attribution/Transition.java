package io.cxkit.journey.attribution;

import java.util.Objects;

/**
 * One non-zero entry of a fitted Markov chain's transition matrix.
 *
 * @param from the state left: {@code (start)} or a state name (its channels joined by {@code ","})
 * @param to the state entered: a state name, {@code (conversion)} or {@code (null)}
 * @param probability the transition probability, in (0, 1]
 * @param weight the journeys that made this transition (the sum of {@code conversions + nulls} of the paths
 *        through it, or of {@code conversions} / {@code nulls} into the absorbing states)
 */
public record Transition(String from, String to, double probability, double weight) {
    /**
     * @param from the state left: {@code (start)} or a state name (its channels joined by {@code ","})
     * @param to the state entered: a state name, {@code (conversion)} or {@code (null)}
     * @param probability the transition probability, in (0, 1]
     * @param weight the journeys that made this transition (the sum of {@code conversions + nulls} of the paths through
     *        it, or of {@code conversions} / {@code nulls} into the absorbing states)
     * @throws NullPointerException if a state name is null
     */
    public Transition {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
    }
}
