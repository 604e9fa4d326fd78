package io.cxkit.segments;

import java.util.List;

/**
 * Z-scores per column: {@code (x − mean) / sd} with the population standard deviation (divisor n, as
 * scikit-learn's {@code StandardScaler}). A missing value (NaN) is imputed with its column's mean, so its z is 0;
 * a constant column has z = 0 throughout. Both are counted in the result so nothing is silent.
 */
public final class Standardizer {
    private Standardizer() {
    }

    /**
     * The standardized matrix and what was imputed.
     *
     * @param matrix the standardized values
     * @param means each column's mean before standardizing (over present values)
     * @param sds each column's population standard deviation (0 for a constant column)
     * @param imputed missing values replaced by the column mean, per column
     */
    public record Standardized(FeatureMatrix matrix, double[] means, double[] sds, long[] imputed) {
        /**
         * Columns whose values were all equal (or all missing): they carry no information.
         *
         * @return the names of the columns whose values were all equal (or all missing)
         */
        public List<String> constantColumns() {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (int j = 0; j < sds.length; j++) {
                if (sds[j] == 0) {
                    out.add(matrix.names().get(j));
                }
            }
            return out;
        }
    }

    /**
     * Standardizes every column.
     *
     * @param m the feature matrix
     * @return the standardized matrix and each column's mean and scale
     */
    public static Standardized zScores(FeatureMatrix m) {
        return transform(m, true);
    }

    /**
     * Imputes missing values with the column mean and leaves the scale alone ({@code --standardize none}).
     *
     * @param m the feature matrix
     * @return the imputed matrix and each column's mean
     */
    public static Standardized imputeOnly(FeatureMatrix m) {
        return transform(m, false);
    }

    private static Standardized transform(FeatureMatrix m, boolean scale) {
        int n = m.rows();
        int d = m.columns();
        double[] x = m.values();
        double[] means = new double[d];
        double[] sds = new double[d];
        long[] imputed = new long[d];
        double[] out = new double[x.length];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            long present = 0;
            for (int i = 0; i < n; i++) {
                double v = x[i * d + j];
                if (Double.isFinite(v)) {
                    sum += v;
                    present++;
                }
            }
            double mean = present == 0 ? 0 : sum / present;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double v = x[i * d + j];
                double t = (Double.isFinite(v) ? v : mean) - mean;
                ss += t * t;
            }
            double sd = Math.sqrt(ss / n);
            means[j] = mean;
            sds[j] = sd;
            for (int i = 0; i < n; i++) {
                double v = x[i * d + j];
                if (!Double.isFinite(v)) {
                    imputed[j]++;
                    v = mean;
                }
                out[i * d + j] = !scale ? v : sd == 0 ? 0 : (v - mean) / sd;
            }
        }
        return new Standardized(new FeatureMatrix(m.names(), m.rowIds(), out), means, sds, imputed);
    }
}
