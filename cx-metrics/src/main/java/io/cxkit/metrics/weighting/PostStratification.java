package io.cxkit.metrics.weighting;

import io.cxkit.core.Customer;
import io.cxkit.core.Interaction;
import java.util.List;

/**
 * Post-stratification: each respondent in cell c gets the weight {@code target_c / n_c} (targets as counts;
 * shares are scaled to the number of respondents), so the weighted cells match the population exactly in one
 * step (Holt and Smith 1979, "Post stratification", JRSS A 142(1)). For several dimensions at once without
 * their joint distribution, use {@link Raking}; for a crossed cell, give it as one attribute.
 */
public final class PostStratification {
    private final Raking raking;

    private PostStratification(Raking raking) {
        this.raking = raking;
    }

    /**
     * Post-stratification on the one dimension the targets name.
     *
     * @param targets the margin targets
     * @return post-stratification on the one dimension the targets name
     * @throws IllegalArgumentException if the targets name more than one dimension, or as {@link Raking#of}
     */
    public static PostStratification of(List<MarginTarget> targets) {
        Raking r = Raking.of(targets);
        if (r.dimensionNames().size() != 1) {
            throw new IllegalArgumentException("post-stratification takes one dimension, targets name "
                    + r.dimensionNames() + "; use raking for several margins");
        }
        return new PostStratification(r.withMaxIterations(1).withTolerance(1e-9));
    }

    /**
     * Weights for interactions as respondents, in list order.
     *
     * @param respondents the respondents
     * @return the weights, in list order
     * @throws IllegalArgumentException as {@link Raking#weights}
     */
    public RakingResult weights(List<Interaction> respondents) {
        return raking.weights(respondents);
    }

    /**
     * Weights for customers as respondents, in list order.
     *
     * @param respondents the respondents
     * @return the weights, in list order
     * @throws IllegalArgumentException as {@link Raking#weightsForCustomers}
     */
    public RakingResult weightsForCustomers(List<Customer> respondents) {
        return raking.weightsForCustomers(respondents);
    }
}
