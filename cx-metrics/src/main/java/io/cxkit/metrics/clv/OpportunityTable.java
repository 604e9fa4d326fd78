package io.cxkit.metrics.clv;

/**
 * Discrete-time histories for BG/BB: rows of (x, t_x, n, weight), where n is the number of transaction
 * opportunities after the first, x the number of them taken, t_x the last one taken (0 when x = 0), and the
 * weight the number of customers with that history (Fader, Hardie &amp; Shang 2010 fit exactly such counts).
 */
public final class OpportunityTable {
    final int[] x;
    final int[] tx;
    final int[] n;
    final double[] weight;

    private OpportunityTable(int[] x, int[] tx, int[] n, double[] weight) {
        this.x = x;
        this.tx = tx;
        this.n = n;
        this.weight = weight;
    }

    /**
     * A table from columns (copied).
     *
     * @param x the x
     * @param tx the time of the last repeat transaction (recency, t_x)
     * @param n the n
     * @param weight the weight
     * @return a table from columns (copied)
     * @throws IllegalArgumentException if the lengths differ, or a row breaks 0 ≤ x ≤ t_x ≤ n (with t_x = 0 when
     *         x = 0), or a weight is not positive and finite
     */
    public static OpportunityTable of(int[] x, int[] tx, int[] n, double[] weight) {
        if (tx.length != x.length || n.length != x.length || weight.length != x.length) {
            throw new IllegalArgumentException("BG/BB columns must have equal lengths, were x=" + x.length + ", t_x="
                    + tx.length + ", n=" + n.length + ", weight=" + weight.length);
        }
        for (int i = 0; i < x.length; i++) {
            String row = "row " + (i + 1);
            if (x[i] < 0 || n[i] < 0) {
                throw new IllegalArgumentException("x and n of " + row + " must be >= 0, were x=" + x[i] + ", n="
                        + n[i]);
            }
            if (x[i] == 0 ? tx[i] != 0 : tx[i] < x[i] || tx[i] > n[i]) {
                throw new IllegalArgumentException("t_x of " + row + " must be 0 when x = 0 and within x..n "
                        + "otherwise, was t_x=" + tx[i] + " with x=" + x[i] + ", n=" + n[i]);
            }
            if (!(weight[i] > 0) || Double.isInfinite(weight[i])) {
                throw new IllegalArgumentException("weight of " + row + " must be positive and finite, was "
                        + weight[i]);
            }
        }
        return new OpportunityTable(x.clone(), tx.clone(), n.clone(), weight.clone());
    }

    /**
     * The number of rows.
     *
     * @return the number of rows
     */
    public int size() {
        return x.length;
    }

    /**
     * The total weight.
     *
     * @return the total weight
     */
    public double totalWeight() {
        double s = 0;
        for (double w : weight) {
            s += w;
        }
        return s;
    }
}
