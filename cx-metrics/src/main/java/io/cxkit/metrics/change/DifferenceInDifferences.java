package io.cxkit.metrics.change;

import io.cxkit.metrics.Interval;
import io.cxkit.metrics.change.internal.Ols;
import io.cxkit.metrics.drivers.internal.Matrices;
import io.cxkit.metrics.stat.StudentT;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Difference-in-differences of a per-answer metric (an NPS answer scored +1/0/−1, a CSAT top-box 0/1, a CES
 * score) between a treated and a control group, before and after a date: the coefficient of treated × after in
 * y = b₀ + b₁ treated + b₂ after + b₃ treated·after (Angrist &amp; Pischke 2009, Mostly Harmless Econometrics,
 * §5.2), with a cluster-robust standard error clustered by customer (Liang &amp; Zeger 1986; the CR1 small-sample
 * factor G/(G−1)·(N−1)/(N−K) as Stata applies it) and a t reference with G − 1 degrees of freedom (Cameron &amp;
 * Miller 2015, "A Practitioner's Guide to Cluster-Robust Inference", JHR 50(2), §VI).
 *
 * <p>The parallel-trends check fits, on the pre-period only, y = a₀ + a₁ treated + a₂ t + a₃ treated·t with t
 * the period index, and tests a₃ (the difference in pre-period slopes) with the same clustered errors.
 *
 * <p>A mergeable accumulator: per customer it keeps the cross-products X'X and X'y of both designs, which is
 * all the clustered sandwich needs, so states from many threads or machines merge exactly. Not thread-safe.
 */
public final class DifferenceInDifferences {
    private static final int MAGIC = 0x43584444; // "CXDD"
    private static final int VERSION = 1;
    private static final int K = 4;
    /** Per cluster: main X'X (16), X'y (4), pre X'X (16), X'y (4), y'y main (1), y'y pre (1). */
    private static final int WIDTH = 42;
    private final Map<String, double[]> clusters = new HashMap<>();

    private DifferenceInDifferences() {
    }

    /**
     * An empty state.
     *
     * @return an empty state
     */
    public static DifferenceInDifferences create() {
        return new DifferenceInDifferences();
    }

    /**
     * Adds one observation.
     *
     * @param customer the cluster (customer id)
     * @param treated in the treated group (else control)
     * @param after at or after the change (else before)
     * @param period the period index (e.g. weeks since the first observation), for the pre-period trend
     * @param value the metric's per-answer value
     * @throws IllegalArgumentException if value or period is not finite
     */
    public void add(String customer, boolean treated, boolean after, double period, double value) {
        if (!Double.isFinite(value) || !Double.isFinite(period)) {
            throw new IllegalArgumentException("value and period must be finite, were " + value + ", " + period);
        }
        double[] s = clusters.computeIfAbsent(customer, c -> new double[WIDTH]);
        double tr = treated ? 1 : 0;
        double af = after ? 1 : 0;
        accumulate(s, 0, new double[] {1, tr, af, tr * af}, value);
        s[40] += value * value;
        if (!after) {
            accumulate(s, 20, new double[] {1, tr, period, tr * period}, value);
            s[41] += value * value;
        }
    }

    private static void accumulate(double[] s, int off, double[] x, double y) {
        for (int a = 0; a < K; a++) {
            s[off + 16 + a] += x[a] * y;
            for (int b = 0; b < K; b++) {
                s[off + a * K + b] += x[a] * x[b];
            }
        }
    }

    /**
     * Adds {@code other}'s state into this one; {@code other} is unchanged.
     *
     * @param other the state to merge in; it is not changed
     */
    public void merge(DifferenceInDifferences other) {
        other.clusters.forEach((c, v) -> {
            double[] s = clusters.computeIfAbsent(c, x -> new double[WIDTH]);
            for (int i = 0; i < WIDTH; i++) {
                s[i] += v[i];
            }
        });
    }

    /**
     * Observations added.
     *
     * @return the number of observations added
     */
    public long count() {
        long n = 0;
        for (double[] s : clusters.values()) {
            n += Math.round(s[0]);
        }
        return n;
    }

    /**
     * A pre-period trend check.
     *
     * @param slopeDifference treated's pre-period slope minus control's, in the metric's unit per period
     * @param stdError its cluster-robust standard error
     * @param pValue the two-sided p-value (t, G − 1 df); a small value casts doubt on parallel trends
     * @param interval the interval of the slope difference
     * @param n pre-period observations
     */
    public record PreTrend(double slopeDifference, double stdError, double pValue, Interval interval, long n) {
    }

    /**
     * The DiD result.
     *
     * @param estimate the DiD effect, in the metric's per-answer unit (e.g. NPS points ÷ 100)
     * @param stdError its cluster-robust (CR1) standard error
     * @param interval the t interval with G − 1 degrees of freedom
     * @param pValue the two-sided p-value
     * @param n observations
     * @param clusters customers (clusters)
     * @param means the four cell means, keyed {@code treated_before}, {@code treated_after},
     *        {@code control_before}, {@code control_after}
     * @param counts the four cells' observation counts, same keys
     * @param parallelTrends the pre-period trend check, when the pre-period has at least two periods per group
     * @param method the method's name
     */
    public record Result(double estimate, double stdError, Interval interval, double pValue, long n, long clusters,
                         Map<String, Double> means, Map<String, Long> counts, Optional<PreTrend> parallelTrends,
                         String method) {
        /**
         * Copies the maps.
         *
         * @param estimate the DiD effect, in the metric's per-answer unit (e.g. NPS points ÷ 100)
         * @param stdError its cluster-robust standard error
         * @param interval the interval of the slope difference
         * @param pValue the two-sided p-value (t, G − 1 df); a small value casts doubt on parallel trends
         * @param n pre-period observations
         * @param clusters customers (clusters)
         * @param means the four cell means, keyed {@code treated_before}, {@code treated_after}, {@code
         *        control_before}, {@code control_after}
         * @param counts the four cells' observation counts, same keys
         * @param parallelTrends the pre-period trend check, when the pre-period has at least two periods per group
         * @param method the method's name
         */
        public Result {
            means = java.util.Collections.unmodifiableMap(new TreeMap<>(means));
            counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
        }
    }

    /**
     * The estimate.
     *
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the estimate
     * @throws IllegalArgumentException if a group has no data before or after the change, or there are fewer
     *         than two customers
     */
    public Result result(double confidence) {
        double[] xtx = new double[16];
        double[] xty = new double[4];
        double[] pre = new double[16];
        double[] prey = new double[4];
        long n = 0;
        for (double[] s : clusters.values()) {
            for (int i = 0; i < 16; i++) {
                xtx[i] += s[i];
                pre[i] += s[20 + i];
            }
            for (int i = 0; i < 4; i++) {
                xty[i] += s[16 + i];
                prey[i] += s[36 + i];
            }
        }
        // Cell counts from X'X of the saturated design: [1,T,A,TA] products.
        long all = Math.round(xtx[0]);
        long treated = Math.round(xtx[1 * 4 + 1]);
        long after = Math.round(xtx[2 * 4 + 2]);
        long ta = Math.round(xtx[3 * 4 + 3]);
        long tb = treated - ta;
        long ca = after - ta;
        long cb = all - treated - ca;
        Map<String, Long> counts = Map.of("treated_before", tb, "treated_after", ta, "control_before", cb,
                "control_after", ca);
        for (var e : counts.entrySet()) {
            if (e.getValue() == 0) {
                String[] parts = e.getKey().split("_");
                throw new IllegalArgumentException("the " + parts[0] + " group has no data " + parts[1]
                        + " the change: difference-in-differences needs all four of treated/control × before/after");
            }
        }
        int g = clusters.size();
        if (g < 2) {
            throw new IllegalArgumentException("only " + g + " customer: clustered errors need at least 2");
        }
        n = all;
        double[] bread = Matrices.inverse(xtx, K);
        double[] beta = mul(bread, xty);
        double[] meat = new double[16];
        for (double[] s : clusters.values()) {
            double[] score = new double[K];
            for (int a = 0; a < K; a++) {
                double v = s[16 + a];
                for (int b = 0; b < K; b++) {
                    v -= s[a * K + b] * beta[b];
                }
                score[a] = v;
            }
            outer(meat, score);
        }
        double cr1 = (double) g / (g - 1) * (n - 1) / (double) (n - K);
        double[] v = Ols.sandwich(bread, meat, K);
        double se = Math.sqrt(Math.max(0, v[15] * cr1));
        double df = g - 1;
        double crit = StudentT.twoSidedCritical(confidence, df);
        double est = beta[3];
        double p = se > 0 ? StudentT.twoSidedP(est / se, df) : (est == 0 ? 1 : 0);
        Interval iv = new Interval(est - crit * se, est + crit * se, confidence, "t-cluster-robust", false);
        Map<String, Double> means = Map.of(
                "control_before", beta[0],
                "treated_before", beta[0] + beta[1],
                "control_after", beta[0] + beta[2],
                "treated_after", beta[0] + beta[1] + beta[2] + beta[3]);
        return new Result(est, se, iv, p, n, g, means, counts, preTrend(pre, prey, confidence, g),
                "difference-in-differences, OLS with CR1 errors clustered by customer, t(G-1)");
    }

    private Optional<PreTrend> preTrend(double[] xtx, double[] xty, double confidence, int g) {
        long n = Math.round(xtx[0]);
        double[] bread;
        try {
            bread = Matrices.inverse(xtx, K);
        } catch (Matrices.SingularMatrixException e) {
            return Optional.empty();
        }
        double[] beta = mul(bread, xty);
        double[] meat = new double[16];
        int used = 0;
        for (double[] s : clusters.values()) {
            if (s[20] == 0) {
                continue;
            }
            used++;
            double[] score = new double[K];
            for (int a = 0; a < K; a++) {
                double v = s[36 + a];
                for (int b = 0; b < K; b++) {
                    v -= s[20 + a * K + b] * beta[b];
                }
                score[a] = v;
            }
            outer(meat, score);
        }
        if (used < 2 || n <= K) {
            return Optional.empty();
        }
        double cr1 = (double) used / (used - 1) * (n - 1) / (double) (n - K);
        double[] v = Ols.sandwich(bread, meat, K);
        double se = Math.sqrt(Math.max(0, v[15] * cr1));
        double df = used - 1;
        double crit = StudentT.twoSidedCritical(confidence, df);
        double p = se > 0 ? StudentT.twoSidedP(beta[3] / se, df) : 1;
        return Optional.of(new PreTrend(beta[3], se, p, new Interval(beta[3] - crit * se, beta[3] + crit * se,
                confidence, "t-cluster-robust", false), n));
    }

    private static double[] mul(double[] m, double[] v) {
        double[] out = new double[K];
        for (int a = 0; a < K; a++) {
            for (int b = 0; b < K; b++) {
                out[a] += m[a * K + b] * v[b];
            }
        }
        return out;
    }

    private static void outer(double[] into, double[] u) {
        for (int a = 0; a < K; a++) {
            for (int b = 0; b < K; b++) {
                into[a * K + b] += u[a] * u[b];
            }
        }
    }

    /**
     * The state as bytes: magic "CXDD", version, the number of customers, then each id and its sums.
     *
     * @return the state as bytes: magic "CXDD", version, the number of customers, then each id and its sums
     */
    public byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(clusters.size());
            for (var e : new TreeMap<>(clusters).entrySet()) {
                out.writeUTF(e.getKey());
                for (double d : e.getValue()) {
                    out.writeDouble(d);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a state written by {@link #encode}.
     *
     * @param bytes the encoded state
     * @return the state
     * @throws IllegalArgumentException if the bytes are not such a state
     */
    public static DifferenceInDifferences decode(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IllegalArgumentException("not a version-1 difference-in-differences state");
            }
            int g = in.readInt();
            DifferenceInDifferences d = new DifferenceInDifferences();
            for (int i = 0; i < g; i++) {
                String id = in.readUTF();
                double[] s = new double[WIDTH];
                for (int j = 0; j < WIDTH; j++) {
                    s[j] = in.readDouble();
                }
                d.clusters.put(id, s);
            }
            return d;
        } catch (IOException e) {
            throw new IllegalArgumentException("difference-in-differences state cannot be read: " + e.getMessage(), e);
        }
    }
}
