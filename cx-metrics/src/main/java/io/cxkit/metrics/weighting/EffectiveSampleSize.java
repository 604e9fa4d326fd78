package io.cxkit.metrics.weighting;

/**
 * Kish's effective sample size of weighted data, {@code (Σw)² / Σw²} (Kish 1965, <i>Survey Sampling</i>,
 * §11.7): the number of unweighted respondents that would give the same precision. It equals n for equal
 * weights and falls as weights spread.
 */
public final class EffectiveSampleSize {
    private EffectiveSampleSize() {
    }

    /**
     * The Kish effective sample size; 0 for no weights or all-zero weights.
     *
     * @param weights the weights, one per value
     * @return the Kish effective sample size; 0 for no weights or all-zero weights
     * @throws IllegalArgumentException if a weight is negative or not finite
     */
    public static double kish(double[] weights) {
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weight " + i + " must be a non-negative number, was " + w);
            }
            sum += w;
            squares += w * w;
        }
        return squares == 0 ? 0 : sum * sum / squares;
    }
}
