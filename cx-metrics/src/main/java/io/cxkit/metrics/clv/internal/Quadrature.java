package io.cxkit.metrics.clv.internal;

import java.util.function.DoubleUnaryOperator;

/** Numerical integration of smooth functions on a finite interval. */
public final class Quadrature {
    private static final int MAX_DEPTH = 40;

    private static final int ORDER = 20;
    /** The evaluations of f one {@link #gaussLegendre} panel takes. */
    public static final int NODES_PER_PANEL = ORDER;
    private static final double[] NODES = new double[ORDER];
    private static final double[] WEIGHTS = new double[ORDER];

    static {
        // Gauss–Legendre nodes and weights on [−1, 1] by Newton's method on P_n (Golub & Welsch give the same).
        for (int i = 0; i < ORDER; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (ORDER + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1;
                double p1 = x;
                for (int k = 2; k <= ORDER; k++) {
                    double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                dp = ORDER * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / dp;
                x -= dx;
                if (Math.abs(dx) < 1e-16) {
                    break;
                }
            }
            NODES[i] = x;
            WEIGHTS[i] = 2 / ((1 - x * x) * dp * dp);
        }
    }

    private Quadrature() {
    }

    /**
     * ∫ f over [a, b] by a fixed 20-point Gauss–Legendre rule: exact for polynomials of degree 39, and a smooth
     * function of any parameter f depends on (no adaptive refinement), which numerical derivatives need.
     */
    public static double gaussLegendre(DoubleUnaryOperator f, double a, double b) {
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double s = 0;
        for (int i = 0; i < ORDER; i++) {
            s += WEIGHTS[i] * f.applyAsDouble(mid + half * NODES[i]);
        }
        return half * s;
    }

    /**
     * ∫ f over [a, b] by adaptive Simpson's rule, splitting until the Richardson error estimate of each panel is
     * below its share of {@code tolerance} (absolute).
     */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double tolerance) {
        if (a == b) {
            return 0;
        }
        // Start from 16 panels so that a narrow peak is not missed by the first, coarse estimate.
        int panels = 16;
        double h = (b - a) / panels;
        double total = 0;
        for (int i = 0; i < panels; i++) {
            double lo = a + i * h;
            double hi = i == panels - 1 ? b : lo + h;
            double flo = f.applyAsDouble(lo);
            double fhi = f.applyAsDouble(hi);
            double mid = 0.5 * (lo + hi);
            double fmid = f.applyAsDouble(mid);
            double whole = (hi - lo) / 6 * (flo + 4 * fmid + fhi);
            total += adapt(f, lo, hi, flo, fmid, fhi, whole, tolerance / panels, MAX_DEPTH);
        }
        return total;
    }

    private static double adapt(DoubleUnaryOperator f, double a, double b, double fa, double fm, double fb,
                                double whole, double tol, int depth) {
        double m = 0.5 * (a + b);
        double lm = 0.5 * (a + m);
        double rm = 0.5 * (m + b);
        double flm = f.applyAsDouble(lm);
        double frm = f.applyAsDouble(rm);
        double left = (m - a) / 6 * (fa + 4 * flm + fm);
        double right = (b - m) / 6 * (fm + 4 * frm + fb);
        double diff = left + right - whole;
        if (depth <= 0 || Math.abs(diff) <= 15 * tol) {
            return left + right + diff / 15;
        }
        return adapt(f, a, m, fa, flm, fm, left, tol / 2, depth - 1) + adapt(f, m, b, fm, frm, fb, right, tol / 2,
                depth - 1);
    }
}
