package io.cxkit.metrics.stat;

import io.cxkit.metrics.stat.internal.SpecialFunctions;

/**
 * Fisher's F distribution, for the overall F test of a regression. Upper tail by the regularised incomplete
 * beta function: P(F &gt; f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2) (Abramowitz &amp; Stegun 26.6.2).
 */
public final class FisherF {
    private FisherF() {
    }

    /**
     * P(F &gt; f) for F with {@code d1} and {@code d2} degrees of freedom.
     *
     * @param f {@code f} in the description above
     * @param d1 {@code d1} in the description above
     * @param d2 {@code d2} in the description above
     * @return P(F &gt; f) for F with {@code d1} and {@code d2} degrees of freedom
     * @throws IllegalArgumentException if a degree of freedom is not positive or f is NaN
     */
    public static double upperTail(double f, double d1, double d2) {
        if (!(d1 > 0) || !(d2 > 0) || Double.isNaN(f)) {
            throw new IllegalArgumentException("F needs positive degrees of freedom and a number, were d1=" + d1
                    + ", d2=" + d2 + ", f=" + f);
        }
        if (f <= 0) {
            return 1;
        }
        if (Double.isInfinite(f)) {
            return 0;
        }
        return SpecialFunctions.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }
}
