package io.cxkit.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void countsOnlyOpeningHoursOnWorkingDaysThatAreNotHolidays() {
        BusinessCalendar c = BusinessCalendar.parse("MON-FRI 09:00-17:00", PARIS, Set.of(LocalDate.of(2026, 1, 6)));
        // Monday 2026-01-05 16:00 Paris to Wednesday 10:00 Paris: 1 h Monday, Tuesday a holiday, 1 h Wednesday.
        Instant from = Instant.parse("2026-01-05T15:00:00Z");
        Instant to = Instant.parse("2026-01-07T09:00:00Z");
        assertThat(c.businessTime(from, to)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aWeekendGapCountsNothing() {
        BusinessCalendar c = BusinessCalendar.weekdays(ZoneId.of("UTC"));
        assertThat(c.businessTime(Instant.parse("2026-01-10T10:00:00Z"), Instant.parse("2026-01-11T20:00:00Z")))
                .isZero();
    }

    @Test
    void theDaylightSavingChangeDayIsCutInItsZone() {
        BusinessCalendar c = new BusinessCalendar(PARIS, Set.of(DayOfWeek.SUNDAY), LocalTime.of(1, 0),
                LocalTime.of(5, 0), Set.of());
        // 2026-03-29: clocks go from 02:00 to 03:00 in Paris, so 01:00-05:00 lasts 3 hours.
        assertThat(c.businessTime(Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z")))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void rejectsBadHoursAndDays() {
        assertThatThrownBy(() -> BusinessCalendar.parse("MON-FRI 17:00-09:00", PARIS, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("close after they open");
        assertThatThrownBy(() -> BusinessCalendar.parse("MOO-FRI 09:00-17:00", PARIS, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'MOO'");
        assertThatThrownBy(() -> BusinessCalendar.parse("weekdays", PARIS, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
