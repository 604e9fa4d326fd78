package io.cxkit.cli.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationConverterTest {

    @Test
    void readsANumberWithAUnitOrAnIsoDuration() {
        assertThat(DurationConverter.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationConverter.parse("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(DurationConverter.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationConverter.parse("14d")).isEqualTo(Duration.ofDays(14));
        assertThat(DurationConverter.parse("2W")).isEqualTo(Duration.ofDays(14));
        assertThat(DurationConverter.parse("PT5M")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationConverter.parse("p7d")).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void refusesWhatItCannotRead() {
        for (String bad : new String[] {"", "d", "14", "14y", "PT", "abc", "NaNd"}) {
            assertThatThrownBy(() -> DurationConverter.parse(bad)).as(bad)
                    .hasMessageStartingWith("duration must be a number with a unit s, m, h, d or w");
        }
        assertThatThrownBy(() -> DurationConverter.parse("-5m")).hasMessage("duration must not be negative, was '-5m'");
    }
}
