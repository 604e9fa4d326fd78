package io.cxkit.metrics.change;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Adjusted p-values for many tests at once, e.g. every channel × month against the rest.
 * <ul>
 *   <li>{@link Method#HOLM}: Holm (1979), controls the family-wise error rate under any dependence;</li>
 *   <li>{@link Method#BENJAMINI_HOCHBERG}: Benjamini &amp; Hochberg (1995), controls the false discovery rate for
 *       independent or positively dependent tests. The default: breakdowns are exploratory, and FDR keeps power
 *       with dozens of groups.</li>
 * </ul>
 * Adjusted p-values are as R's {@code p.adjust} defines them (monotone, capped at 1).
 */
public final class MultipleComparisons {
    private MultipleComparisons() {
    }

    /** The correction. */
    public enum Method {
        /** No correction. */
        NONE,
        /** Holm's step-down Bonferroni. */
        HOLM,
        /** Benjamini–Hochberg step-up. */
        BENJAMINI_HOCHBERG;

        /**
         * Parses {@code none}, {@code holm}, {@code bh} or {@code benjamini-hochberg}.
         *
         * @param s the text to parse
         * @return the method
         * @throws IllegalArgumentException for anything else
         */
        public static Method parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "none" -> NONE;
                case "holm" -> HOLM;
                case "bh", "fdr", "benjamini-hochberg" -> BENJAMINI_HOCHBERG;
                default -> throw new IllegalArgumentException("correction must be none, holm or bh, was '" + s + "'");
            };
        }
    }

    /**
     * Adjusts p-values.
     *
     * @param p {@code p} in the description above
     * @param method the method
     * @return the adjusted p-values, in the order given
     * @throws IllegalArgumentException if a p-value is outside [0, 1]
     */
    public static double[] adjust(double[] p, Method method) {
        int m = p.length;
        for (double v : p) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("p-values must be within [0, 1], was " + v);
            }
        }
        double[] out = new double[m];
        if (method == Method.NONE || m == 0) {
            return p.clone();
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        if (method == Method.HOLM) {
            double run = 0;
            for (int r = 0; r < m; r++) {
                int i = order[r];
                run = Math.max(run, Math.min(1, (m - r) * p[i]));
                out[i] = run;
            }
        } else {
            double run = 1;
            for (int r = m - 1; r >= 0; r--) {
                int i = order[r];
                run = Math.min(run, Math.min(1, (double) m / (r + 1) * p[i]));
                out[i] = run;
            }
        }
        return out;
    }
}
