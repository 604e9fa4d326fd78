package io.cxkit.metrics.clv;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The time unit of a customer summary, and so of every rate, horizon and discount rate fitted or predicted from
 * it. Durations are differences of calendar dates divided by the unit's length in days: a week is 7 days and a
 * month is the mean Gregorian month, 365.2425 / 12 = 30.436875 days, so that t_x and T are exact fractions and
 * never depend on which months a customer's history spans.
 */
public enum PeriodUnit {
    /** One calendar day. */
    DAY(1),
    /** Seven days. The unit of the CDNOW literature. */
    WEEK(7),
    /** The mean Gregorian month, 30.436875 days. */
    MONTH(365.2425 / 12);

    private final double days;

    PeriodUnit(double days) {
        this.days = days;
    }

    /**
     * The unit's length in days.
     *
     * @return the unit's length in days
     */
    public double days() {
        return days;
    }

    /**
     * The time from {@code from} to {@code to} in this unit (negative if {@code to} is earlier).
     *
     * @param from the from
     * @param to {@code to} in the description above
     * @return the time from {@code from} to {@code to} in this unit (negative if {@code to} is earlier)
     */
    public double between(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / days;
    }

    /**
     * The unit's lower-case name as used by the CLI ({@code day}, {@code week}, {@code month}).
     *
     * @return the unit's lower-case name as used by the CLI ({@code day}, {@code week}, {@code month})
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Parses {@code day}, {@code week} or {@code month} (any case).
     *
     * @param name the name
     * @return the unit
     * @throws IllegalArgumentException for any other name
     */
    public static PeriodUnit parse(String name) {
        for (PeriodUnit u : values()) {
            if (u.name().equalsIgnoreCase(name.trim())) {
                return u;
            }
        }
        throw new IllegalArgumentException("period unit must be one of day, week, month, was " + name);
    }
}
