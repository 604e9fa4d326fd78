/**
 * The statistics behind cxkit's intervals and tests: the normal and Student t distributions
 * ({@link io.cxkit.metrics.stat.Normal}, {@link io.cxkit.metrics.stat.StudentT}), Welch's t-test
 * ({@link io.cxkit.metrics.stat.WelchTest}) and the two-proportion z-test
 * ({@link io.cxkit.metrics.stat.TwoProportionTest}). Implemented here and checked against published table
 * values (R's {@code qnorm}/{@code qt}, Abramowitz &amp; Stegun).
 */
package io.cxkit.metrics.stat;
