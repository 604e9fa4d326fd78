package io.cxkit.metrics.change;

import io.cxkit.metrics.stat.ChiSquared;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Are answers distributed alike across groups? Pearson's chi-square test of homogeneity on a groups × answer
 * categories table (e.g. channels × detractor/passive/promoter), with Cramér's V = √(χ² / (N (min(r, c) − 1)))
 * as the effect size (Cramér 1946, Mathematical Methods of Statistics, §21.9), and for each group its own test
 * against all the others pooled (a 2 × c table), with p-values corrected for the number of groups.
 */
public final class Homogeneity {
    private Homogeneity() {
    }

    /**
     * One group against the rest.
     *
     * @param group the group's name
     * @param n its answers
     * @param chiSquare its 2 × c statistic
     * @param pValue the raw p-value
     * @param adjustedPValue corrected for the number of groups
     * @param cramersV the 2 × c effect size
     */
    public record GroupTest(String group, long n, double chiSquare, double pValue, double adjustedPValue,
                            double cramersV) {
    }

    /**
     * The result.
     *
     * @param categories the answer categories (columns)
     * @param n all answers
     * @param chiSquare Pearson's statistic
     * @param df (r − 1)(c − 1), over the groups and categories with any answers
     * @param pValue P(χ²(df) &gt; chiSquare)
     * @param cramersV the effect size in [0, 1]
     * @param minExpected the smallest expected count (below 5 the χ² approximation is doubtful)
     * @param groups each group against the rest
     * @param correction the multiple-comparison correction of the group tests
     */
    public record Result(List<String> categories, long n, double chiSquare, int df, double pValue, double cramersV,
                         double minExpected, List<GroupTest> groups, MultipleComparisons.Method correction) {
        /**
         * Copies the lists.
         *
         * @param categories the answer categories (columns)
         * @param n its answers
         * @param chiSquare its 2 × c statistic
         * @param df (r − 1)(c − 1), over the groups and categories with any answers
         * @param pValue the raw p-value
         * @param cramersV the 2 × c effect size
         * @param minExpected the smallest expected count (below 5 the χ² approximation is doubtful)
         * @param groups each group against the rest
         * @param correction the multiple-comparison correction of the group tests
         */
        public Result {
            categories = List.copyOf(categories);
            groups = List.copyOf(groups);
            Objects.requireNonNull(correction, "correction");
        }
    }

    /**
     * Tests a table of counts.
     *
     * @param groups the row names
     * @param categories the column names
     * @param counts counts[group][category], non-negative
     * @param correction the multiple-comparison correction of the group tests
     * @return the test statistic, its degrees of freedom and p-value
     * @throws IllegalArgumentException if fewer than two groups or two categories have any answers
     */
    public static Result test(List<String> groups, List<String> categories, long[][] counts,
                              MultipleComparisons.Method correction) {
        int r = groups.size();
        int c = categories.size();
        long[] rows = new long[r];
        long[] cols = new long[c];
        long n = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException("counts must not be negative, was " + counts[i][j]);
                }
                rows[i] += counts[i][j];
                cols[j] += counts[i][j];
                n += counts[i][j];
            }
        }
        int liveRows = 0;
        int liveCols = 0;
        for (long v : rows) {
            liveRows += v > 0 ? 1 : 0;
        }
        for (long v : cols) {
            liveCols += v > 0 ? 1 : 0;
        }
        if (liveRows < 2 || liveCols < 2) {
            throw new IllegalArgumentException("a homogeneity test needs answers in at least two groups and two "
                    + "categories, had " + liveRows + " group(s) and " + liveCols + " categor" + (liveCols == 1 ? "y"
                    : "ies") + " with answers");
        }
        double[] stat = chiSquare(counts, rows, cols, n);
        int df = (liveRows - 1) * (liveCols - 1);
        double v = Math.sqrt(stat[0] / (n * (Math.min(liveRows, liveCols) - 1)));
        List<GroupTest> tests = new ArrayList<>();
        double[] raw = new double[r];
        double[][] each = new double[r][];
        for (int i = 0; i < r; i++) {
            long[][] two = new long[2][c];
            for (int j = 0; j < c; j++) {
                two[0][j] = counts[i][j];
                two[1][j] = cols[j] - counts[i][j];
            }
            long[] tr = {rows[i], n - rows[i]};
            if (tr[0] == 0 || tr[1] == 0) {
                each[i] = new double[] {0, Double.POSITIVE_INFINITY};
                raw[i] = 1;
                continue;
            }
            each[i] = chiSquare(two, tr, cols, n);
            raw[i] = ChiSquared.upperTail(each[i][0], liveCols - 1);
        }
        double[] adj = MultipleComparisons.adjust(raw, correction);
        for (int i = 0; i < r; i++) {
            tests.add(new GroupTest(groups.get(i), rows[i], each[i][0], raw[i], adj[i],
                    rows[i] == 0 ? 0 : Math.sqrt(each[i][0] / n)));
        }
        return new Result(categories, n, stat[0], df, ChiSquared.upperTail(stat[0], df), v, stat[1], tests,
                correction);
    }

    /** {χ², smallest expected count} over the non-empty rows and columns. */
    private static double[] chiSquare(long[][] counts, long[] rows, long[] cols, long n) {
        double x2 = 0;
        double minExpected = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == 0) {
                continue;
            }
            for (int j = 0; j < cols.length; j++) {
                if (cols[j] == 0) {
                    continue;
                }
                double e = (double) rows[i] * cols[j] / n;
                minExpected = Math.min(minExpected, e);
                double d = counts[i][j] - e;
                x2 += d * d / e;
            }
        }
        return new double[] {x2, minExpected};
    }
}
