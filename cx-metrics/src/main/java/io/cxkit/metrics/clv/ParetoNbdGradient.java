package io.cxkit.metrics.clv;

import static io.cxkit.metrics.stat.internal.SpecialFunctions.digammaDifference;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.lnRising;

import io.cxkit.metrics.clv.internal.Work;

/**
 * The Pareto/NBD log-likelihood with its analytic gradient in (r, α, s, β). The likelihood is the one of
 * {@link ParetoNbd#lnBracket}: ln[e^A + e^B − e^C] with A = ln G(T), B = ln(s·I(t_x)), C = ln(s·I(T)), each a sum of
 * logs and of ln S, the positive series left by Euler's transformation, whose derivatives in its parameters are
 * accumulated term by term (d ln tₙ/dp = Σ_{j&lt;n} 1/(p+j), d ln tₙ/dq = −Σ 1/(q+j), d ln tₙ/dz = n/z). Rows where
 * that series is slow (the quadrature branch) are differentiated numerically, row by row.
 */
final class ParetoNbdGradient {
    private static final int SERIES_TERMS = 100_000;
    private static final double EPSILON = 1e-17;

    private ParetoNbdGradient() {
    }

    /** The total negative log-likelihood at θ = ln(r, α, s, β) and its θ-gradient. */
    static double negLogLik(double[] theta, SummaryTable d, double[] grad) {
        return negLogLik(theta, d, grad, Work.UNLIMITED);
    }

    /** As above, charging the series terms and quadrature nodes to {@code work}. */
    static double negLogLik(double[] theta, SummaryTable d, double[] grad, Work work) {
        double r = Math.exp(theta[0]);
        double alpha = Math.exp(theta[1]);
        double s = Math.exp(theta[2]);
        double beta = Math.exp(theta[3]);
        if (grad.length == 0) {
            return -ParetoNbd.logLikelihood(r, alpha, s, beta, d, work);
        }
        double lnAlpha = Math.log(alpha);
        double lnBeta = Math.log(beta);
        double lnS = Math.log(s);
        int maxX = BetaGeometricNbd.RowTerms.maxTabulated(d.x);
        BetaGeometricNbd.RowTerms rising = maxX < 0 ? null : new BetaGeometricNbd.RowTerms(r, maxX, 0);
        double[] g = new double[4];
        double[] total = new double[4];
        double sum = 0;
        for (int i = 0; i < d.x.length; i++) {
            double x = d.x[i];
            double w = d.weight[i];
            int xi = (int) x;
            double lnR = rising != null ? rising.lnRising[xi] : lnRising(r, x);
            double dR = rising != null ? rising.digamma[xi] : digammaDifference(r, x);
            double bracket = bracket(r, alpha, s, beta, lnS, x, d.tx[i], d.age[i], g, work);
            sum += w * (r * lnAlpha + s * lnBeta + lnR + bracket);
            total[0] += w * (lnAlpha + dR + g[0]);
            total[1] += w * (r / alpha + g[1]);
            total[2] += w * (lnBeta + g[2]);
            total[3] += w * (s / beta + g[3]);
        }
        grad[0] = -total[0] * r;
        grad[1] = -total[1] * alpha;
        grad[2] = -total[2] * s;
        grad[3] = -total[3] * beta;
        return -sum;
    }

    /** The bracket's value, with its gradient in (r, α, s, β) written to {@code g}. */
    private static double bracket(double r, double alpha, double s, double beta, double lnS, double x, double tx,
                                  double age, double[] g, Work work) {
        double laT = Math.log(alpha + age);
        double lbT = Math.log(beta + age);
        double a = -(r + x) * laT - s * lbT;
        double aR = -laT;
        double aAlpha = -(r + x) / (alpha + age);
        double aS = -lbT;
        double aBeta = -s / (beta + age);
        if (tx == age) {
            g[0] = aR;
            g[1] = aAlpha;
            g[2] = aS;
            g[3] = aBeta;
            return a;
        }
        boolean alphaFirst = alpha >= beta;
        double z1 = alphaFirst ? (alpha - beta) / (alpha + tx) : (beta - alpha) / (beta + tx);
        double[] s1 = new double[4];
        double[] s2 = new double[4];
        double p = alphaFirst ? r + x : s + 1;
        double q = r + s + x + 1;
        double z2 = alphaFirst ? (alpha - beta) / (alpha + age) : (beta - alpha) / (beta + age);
        if (z1 > ParetoNbd.SERIES_UP_TO || !series(p, q, z1, s1, work) || !series(p, q, z2, s2, work)) {
            return numeric(r, alpha, s, beta, x, tx, age, g, work);
        }
        double laX = Math.log(alpha + tx);
        double lbX = Math.log(beta + tx);
        double lnC = lnS - Math.log(r + s + x);
        double cR = -1 / (r + s + x);
        double cS = 1 / s - 1 / (r + s + x);
        // B = lnC − (r+x) ln(α+t_x) − s ln(β+t_x) + ln S1 [+ ln(α+t_x) − ln(β+t_x)]; C likewise at T, on top of A.
        double b = lnC - (r + x) * laX - s * lbX + s1[0];
        double bR = cR - laX;
        double bAlpha = -(r + x) / (alpha + tx);
        double bS = cS - lbX;
        double bBeta = -s / (beta + tx);
        double c = lnC + a + s2[0];
        double cRt = cR + aR;
        double cAlpha = aAlpha;
        double cSt = cS + aS;
        double cBeta = aBeta;
        // Chain rule through p, q, z: s1/s2 hold [ln S, d/dp, d/dq, d/dz] of ln S.
        double dz1Alpha;
        double dz1Beta;
        double dz2Alpha;
        double dz2Beta;
        if (alphaFirst) {
            dz1Alpha = (beta + tx) / ((alpha + tx) * (alpha + tx));
            dz1Beta = -1 / (alpha + tx);
            dz2Alpha = (beta + age) / ((alpha + age) * (alpha + age));
            dz2Beta = -1 / (alpha + age);
            bR += s1[1] + s1[2];
            bS += s1[2];
            cRt += s2[1] + s2[2];
            cSt += s2[2];
        } else {
            dz1Alpha = -1 / (beta + tx);
            dz1Beta = (alpha + tx) / ((beta + tx) * (beta + tx));
            dz2Alpha = -1 / (beta + age);
            dz2Beta = (alpha + age) / ((beta + age) * (beta + age));
            bR += s1[2];
            bS += s1[1] + s1[2];
            cRt += s2[2];
            cSt += s2[1] + s2[2];
            b += laX - lbX;
            bAlpha += 1 / (alpha + tx);
            bBeta -= 1 / (beta + tx);
            c += laT - lbT;
            cAlpha += 1 / (alpha + age);
            cBeta -= 1 / (beta + age);
        }
        bAlpha += s1[3] * dz1Alpha;
        bBeta += s1[3] * dz1Beta;
        cAlpha += s2[3] * dz2Alpha;
        cBeta += s2[3] * dz2Beta;
        double m = Math.max(a, b);
        double ea = Math.exp(a - m);
        double eb = Math.exp(b - m);
        double ec = Math.exp(c - m);
        double total = ea + eb - ec;
        double wa = ea / total;
        double wb = eb / total;
        double wc = ec / total;
        g[0] = wa * aR + wb * bR - wc * cRt;
        g[1] = wa * aAlpha + wb * bAlpha - wc * cAlpha;
        g[2] = wa * aS + wb * bS - wc * cSt;
        g[3] = wa * aBeta + wb * bBeta - wc * cBeta;
        return m + Math.log(total);
    }

    /**
     * ln S for S = Σₙ (p)ₙ/(q)ₙ zⁿ and its derivatives in p, q and z, into out[0..3]; false if the series did not
     * settle within the term limit.
     */
    static boolean series(double p, double q, double z, double[] out) {
        return series(p, q, z, out, Work.UNLIMITED);
    }

    /** As above, charging one unit of {@code work} per term. */
    static boolean series(double p, double q, double z, double[] out, Work work) {
        if (z == 0) {
            out[0] = 0;
            out[1] = 0;
            out[2] = 0;
            out[3] = p / q;
            return true;
        }
        double term = 1;
        double sum = 1;
        double sp = 0;
        double sq = 0;
        double sz = 0;
        double hp = 0;
        double hq = 0;
        for (int n = 0; n < SERIES_TERMS; n++) {
            hp += 1 / (p + n);
            hq += 1 / (q + n);
            term *= (p + n) / (q + n) * z;
            sum += term;
            sp += term * hp;
            sq -= term * hq;
            sz += term * (n + 1);
            if (term * (1 + hp + hq + n) <= EPSILON * sum) {
                work.charge(n + 1);
                out[0] = Math.log(sum);
                out[1] = sp / sum;
                out[2] = sq / sum;
                out[3] = sz / (z * sum);
                return true;
            }
        }
        work.charge(SERIES_TERMS);
        return false;
    }

    /** The bracket and its central-difference gradient, for rows off the series path. */
    private static double numeric(double r, double alpha, double s, double beta, double x, double tx, double age,
                                  double[] g, Work work) {
        double[] p = {r, alpha, s, beta};
        for (int k = 0; k < 4; k++) {
            double h = 1e-6 * p[k];
            double keep = p[k];
            p[k] = keep + h;
            double up = ParetoNbd.lnBracket(p[0], p[1], p[2], p[3], Math.log(p[2]), x, tx, age, work);
            p[k] = keep - h;
            double down = ParetoNbd.lnBracket(p[0], p[1], p[2], p[3], Math.log(p[2]), x, tx, age, work);
            p[k] = keep;
            g[k] = (up - down) / (2 * h);
        }
        return ParetoNbd.lnBracket(r, alpha, s, beta, Math.log(s), x, tx, age, work);
    }
}
