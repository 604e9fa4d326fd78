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

    /** The seconds from {@code fromMillis} to {@code toMillis} (epoch milliseconds) on this clock. */
    double seconds(long fromMillis, long toMillis) {
        if (calendar.isEmpty()) {
            return (toMillis - fromMillis) / 1000.0;
        }
        return calendar.get().businessTime(Instant.ofEpochMilli(fromMillis), Instant.ofEpochMilli(toMillis))
                .toMillis() / 1000.0;
    }
}
