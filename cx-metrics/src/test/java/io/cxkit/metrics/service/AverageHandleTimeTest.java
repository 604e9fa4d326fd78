package io.cxkit.metrics.service;

import static io.cxkit.metrics.testdata.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Estimate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AverageHandleTimeTest {

    private static Estimate aht(List<Interaction> in) {
        AverageHandleTime.State s = AverageHandleTime.defaults().newAccumulator();
        in.forEach(s::add);
        return s.result();
    }

    private static Interaction handled(long talk, String hold, String acw) {
        Interaction.Builder b = contact("a", Duration.ZERO).duration(Duration.ofSeconds(talk));
        if (!hold.isEmpty()) {
            b.attribute(AverageHandleTime.HOLD_ATTRIBUTE, hold);
        }
        if (!acw.isEmpty()) {
            b.attribute(AverageHandleTime.ACW_ATTRIBUTE, acw);
        }
        return b.build();
    }

    @Test
    void isTalkPlusHoldPlusAfterContactWorkOverContactsHandled() {
        // vectors/survey.md "Service metrics": AHT = (talk + hold + after-contact work) / contacts handled.
        Estimate e = aht(List.of(handled(300, "60", "30"), handled(200, "", "10.5"), handled(100, "0", "")));
        assertThat(e.value()).isCloseTo((390 + 210.5 + 100) / 3.0, within(1e-9));
        assertThat(e.n()).isEqualTo(3);
        assertThat(e.details().get("talk")).isCloseTo(200, within(1e-9));
        assertThat(e.details().get("hold")).isCloseTo(20, within(1e-9));
        assertThat(e.details().get("acw")).isCloseTo(40.5 / 3, within(1e-9));
        double mean = 700.5 / 3;
        double sd = Math.sqrt((Math.pow(390 - mean, 2) + Math.pow(210.5 - mean, 2) + Math.pow(100 - mean, 2)) / 2);
        assertThat(e.details().get("sd")).isCloseTo(sd, within(1e-9));
        assertThat(e.interval()).get().satisfies(ci -> assertThat(ci.lower()).isLessThan(mean));
    }

    @Test
    void interactionsWithoutADurationAreLeftOut() {
        Estimate e = aht(List.of(handled(100, "", ""), contact("a", Duration.ZERO).build()));
        assertThat(e.value()).isEqualTo(100.0);
        assertThat(e.n()).isEqualTo(1);
    }

    @Test
    void noContactsGiveNaN() {
        assertThat(aht(List.of()).value()).isNaN();
    }

    @Test
    void rejectsANegativeOrNonNumericHoldOrAfterContactWorkNamingTheAttribute() {
        assertThatThrownBy(() -> aht(List.of(handled(100, "-5", ""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute hold_seconds must be a non-negative number of seconds up to 1e9, was '-5'");
        assertThatThrownBy(() -> aht(List.of(handled(100, "", "ten"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acw_seconds");
        assertThatThrownBy(() -> aht(List.of(handled(100, "", "1e3")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AverageHandleTime.defaults().newAccumulator().addMillis(-1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("talk -1");
    }

    @Test
    void negativeDurationsCannotReachTheMetricBecauseTheDomainRejectsThem() {
        assertThatThrownBy(() -> contact("a", Duration.ZERO).duration(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration_seconds");
    }

    @Test
    void readsDecimalSecondsRoundedToTheMillisecond() {
        assertThat(SecondsAttribute.millis("x", " 12.3456 ")).isEqualTo(12_346);
        assertThat(SecondsAttribute.millis("x", "7")).isEqualTo(7_000);
        assertThat(SecondsAttribute.millis("x", ".5")).isEqualTo(500);
        assertThatThrownBy(() -> SecondsAttribute.millis("x", ".")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecondsAttribute.millis("x", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
