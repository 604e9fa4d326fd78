package io.cxkit.core.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * Places generated events in time: days counted from the sample's start, local times of day in the sample's
 * zone (so that calls happen in office hours and shopping peaks in the evening, whatever the zone), and the
 * window outside which nothing is emitted.
 */
final class SampleClock {
    static final long SECOND = 1000L;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    /** Relative weight of each local hour 0..23 for web and app sessions: lunch and evening peaks. */
    static final double[] SHOPPING_HOURS = {1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 1.5, 2.5, 3, 3.2, 3.5, 4.5, 4.5, 3.5,
        3.2, 3.2, 3.6, 4.5, 5.5, 6, 5.5, 4, 2};
    /** Relative weight of each local hour for phone and chat: opening hours 08:00–20:00, busiest mornings. */
    static final double[] OFFICE_HOURS = {0, 0, 0, 0, 0, 0, 0, 0, 3, 5, 5.5, 5, 4, 4.5, 4.5, 4, 3.5, 3, 2, 1.5, 0,
        0, 0, 0};
    /** Relative weight of each local hour for emails written by customers. */
    static final double[] EMAIL_HOURS = {0.5, 0.3, 0.2, 0.2, 0.2, 0.4, 1, 2, 3.5, 4, 4, 3.5, 3, 3.5, 3.5, 3, 3,
        3, 2.5, 2.5, 2.5, 2, 1.5, 1};
    /** Relative weight of each local hour for store visits: 09:00–20:00. */
    static final double[] STORE_HOURS = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 4, 3, 3, 3.5, 4, 4.5, 3.5, 0, 0, 0,
        0};

    private final long startMillis;
    private final long endMillis;
    private final ZoneId zone;
    private final LocalDate startDate;

    SampleClock(Instant start, int days, ZoneId zone) {
        this.startMillis = start.toEpochMilli();
        this.endMillis = startMillis + days * DAY;
        this.zone = zone;
        this.startDate = LocalDate.ofInstant(start, zone);
    }

    long startMillis() {
        return startMillis;
    }

    long endMillis() {
        return endMillis;
    }

    /** Whether an event at this time falls inside the sample's window. */
    boolean inWindow(long millis) {
        return millis >= startMillis && millis < endMillis;
    }

    /** The epoch millisecond of a (fractional) day counted from the start. */
    long millisAt(double day) {
        return startMillis + (long) (day * DAY);
    }

    /** The day count (from the start) of an epoch millisecond. */
    double dayOf(long millis) {
        return (millis - startMillis) / (double) DAY;
    }

    /** The local date of a day counted from the start. */
    LocalDate localDate(double day) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millisAt(day)), zone);
    }

    /**
     * A moment on the local date of {@code day} at a local hour drawn from {@code hourWeights}, with a uniform
     * minute and second, strictly after {@code notBefore}: if the draw falls earlier, the next day is drawn
     * instead, which keeps cause before effect and opening hours as they are.
     */
    long localMoment(SplittableRandom r, double day, double[] hourWeights, long notBefore) {
        long d = (long) Math.floor(day);
        while (true) {
            LocalDate date = startDate.plusDays(d);
            int hour = Draws.pick(r, hourWeights);
            int second = hour * 3600 + r.nextInt(3600);
            long t = ZonedDateTime.of(date, LocalTime.ofSecondOfDay(second), zone).toInstant().toEpochMilli()
                    + r.nextInt(1000);
            if (t > notBefore) {
                return t;
            }
            d++;
        }
    }
}
