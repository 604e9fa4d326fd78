package io.cxkit.metrics.breakdown;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Calendar periods that interactions are bucketed into, cut in a time zone. */
public enum TimeBucket {
    /** The local date, {@code 2026-01-15}. */
    DAY,
    /** The ISO-8601 week (weeks start on Monday; week 1 holds the first Thursday), {@code 2026-W03}. */
    WEEK,
    /** The local year and month, {@code 2026-01}. */
    MONTH;

    /**
     * The dimension name: {@code day}, {@code week} or {@code month}.
     *
     * @return the dimension name: {@code day}, {@code week} or {@code month}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The label of the period holding {@code instant} in {@code zone}; labels sort chronologically.
     *
     * @param instant the instant
     * @param zone the zone in which calendar periods are cut
     * @return the label of the period holding {@code instant} in {@code zone}; labels sort chronologically
     */
    public String periodOf(Instant instant, ZoneId zone) {
        LocalDate d = LocalDate.ofInstant(instant, zone);
        return switch (this) {
            case DAY -> d.toString();
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
        };
    }

    /** The first local date of the period holding {@code instant} in {@code zone}. */
    LocalDate startOf(Instant instant, ZoneId zone) {
        LocalDate d = LocalDate.ofInstant(instant, zone);
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    /** The first local date of the period after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /**
     * The label of the period before the one labelled {@code label} ({@code 2025-03} → {@code 2025-02},
     * {@code 2025-W01} → {@code 2024-W52}).
     *
     * @param label the label shown with the result
     * @return the label of the period before the one labelled {@code label} ({@code 2025-03} → {@code 2025-02}, {@code
     *         2025-W01} → {@code 2024-W52})
     * @throws IllegalArgumentException if the label is not one of this bucket's
     */
    public String previous(String label) {
        try {
            return switch (this) {
                case DAY -> LocalDate.parse(label).minusDays(1).toString();
                case MONTH -> java.time.YearMonth.parse(label).minusMonths(1).toString();
                case WEEK -> {
                    int year = Integer.parseInt(label.substring(0, label.indexOf("-W")));
                    int week = Integer.parseInt(label.substring(label.indexOf("-W") + 2));
                    LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                            .with(java.time.DayOfWeek.MONDAY);
                    yield periodOf(monday.minusWeeks(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                            java.time.ZoneOffset.UTC);
                }
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + label + "' is not a " + label() + " label", e);
        }
    }

    /**
     * Parses {@code day}, {@code week} or {@code month}, ignoring case.
     *
     * @param text the text to parse
     * @return the bucket
     * @throws IllegalArgumentException naming the allowed values
     */
    public static TimeBucket parse(String text) {
        for (TimeBucket b : values()) {
            if (b.label().equalsIgnoreCase(text.strip())) {
                return b;
            }
        }
        throw new IllegalArgumentException("time bucket must be one of day, week, month; was '" + text + "'");
    }
}
