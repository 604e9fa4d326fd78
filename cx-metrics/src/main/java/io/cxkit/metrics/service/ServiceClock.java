package io.cxkit.metrics.service;

import java.time.Instant;
import java.util.Optional;

/**
 * How the duration metrics ({@link FirstResponseTime}, {@link ResolutionTime}) measure the time between two
 * events: the wall clock, or the business hours of a {@link BusinessCalendar}. Kept in one place so that both
 * metrics name their method and count seconds the same way.
 *
 * @param calendar the business calendar, or empty for wall-clock time
 */
record ServiceClock(Optional<BusinessCalendar> calendar) {
    /** The method name an estimate carries: {@code business-time} or {@code clock-time}. */
    String method() {
        return calendar.isPresent() ? "business-time" : "clock-time";
    }

    /**
     * The clock as a configuration value, the same text in every JVM: {@code wall}, or
     * {@code business MON,TUE 09:00-17:00 Europe/Paris holidays 2026-12-25}.
     */
    String describe() {
        if (calendar.isEmpty()) {
            return "wall";
        }
        BusinessCalendar c = calendar.get();
        StringBuilder b = new StringBuilder("business ");
        b.append(String.join(",", c.workingDays().stream().sorted().map(d -> d.name().substring(0, 3)).toList()));
        b.append(' ').append(c.opens()).append('-').append(c.closes()).append(' ').append(c.zone().getId());
        if (!c.holidays().isEmpty()) {
            b.append(" holidays ").append(String.join(",", c.holidays().stream().sorted().map(Object::toString)
                    .toList()));
        }
        return b.toString();
    }

    /**
     * The options that rebuild this clock through the providers' settings: {@code business-hours},
     * {@code holidays} and the calendar's zone; the options unchanged for the wall clock.
     */
    io.cxkit.metrics.MetricOptions writeTo(io.cxkit.metrics.MetricOptions options) {
        if (calendar.isEmpty()) {
            return options;
        }
        BusinessCalendar c = calendar.get();
        io.cxkit.metrics.MetricOptions o = options.withZone(c.zone()).withSetting("business-hours",
                String.join(",", c.workingDays().stream().sorted().map(d -> d.name().substring(0, 3)).toList())
                        + " " + c.opens() + "-" + c.closes());
        return c.holidays().isEmpty() ? o : o.withSetting("holidays", String.join(",", c.holidays().stream()
                .sorted().map(Object::toString).toList()));
    }

    /** The seconds from {@code fromMillis} to {@code toMillis} (epoch milliseconds) on this clock. */
    double seconds(long fromMillis, long toMillis) {
        if (calendar.isEmpty()) {
            return (toMillis - fromMillis) / 1000.0;
        }
        return calendar.get().businessTime(Instant.ofEpochMilli(fromMillis), Instant.ofEpochMilli(toMillis))
                .toMillis() / 1000.0;
    }
}
