package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reproduces /work/shared/vectors/clv.md on CDNOW, computed from the raw transactions. Sources: Fader, Hardie &amp; Lee
 * (2005), "Counting Your Customers the Easy Way", Marketing Science 24(2); the exact-summary fit of the vectors
 * file (agrees with R's CLVTools); Hardie's BG/NBD spreadsheet figures as asserted in the lifetimes tests; the R
 * package BTYD for P(N(39) = 0).
 */
class CdnowReferenceTest {

    @Test
    void bgnbdFitOnRawTransactionsMatchesTheExactSummaryFigures() {
        ModelFit<BgNbd> fit = BgNbd.fit(Cdnow.calibration());
        System.out.println(fit);
        BgNbd m = fit.fitted();
        assertThat(m.r()).isCloseTo(0.2425945, within(0.2425945e-3));
        assertThat(m.alpha()).isCloseTo(4.4136021, within(4.4136021e-3));
        assertThat(m.a()).isCloseTo(0.7929220, within(0.7929220e-3));
        assertThat(m.b()).isCloseTo(2.4259067, within(2.4259067e-3));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4292, within(0.01));
        assertThat(fit.converged()).isTrue();
    }
}
