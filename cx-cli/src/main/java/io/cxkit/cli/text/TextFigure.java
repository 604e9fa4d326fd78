package io.cxkit.cli.text;

import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.survey.ProportionInterval;
import io.cxkit.metrics.survey.ProportionStatistics;

/**
 * One figure of a text summary with its n and interval.
 *
 * @param figure what it is ({@code mean_compound}, {@code share_negative}, a tone's name, ...)
 * @param value the value
 * @param n the texts behind it
 * @param lower the interval's lower bound (NaN without one)
 * @param upper the interval's upper bound
 * @param confidence the interval's two-sided level
 * @param method the interval method
 */
record TextFigure(String figure, double value, long n, double lower, double upper, double confidence,
                  String method) {

    static TextFigure of(String name, Estimate e) {
        return new TextFigure(name, e.value(), e.n(), e.interval().map(i -> i.lower()).orElse(Double.NaN),
                e.interval().map(i -> i.upper()).orElse(Double.NaN),
                e.interval().map(i -> i.confidence()).orElse(Double.NaN),
                e.interval().map(i -> i.method()).orElse("none (n < 2)"));
    }

    /** A share of {@code hits} in {@code n} texts with its adjusted-Wald (Agresti–Coull) 95% interval. */
    static TextFigure share(String name, long hits, long n) {
        var ci = ProportionStatistics.interval(ProportionInterval.AGRESTI_COULL, hits, n, 0.95);
        return new TextFigure(name, (double) hits / n, n, ci.lower(), ci.upper(), ci.confidence(), ci.method());
    }
}
