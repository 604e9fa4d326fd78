package io.cxkit.metrics.clv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer summaries as columns (x, t_x, T, m̄, weight), the input every transaction model fits and scores.
 * A row's weight is how many customers it stands for, so customers with identical (x, t_x, T) can be
 * {@linkplain #compress() compressed} into one weighted row: the likelihood, and so the fit, is unchanged, and
 * its cost grows with the distinct rows rather than with customers. Immutable.
 */
public final class SummaryTable {
    final double[] x;
    final double[] tx;
    final double[] age;
    final double[] monetary;
    final double[] weight;
    /** The customer key of each row (of its first customer after compression); null for a table of columns. */
    private final String[] ids;
    private final boolean monetaryExact;

    private SummaryTable(double[] x, double[] tx, double[] age, double[] monetary, double[] weight, String[] ids,
                         boolean monetaryExact) {
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.monetary = monetary;
        this.weight = weight;
        this.ids = ids;
        this.monetaryExact = monetaryExact;
    }

    /**
     * One unweighted row per summary, in list order; errors about a row name its customer.
     *
     * @param summaries the per-customer summaries
     * @return one unweighted row per summary, in list order; errors about a row name its customer
     */
    public static SummaryTable of(List<CustomerSummary> summaries) {
        double[] w = new double[summaries.size()];
        Arrays.fill(w, 1);
        return of(summaries, w);
    }

    /**
     * One row per summary, in list order, with the given weights (how many customers each row stands for);
     * errors about a row name its customer.
     *
     * @param summaries the per-customer summaries
     * @param weights the weights, one per value
     * @return one row per summary, in list order, with the given weights (how many customers each row stands for);
     *         errors about a row name its customer
     * @throws IllegalArgumentException if the lengths differ or a weight is not positive and finite (naming the
     *         customer)
     */
    public static SummaryTable of(List<CustomerSummary> summaries, double[] weights) {
        int n = summaries.size();
        if (weights.length != n) {
            throw new IllegalArgumentException("weights must have one entry per summary, were " + weights.length
                    + " for " + n);
        }
        double[] x = new double[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        double[] m = new double[n];
        double[] w = new double[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary s = summaries.get(i);
            x[i] = s.frequency();
            tx[i] = s.recency();
            t[i] = s.age();
            m[i] = s.monetary();
            w[i] = weights[i];
            ids[i] = s.customer();
            if (!(w[i] > 0) || Double.isInfinite(w[i])) {
                throw new IllegalArgumentException("weight of customer " + s.customer()
                        + " must be positive and finite, was " + w[i]);
            }
        }
        return new SummaryTable(x, tx, t, m, w, ids, true);
    }

    /**
     * A table from columns (copied). {@code monetary} may be all zeros when no spend model is fitted.
     *
     * @param x the x
     * @param tx the time of the last repeat transaction (recency, t_x)
     * @param age the time from first purchase to the end of observation (T)
     * @param monetary the monetary
     * @param weight the weight
     * @return a table from columns (copied)
     * @throws IllegalArgumentException if the columns differ in length, a row breaks the rules of
     *         {@link CustomerSummary} (x a non-negative integer, 0 ≤ t_x ≤ T, t_x = 0 when x = 0), or a weight is
     *         not positive and finite
     */
    public static SummaryTable of(double[] x, double[] tx, double[] age, double[] monetary, double[] weight) {
        int n = x.length;
        if (tx.length != n || age.length != n || monetary.length != n || weight.length != n) {
            throw new IllegalArgumentException("summary columns must have equal lengths, were x=" + n + ", t_x="
                    + tx.length + ", T=" + age.length + ", monetary=" + monetary.length + ", weight="
                    + weight.length);
        }
        for (int i = 0; i < n; i++) {
            if (x[i] != Math.rint(x[i])) {
                throw new IllegalArgumentException("x of row " + (i + 1) + " must be a whole number, was " + x[i]);
            }
            checkSummary("row " + (i + 1), (long) x[i], tx[i], age[i]);
            if (!(weight[i] > 0) || Double.isInfinite(weight[i])) {
                throw new IllegalArgumentException("weight of row " + (i + 1) + " must be positive and finite, was "
                        + weight[i]);
            }
            if (!Double.isFinite(monetary[i])) {
                throw new IllegalArgumentException("monetary of row " + (i + 1) + " must be finite, was "
                        + monetary[i]);
            }
        }
        return new SummaryTable(x.clone(), tx.clone(), age.clone(), monetary.clone(), weight.clone(), null, true);
    }

    static void check(String who, long x, double tx, double age) {
        if (x < 0) {
            throw new IllegalArgumentException("x (frequency) of " + who + " must be >= 0, was " + x);
        }
        if (!(tx >= 0) || Double.isInfinite(tx)) {
            throw new IllegalArgumentException("t_x (recency) of " + who + " must be finite and >= 0, was " + tx);
        }
        if (!(age >= 0) || Double.isInfinite(age)) {
            throw new IllegalArgumentException("T (age) of " + who + " must be finite and >= 0, was " + age);
        }
        if (tx > age) {
            throw new IllegalArgumentException("t_x (recency) of " + who + " must be <= T, was t_x=" + tx
                    + " > T=" + age);
        }
        if (x == 0 && tx != 0) {
            throw new IllegalArgumentException("t_x (recency) of " + who + " must be 0 when x = 0, was " + tx);
        }
    }

    /**
     * The rules of a summary a fit takes, on top of {@link #check}: a repeat transaction happens on a later day
     * than the first purchase, so x &gt; 0 needs t_x &gt; 0. (A prediction for t_x = 0 is still defined, as a limit.)
     */
    static void checkSummary(String who, long x, double tx, double age) {
        check(who, x, tx, age);
        if (x > 0 && tx == 0) {
            throw new IllegalArgumentException("t_x (recency) of " + who + " must be > 0 when x > 0 (a repeat "
                    + "transaction comes after the first purchase), was 0 with x = " + x);
        }
    }

    /**
     * Merges rows with identical (x, t_x, T) into one row whose weight is their total weight and whose m̄ is
     * their weight-averaged m̄. Row order: first appearance.
     * The spend model needs each customer's own m̄, so a compressed table in which rows of different m̄ were
     * merged is refused by {@link GammaGamma#fit}.
     *
     * @return the compressed table
     */
    public SummaryTable compress() {
        Map<Key, Integer> index = new HashMap<>();
        int n = size();
        double[] x2 = new double[n];
        double[] tx2 = new double[n];
        double[] t2 = new double[n];
        double[] mw = new double[n];
        double[] w2 = new double[n];
        String[] id2 = ids == null ? null : new String[n];
        boolean exact = monetaryExact;
        int rows = 0;
        for (int i = 0; i < n; i++) {
            Key k = new Key(x[i], tx[i], age[i]);
            Integer at = index.putIfAbsent(k, rows);
            int r;
            if (at == null) {
                r = rows++;
                x2[r] = x[i];
                tx2[r] = tx[i];
                t2[r] = age[i];
                if (id2 != null) {
                    id2[r] = ids[i];
                }
            } else {
                r = at;
                if (mw[r] / w2[r] != monetary[i]) {
                    exact = false;
                }
            }
            mw[r] += monetary[i] * weight[i];
            w2[r] += weight[i];
        }
        double[] m2 = new double[rows];
        for (int r = 0; r < rows; r++) {
            m2[r] = mw[r] / w2[r];
        }
        return new SummaryTable(Arrays.copyOf(x2, rows), Arrays.copyOf(tx2, rows), Arrays.copyOf(t2, rows), m2,
                Arrays.copyOf(w2, rows), id2 == null ? null : Arrays.copyOf(id2, rows), exact);
    }

    private record Key(double x, double tx, double age) {
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
     * The total weight: the number of customers the table stands for.
     *
     * @return the total weight: the number of customers the table stands for
     */
    public double totalWeight() {
        double s = 0;
        for (double v : weight) {
            s += v;
        }
        return s;
    }

    /**
     * x of row i.
     *
     * @param i the 0-based index
     * @return x of row i
     */
    public double frequency(int i) {
        return x[i];
    }

    /**
     * t_x of row i.
     *
     * @param i the 0-based index
     * @return t_x of row i
     */
    public double recency(int i) {
        return tx[i];
    }

    /**
     * T of row i.
     *
     * @param i the 0-based index
     * @return T of row i
     */
    public double age(int i) {
        return age[i];
    }

    /**
     * m̄ of row i.
     *
     * @param i the 0-based index
     * @return m̄ of row i
     */
    public double monetary(int i) {
        return monetary[i];
    }

    /**
     * The weight of row i.
     *
     * @param i the 0-based index
     * @return the weight of row i
     */
    public double weight(int i) {
        return weight[i];
    }

    /**
     * Whether every row's m̄ is its customers' own (false after compression merged different m̄).
     *
     * @return whether every row's m̄ is its customers' own (false after compression merged different m̄)
     */
    public boolean monetaryExact() {
        return monetaryExact;
    }

    /**
     * The rows with x &gt; 0 (repeat buyers).
     *
     * @return the rows with x &gt; 0 (repeat buyers)
     */
    public SummaryTable repeatBuyers() {
        return select(false);
    }

    /**
     * The rows with x &gt; 0 and m̄ &gt; 0: the customers the spend model is fitted on. Repeat buyers whose repeat
     * transactions have no positive value (free items, refunds netted to zero) carry no information the
     * Gamma-Gamma model can use; they are left out and counted ({@link ModelFit#excluded()}).
     *
     * @return the rows with x &gt; 0 and m̄ &gt; 0: the customers the spend model is fitted on
     */
    public SummaryTable repeatBuyersWithSpend() {
        return select(true);
    }

    private SummaryTable select(boolean positiveSpend) {
        int k = 0;
        for (int i = 0; i < size(); i++) {
            if (x[i] > 0 && (!positiveSpend || monetary[i] > 0)) {
                k++;
            }
        }
        double[][] c = new double[5][k];
        String[] id = ids == null ? null : new String[k];
        int j = 0;
        for (int i = 0; i < size(); i++) {
            if (x[i] > 0 && (!positiveSpend || monetary[i] > 0)) {
                c[0][j] = x[i];
                c[1][j] = tx[i];
                c[2][j] = age[i];
                c[3][j] = monetary[i];
                c[4][j] = weight[i];
                if (id != null) {
                    id[j] = ids[i];
                }
                j++;
            }
        }
        return new SummaryTable(c[0], c[1], c[2], c[3], c[4], id, monetaryExact);
    }

    /**
     * Who row i is, for messages: {@code customer 10244}, {@code customer 17 and 4 others with the same (x, t_x, T)}
     * after compression, or {@code row 12} for a table built from columns.
     */
    String who(int i) {
        if (ids == null) {
            return "row " + (i + 1);
        }
        double others = weight[i] - 1;
        return others > 0 && others == Math.rint(others)
                ? "customer " + ids[i] + " and " + (long) others + " others with the same (x, t_x, T)"
                : "customer " + ids[i];
    }

    /**
     * The customer key of row i (its first customer after compression), if the table was built from summaries.
     *
     * @param i the 0-based index
     * @return the customer key of row i (its first customer after compression), if the table was built from summaries
     */
    public java.util.Optional<String> customer(int i) {
        return ids == null ? java.util.Optional.empty() : java.util.Optional.of(ids[i]);
    }
}
