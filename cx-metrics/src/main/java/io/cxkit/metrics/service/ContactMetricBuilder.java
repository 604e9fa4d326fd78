package io.cxkit.metrics.service;

import java.util.Objects;

/**
 * The settings every contact-based service metric's builder has ({@link FirstContactResolution},
 * {@link FirstResponseTime}, {@link ResolutionTime}): the contacts counted and the confidence level of the
 * interval. Each metric's builder extends it with what only that metric needs.
 *
 * @param <B> the concrete builder, returned by every setter so that calls chain
 */
abstract class ContactMetricBuilder<B extends ContactMetricBuilder<B>> {
    ContactScope scope;
    ContactKinds kinds = ContactKinds.defaults();
    double confidence = 0.95;

    ContactMetricBuilder(ContactScope defaultScope) {
        this.scope = defaultScope;
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /**
     * Sets the contacts counted (the metric's class comment gives the default and which parts it reads).
     *
     * @param s the contacts counted (the metric's class comment gives the default and which parts it reads)
     * @return this builder, for chaining
     */
    public B scope(ContactScope s) {
        scope = Objects.requireNonNull(s, "scope");
        return self();
    }

    /**
     * Sets which kinds of interaction are not contacts (default {@link ContactKinds#defaults()}: survey
     * answers, reviews and transfers are not).
     *
     * @param k which kinds of interaction are not contacts (default {@link ContactKinds#defaults()}: survey answers,
     *        reviews and transfers are not)
     * @return this builder, for chaining
     */
    public B contactKinds(ContactKinds k) {
        kinds = Objects.requireNonNull(k, "contactKinds");
        return self();
    }

    /**
     * Sets the confidence level of the interval (default 0.95).
     *
     * @param c the confidence level of the interval (default 0.95)
     * @return this builder, for chaining
     * @throws IllegalArgumentException if it is not within (0, 1)
     */
    public B confidence(double c) {
        confidence = BuilderChecks.confidence(c);
        return self();
    }
}
