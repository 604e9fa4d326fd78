package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.cli.MetricsCommandTest.Run;
import org.junit.jupiter.api.Test;

/** {@code --ci} takes each metric's own interval methods, as its provider declares them, and lists them when refusing. */
class IntervalMethodOptionTest {

    @Test
    void wilsonIsAcceptedForCsatAndShownAsTheIntervalMethod() {
        Run r = MetricsCommandTest.run("metrics", "--metric", "csat", "--ci", "wilson");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wilson");
    }

    @Test
    void agrestiCoullIsAcceptedForFcrAndTForCes() {
        assertThat(MetricsCommandTest.run("metrics", "--metric", "fcr", "--ci", "agresti-coull").exit()).isZero();
        Run t = MetricsCommandTest.run("metrics", "--metric", "ces", "--ci", "t");
        assertThat(t.exit()).as(t.err()).isZero();
        assertThat(t.out()).contains(" t ");
    }

    @Test
    void aMethodTheMetricDoesNotOfferIsRefusedListingTheMethodsItDoes() {
        Run r = MetricsCommandTest.run("metrics", "--metric", "nps", "--ci", "wilson");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--ci wilson is not offered by nps").contains("adjusted-wald, score, wald");
    }

    @Test
    void withSeveralMetricsTheMethodAppliesToThoseThatOfferItAndTheOthersKeepTheirOwn() {
        Run r = MetricsCommandTest.run("metrics", "--metric", "nps,csat", "--ci", "wilson");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wilson").contains("adjusted-wald");
    }
}
