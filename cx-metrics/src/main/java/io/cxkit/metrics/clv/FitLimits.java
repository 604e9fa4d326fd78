package io.cxkit.metrics.clv;

/**
 * The bounds on a maximum-likelihood fit's work. Every fit stops at the first it reaches and then reports
 * {@code converged = false} with the limit named in {@link ModelFit#convergence()}; none is a time, so a fit ends
 * after the same work on every machine and at once on a fast one.
 *
 * @param maxIterations the most quasi-Newton iterations, ≥ 1
 * @param maxEvaluations the most evaluations of the log-likelihood and its gradient (line-search trials included),
 *        ≥ 2
 * @param maxWork the most units of work: one per customer row per evaluation, plus one per series term or
 *        quadrature node a likelihood needs beyond a row's fixed cost (the Pareto/NBD likelihood's series and
 *        integrals), ≥ 1
 */
public record FitLimits(int maxIterations, int maxEvaluations, long maxWork) {
    /**
     * The limits every {@code fit(data)} uses: 500 iterations, 1,000 evaluations and 2·10⁸ units of work. The
     * CDNOW fits take 20–30 iterations and as many evaluations; a BG/NBD fit of a million uncompressed customers
     * about 3–6·10⁷ units. 2·10⁸ units are seconds of computing, whatever the data.
     */
    public static final FitLimits DEFAULT = new FitLimits(500, 1_000, 200_000_000L);

    /**
     * @param maxIterations the most quasi-Newton iterations, ≥ 1
     * @param maxEvaluations the most evaluations of the log-likelihood and its gradient (line-search trials included),
     *        ≥ 2
     * @param maxWork the most units of work: one per customer row per evaluation, plus one per series term or
     *        quadrature node a likelihood needs beyond a row's fixed cost (the Pareto/NBD likelihood's series and
     *        integrals), ≥ 1
     * @throws IllegalArgumentException naming the field, if a limit is below its minimum
     */
    public FitLimits {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
        }
        if (maxEvaluations < 2) {
            throw new IllegalArgumentException("maxEvaluations must be >= 2, was " + maxEvaluations);
        }
        if (maxWork < 1) {
            throw new IllegalArgumentException("maxWork must be >= 1, was " + maxWork);
        }
    }
}
