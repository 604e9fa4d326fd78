package io.cxkit.metrics.stat;

import io.cxkit.metrics.stat.internal.SpecialFunctions;

/**
 * The chi-squared distribution's upper tail, for contingency-table, Wald and Ljung–Box tests: P(X &gt; x) =
 * Q(k/2, x/2), the regularised upper incomplete gamma function, by its series below a + 1 and its continued
 * fraction above (DLMF 8.11.4 and 8.9.2, evaluated with the modified Lentz method).
 */
public final class ChiSquared {
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;

    private ChiSquared() {
    }

    /**
     * P(X &gt; x) for X ~ χ²(df).
     *
     * @param x {@code x} in the description above
     * @param df the degrees of freedom
     * @return P(X &gt; x) for X ~ χ²(df)
     * @throws IllegalArgumentException if df is not positive or x is NaN
     */
    public static double upperTail(double x, double df) {
        if (!(df > 0) || Double.isNaN(x)) {
            throw new IllegalArgumentException("chi-squared needs positive degrees of freedom and a number, were df="
                    + df + ", x=" + x);
        }
        if (x <= 0) {
            return 1;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        return upperGamma(df / 2, x / 2);
    }

    /** Q(a, x) = Γ(a, x)/Γ(a). */
    static double upperGamma(double a, double x) {
        double logFront = a * Math.log(x) - x - SpecialFunctions.lnGamma(a);
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n < 100_000; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * EPS) {
                    break;
                }
            }
            return Math.max(0, 1 - Math.exp(logFront) * sum);
        }
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 100_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                break;
            }
        }
        return Math.exp(logFront) * h;
    }
}
