package io.cxkit.metrics.weighting;

import java.util.Arrays;

/**
 * The outcome of raking or post-stratification: a weight per respondent, in input order, and how well the
 * margins were met. {@link #converged()} is true only if the largest remaining margin error is within the
 * tolerance; otherwise the weights are the last iteration's and should not be trusted as calibrated.
 */
public final class RakingResult {
    private final double[] weights;
    private final boolean converged;
    private final int iterations;
    private final double maxMarginError;
    private final double effectiveN;

    RakingResult(double[] weights, boolean converged, int iterations, double maxMarginError) {
        this.weights = weights;
        this.converged = converged;
        this.iterations = iterations;
        this.maxMarginError = maxMarginError;
        this.effectiveN = EffectiveSampleSize.kish(weights);
    }

    /**
     * The number of respondents.
     *
     * @return the number of respondents
     */
    public int size() {
        return weights.length;
    }

    /**
     * The weight of respondent {@code i} (input order).
     *
     * @param i the 0-based index
     * @return the weight of respondent {@code i} (input order)
     * @throws IndexOutOfBoundsException if i is not within 0..size()−1
     */
    public double weight(int i) {
        return weights[i];
    }

    /**
     * A copy of the weights, in input order.
     *
     * @return a copy of the weights, in input order
     */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * True if every margin is within the tolerance.
     *
     * @return true if every margin is within the tolerance
     */
    public boolean converged() {
        return converged;
    }

    /**
     * The number of full sweeps over all margins (for post-stratification, 1).
     *
     * @return the number of full sweeps over all margins (for post-stratification, 1)
     */
    public int iterations() {
        return iterations;
    }

    /**
     * The largest remaining margin error after the last sweep: max over every dimension and category of
     * |weighted total − target|, as a share of the target total (so 0.001 is 0.1 percentage points).
     *
     * @return the largest remaining margin error after the last sweep: max over every dimension and category of
     *         |weighted total − target|, as a share of the target total (so 0.001 is 0.1 percentage points)
     */
    public double maxMarginError() {
        return maxMarginError;
    }

    /**
     * The Kish effective sample size of the weights, {@code (Σw)² / Σw²}.
     *
     * @return the Kish effective sample size of the weights, {@code (Σw)² / Σw²}
     */
    public double effectiveN() {
        return effectiveN;
    }

    /**
     * The sum of the weights.
     *
     * @return the sum of the weights
     */
    public double totalWeight() {
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s;
    }

    @Override
    public String toString() {
        return "RakingResult[n=" + weights.length + ", converged=" + converged + ", iterations=" + iterations
                + ", maxMarginError=" + maxMarginError + ", effectiveN=" + effectiveN + ", weights="
                + (weights.length <= 8 ? Arrays.toString(weights) : "...") + "]";
    }
}
