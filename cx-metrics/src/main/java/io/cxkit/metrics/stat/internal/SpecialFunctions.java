package io.cxkit.metrics.stat.internal;

/**
 * The project's special functions, written once: log-gamma, digamma, log-beta, the regularised incomplete beta
 * function and the Gauss hypergeometric function. The statistics (t, F, χ² distributions) and the CLV
 * likelihoods both use them; every function works in log space or on positive series so that large arguments
 * (a customer with a million transactions) neither overflow nor lose their digits.
 *
 * <p>Formulas: Stirling's asymptotic series with upward recurrence for ln Γ and ψ (Abramowitz &amp; Stegun 6.1.41,
 * 6.3.18, 6.1.15, 6.3.5); the incomplete beta's continued fraction (DLMF 8.17.22, modified Lentz); the
 * hypergeometric series 15.1.1 with Euler's transformation 15.3.3 where the models need it.
 *
 * <p>Apache Commons Numbers Gamma would cover ln Γ, ψ, ln B and I_x(a, b), but not the log-space pieces the CLV
 * likelihoods need (ln Γ(x+a) − ln Γ(x) for x near 10¹⁸, rising factorials, ψ differences, the Euler-transformed
 * series), so one small class here serves both without a dependency.
 */
public final class SpecialFunctions {
    private static final double HALF_LN_TWO_PI = 0.9189385332046727;
    private static final double ASYMPTOTIC_FROM = 10.0;
    /** Hypergeometric series stop when a term is this small relative to the sum. */
    private static final double SERIES_EPSILON = 1e-16;
    private static final int SERIES_LIMIT = 10_000_000;
    private static final double BETA_EPSILON = 1e-16;
    private static final double BETA_TINY = 1e-300;

    private SpecialFunctions() {
    }

    /**
     * ln Γ(x) for x &gt; 0, to about 1e-14 relative.
     *
     * @throws IllegalArgumentException if x is not positive and finite
     */
    public static double lnGamma(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("lnGamma argument must be positive and finite, was " + x);
        }
        double shift = 0;
        double y = x;
        if (y < ASYMPTOTIC_FROM) {
            // Γ(x) = Γ(x+n) / (x(x+1)...(x+n-1)); the product stays well inside double range for n < 10.
            double product = 1;
            while (y < ASYMPTOTIC_FROM) {
                product *= y;
                y += 1;
            }
            shift = Math.log(product);
        }
        double inv = 1 / y;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
                - inv2 * (1.0 / 1188 - inv2 * (691.0 / 360360 - inv2 / 156))))));
        return (y - 0.5) * Math.log(y) - y + HALF_LN_TWO_PI + series - shift;
    }

    /**
     * ψ(x) = d/dx ln Γ(x) for x &gt; 0.
     *
     * @throws IllegalArgumentException if x is not positive and finite
     */
    public static double digamma(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("digamma argument must be positive and finite, was " + x);
        }
        double shift = 0;
        double y = x;
        while (y < ASYMPTOTIC_FROM) {
            shift -= 1 / y;
            y += 1;
        }
        double inv2 = 1 / (y * y);
        double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
                - inv2 * (1.0 / 132)))));
        return Math.log(y) - 0.5 / y - series + shift;
    }

    /** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b &gt; 0. */
    public static double lnBeta(double a, double b) {
        return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
    }

    /**
     * ln Γ(a + n) − ln Γ(a), the log rising factorial, exact as a sum of logs for small n.
     *
     * @param a positive
     * @param n non-negative
     */
    public static double lnRising(double a, double n) {
        if (n == 0) {
            return 0;
        }
        if (n <= 16 && n == Math.rint(n)) {
            double product = 1;
            for (int k = 0; k < n; k++) {
                product *= a + k;
            }
            return Math.log(product);
        }
        return lnGamma(a + n) - lnGamma(a);
    }

    /**
     * ln Γ(y + q) − ln Γ(y) for y, q &gt; 0, without the cancellation of subtracting two huge log-gammas: for
     * y ≥ 1e5 from Stirling's series, q ln y + [(y + q − ½) ln(1 + q/y) − q] + 1/(12(y+q)) − 1/(12y), whose
     * error is below 1e-15 for q ≤ y. (Subtracting ln Γ(10¹⁸ + q) from ln Γ(10¹⁸) directly leaves an error
     * of thousands.)
     */
    public static double lnGammaRatio(double y, double q) {
        if (y < 1e5 || q > y) {
            return lnGamma(y + q) - lnGamma(y);
        }
        return q * Math.log(y) + ((y + q - 0.5) * Math.log1p(q / y) - q) + (1 / (12 * (y + q)) - 1 / (12 * y));
    }

    /** ψ(a + n) − ψ(a), exact as a sum of reciprocals for small integer n. */
    public static double digammaDifference(double a, double n) {
        if (n == 0) {
            return 0;
        }
        if (n <= 32 && n == Math.rint(n)) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += 1 / (a + k);
            }
            return s;
        }
        return digamma(a + n) - digamma(a);
    }

    /**
     * The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z &lt; 1 by its power series (A&amp;S 15.1.1), for any
     * real a and b and any c that is not 0 or a negative integer. With c &lt; 0 (BG/NBD when a + b &lt; 1) the terms
     * change sign once, at n = ⌈−c⌉, and keep it after: no cancellation beyond that one step. The series stops
     * when a term is below 1e-16 of the largest partial sum.
     *
     * @throws ArithmeticException if the series has not converged after ten million terms (z extremely close
     *         to 1)
     * @throws IllegalArgumentException if z is outside [0, 1) or c is 0 or a negative integer
     */
    public static double hyp2f1(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("hyp2f1 argument z must be within [0, 1), was " + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("hyp2f1 parameter c must not be 0 or a negative integer, was " + c);
        }
        double term = 1;
        double sum = 1;
        double largest = 1;
        for (int n = 0; n < SERIES_LIMIT; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            largest = Math.max(largest, Math.abs(sum));
            if (Math.abs(term) <= SERIES_EPSILON * largest && (n + c > 0 || term == 0)) {
                return sum;
            }
        }
        throw new ArithmeticException("hyp2f1(" + a + ", " + b + "; " + c + "; " + z
                + ") did not converge in " + SERIES_LIMIT + " terms");
    }

    /**
     * ₂F₁(a, b; c; zⱼ) for several arguments 0 ≤ zⱼ &lt; 1 at once, into {@code out}: the series coefficients
     * (a)ₙ(b)ₙ/((c)ₙ n!) do not depend on z, so they are computed once and shared, and each further argument
     * costs one multiply-add per term. Conditions and accuracy as {@link #hyp2f1}.
     *
     * @throws ArithmeticException if the series has not converged after ten million terms
     * @throws IllegalArgumentException if a z is outside [0, 1) or c is 0 or a negative integer
     */
    public static void hyp2f1(double a, double b, double c, double[] z, double[] out) {
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("hyp2f1 parameter c must not be 0 or a negative integer, was " + c);
        }
        int m = z.length;
        double zMax = 0;
        int top = 0;
        for (int j = 0; j < m; j++) {
            if (!(z[j] >= 0 && z[j] < 1)) {
                throw new IllegalArgumentException("hyp2f1 argument z must be within [0, 1), was " + z[j]);
            }
            if (z[j] >= zMax) {
                zMax = z[j];
                top = j;
            }
        }
        double[] power = new double[m];
        java.util.Arrays.fill(power, 1);
        java.util.Arrays.fill(out, 0, m, 1);
        double coef = 1;
        double largest = 1;
        for (int n = 0; n < SERIES_LIMIT; n++) {
            coef *= (a + n) * (b + n) / ((c + n) * (n + 1));
            for (int j = 0; j < m; j++) {
                power[j] *= z[j];
                out[j] += coef * power[j];
            }
            double termAtTop = coef * power[top];
            largest = Math.max(largest, Math.abs(out[top]));
            if (Math.abs(termAtTop) <= SERIES_EPSILON * largest && (n + c > 0 || termAtTop == 0)) {
                return;
            }
        }
        throw new ArithmeticException("hyp2f1(" + a + ", " + b + "; " + c + "; " + zMax
                + ") did not converge in " + SERIES_LIMIT + " terms");
    }

    /**
     * ln of Σₙ (p)ₙ / (q)ₙ · zⁿ for 0 ≤ z &lt; 1 and 0 &lt; p ≤ q: the series ₂F₁(1, p; q; z), which is what is
     * left of ₂F₁(a, b; a + 1; z) after Euler's transformation (A&amp;S 15.3.3). Every term is positive and the
     * ratio of successive terms is below z, so the sum is bounded by 1 / (1 − z) whatever the size of p and q.
     *
     * @param maxTerms the most terms to add; beyond it the sum is returned as it stands (a lower bound)
     */
    public static double lnRatioSeries(double p, double q, double z, int maxTerms) {
        return lnRatioSeries(p, q, z, maxTerms, terms -> { });
    }

    /**
     * As {@link #lnRatioSeries(double, double, double, int)}, telling {@code termsAdded} how many terms it added
     * (a fit counts them towards its bound on work).
     */
    public static double lnRatioSeries(double p, double q, double z, int maxTerms,
                                       java.util.function.LongConsumer termsAdded) {
        double term = 1;
        double sum = 1;
        double tailBound = z / (1 - z);
        int n = 0;
        for (; n < maxTerms; n++) {
            double ratio = (p + n) / (q + n) * z;
            term *= ratio;
            sum += term;
            if (term <= SERIES_EPSILON * sum) {
                break;
            }
            // The ratios rise towards z, so the rest of the series lies between term·ρ/(1−ρ) (ρ the next ratio)
            // and term·z/(1−z). For large p the two meet at once: a customer with a million transactions
            // needs a handful of terms, not a million.
            double next = (p + n + 1) / (q + n + 1) * z;
            double lower = term * next / (1 - next);
            double upper = term * tailBound;
            if (upper - lower <= SERIES_EPSILON * sum) {
                sum += 0.5 * (lower + upper);
                break;
            }
        }
        termsAdded.accept(n);
        return Math.log(sum);
    }

    /** ln(eᵘ + eᵛ) without overflow. */
    public static double logSumExp(double u, double v) {
        double m = Math.max(u, v);
        if (m == Double.NEGATIVE_INFINITY) {
            return m;
        }
        return m + Math.log(Math.exp(u - m) + Math.exp(v - m));
    }

    /** ln(eᵘ − eᵛ) for u ≥ v, without overflow; −∞ when they are equal. */
    public static double logDiffExp(double u, double v) {
        if (v == Double.NEGATIVE_INFINITY) {
            return u;
        }
        return u + Math.log1p(-Math.exp(v - u));
    }

    /**
     * The regularised incomplete beta function I_x(a, b), by its continued fraction (DLMF 8.17.22) evaluated
     * with the modified Lentz method, using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction
     * converges slowly. 0 for x ≤ 0, 1 for x ≥ 1; a, b &gt; 0.
     */
    public static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront = a * Math.log(x) + b * Math.log1p(-x) + lnGamma(a + b) - lnGamma(a) - lnGamma(b);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * betaFraction(x, a, b) / a;
        }
        return 1 - Math.exp(logFront) * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = Math.abs(d) < BETA_TINY ? BETA_TINY : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + even * d;
            d = Math.abs(d) < BETA_TINY ? BETA_TINY : d;
            c = 1 + even / c;
            c = Math.abs(c) < BETA_TINY ? BETA_TINY : c;
            d = 1 / d;
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + odd * d;
            d = Math.abs(d) < BETA_TINY ? BETA_TINY : d;
            c = 1 + odd / c;
            c = Math.abs(c) < BETA_TINY ? BETA_TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < BETA_EPSILON) {
                return h;
            }
        }
        return h;
    }
}
