package io.cxkit.metrics.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Business hours: the working days of the week, one opening interval per working day, a zone, and holidays.
 * A service clock (first response time, resolution time) measured on this calendar counts only the time that
 * falls within business hours. Daylight-saving changes are handled by cutting each day in its zone.
 *
 * @param zone the zone the hours are given in
 * @param workingDays the days of the week that are open
 * @param opens the opening time on a working day
 * @param closes the closing time on a working day, after {@code opens}
 * @param holidays dates (in the zone) that are closed although they are working days
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes,
                               Set<LocalDate> holidays) {

    /**
     * @param zone the zone the hours are given in
     * @param workingDays the days of the week that are open
     * @param opens the opening time on a working day
     * @param closes the closing time on a working day, after {@code opens}
     * @param holidays dates (in the zone) that are closed although they are working days
     * @throws IllegalArgumentException if there is no working day or {@code closes} is not after {@code opens}
     * @throws NullPointerException if a component is null
     */
    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("business calendar needs at least one working day");
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("business hours must close after they open, were " + opens + "-"
                    + closes);
        }
        workingDays = Set.copyOf(workingDays);
        holidays = Set.copyOf(holidays);
    }

    /**
     * Monday to Friday, 09:00–17:00 in the zone, no holidays.
     *
     * @param zone the zone the hours are given in
     * @return monday to Friday, 09:00–17:00 in the zone, no holidays
     */
    public static BusinessCalendar weekdays(ZoneId zone) {
        return new BusinessCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), Set.of());
    }

    /**
     * Parses {@code DAY-DAY HH:MM-HH:MM} (e.g. {@code MON-FRI 09:00-17:00}) or {@code DAY,DAY,... HH:MM-HH:MM},
     * with the holidays as ISO dates.
     *
     * @param hours the hours
     * @param zone the zone the hours are given in
     * @param holidays dates (in the zone) that are closed although they are working days
     * @return the calendar
     * @throws IllegalArgumentException naming the part that cannot be read
     */
    public static BusinessCalendar parse(String hours, ZoneId zone, Set<LocalDate> holidays) {
        String[] parts = hours.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("business hours must look like 'MON-FRI 09:00-17:00', was '"
                    + hours + "'");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : parts[0].split(",")) {
            String[] range = d.split("-");
            if (range.length == 2) {
                DayOfWeek from = day(range[0]);
                DayOfWeek to = day(range[1]);
                for (DayOfWeek x = from; ; x = x.plus(1)) {
                    days.add(x);
                    if (x == to) {
                        break;
                    }
                }
            } else {
                days.add(day(d));
            }
        }
        String[] times = parts[1].split("-");
        if (times.length != 2) {
            throw new IllegalArgumentException("business hours must be HH:MM-HH:MM, was '" + parts[1] + "'");
        }
        try {
            return new BusinessCalendar(zone, days, LocalTime.parse(times[0]), LocalTime.parse(times[1]),
                    new TreeSet<>(holidays));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("business hours must be HH:MM-HH:MM, was '" + parts[1] + "'", e);
        }
    }

    private static DayOfWeek day(String s) {
        String d = s.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek w : DayOfWeek.values()) {
            if (d.length() >= 3 && w.name().startsWith(d)) {
                return w;
            }
        }
        throw new IllegalArgumentException("day of week must be MON..SUN, was '" + s + "'");
    }

    /**
     * The business time between two instants: the length of [from, to) that falls within opening hours on
     * working days that are not holidays. Zero when {@code to} is not after {@code from}.
     *
     * @param from the from
     * @param to {@code to} in the description above
     * @return the business time between two instants: the length of [from, to) that falls within opening hours on
     *         working days that are not holidays
     */
    public Duration businessTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        long seconds = 0;
        long nanos = 0;
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!workingDays.contains(day.getDayOfWeek()) || holidays.contains(day)) {
                continue;
            }
            Instant open = ZonedDateTime.of(day, opens, zone).toInstant();
            Instant close = ZonedDateTime.of(day, closes, zone).toInstant();
            Instant a = from.isAfter(open) ? from : open;
            Instant b = to.isBefore(close) ? to : close;
            if (b.isAfter(a)) {
                Duration d = Duration.between(a, b);
                seconds += d.getSeconds();
                nanos += d.getNano();
            }
        }
        return Duration.ofSeconds(seconds, nanos);
    }
}
