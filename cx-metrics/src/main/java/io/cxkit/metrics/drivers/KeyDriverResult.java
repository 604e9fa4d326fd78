package io.cxkit.metrics.drivers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a key-driver analysis: the full linear model's fit and each driver's importance.
 *
 * @param outcome the outcome's name
 * @param n respondents used (complete cases; or, pairwise, the smallest n behind any correlation)
 * @param skipped respondents left out for a missing answer
 * @param missing how missing answers were treated
 * @param rSquared the full model's R² (ordinary least squares, all drivers)
 * @param adjustedRSquared 1 − (1 − R²)(n − 1)/(n − p − 1)
 * @param fStatistic the overall F = (R²/p) / ((1 − R²)/(n − p − 1))
 * @param dfModel p, the number of drivers
 * @param dfResidual n − p − 1
 * @param fPValue P(F(p, n − p − 1) &gt; fStatistic)
 * @param drivers each driver's importance, in the order given
 * @param bootstrap how the intervals were made, when a bootstrap was run
 */
public record KeyDriverResult(String outcome, long n, long skipped, MissingAnswers missing, double rSquared,
                              double adjustedRSquared, double fStatistic, int dfModel, long dfResidual,
                              double fPValue, List<DriverImportance> drivers, Optional<BootstrapSummary> bootstrap) {
    /**
     * @param outcome the outcome's name
     * @param n respondents used (complete cases; or, pairwise, the smallest n behind any correlation)
     * @param skipped respondents left out for a missing answer
     * @param missing how missing answers were treated
     * @param rSquared the full model's R² (ordinary least squares, all drivers)
     * @param adjustedRSquared 1 − (1 − R²)(n − 1)/(n − p − 1)
     * @param fStatistic the overall F = (R²/p) / ((1 − R²)/(n − p − 1))
     * @param dfModel p, the number of drivers
     * @param dfResidual n − p − 1
     * @param fPValue P(F(p, n − p − 1) &gt; fStatistic)
     * @param drivers each driver's importance, in the order given
     * @param bootstrap how the intervals were made, when a bootstrap was run
     * @throws NullPointerException if a field is null
     */
    public KeyDriverResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(missing, "missing");
        drivers = List.copyOf(drivers);
        Objects.requireNonNull(bootstrap, "bootstrap");
    }

    /**
     * The method's name, as output shows it.
     *
     * @return the method's name, with the number of subsets LMG averaged over
     */
    public String method() {
        return "ols; lmg (exact, all 2^" + dfModel + " subsets); johnson relative weights";
    }
}
