package io.cxkit.cli.journey;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Parses a duration option: a number with a unit ({@code 90s}, {@code 30m}, {@code 12h}, {@code 14d},
 * {@code 2w}; m is minutes) or an ISO-8601 duration ({@code PT5M}, {@code P14D}).
 */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    /**
     * Parses as the class describes; the message of a failure says what is allowed.
     *
     * @param value the option's text, such as {@code 30m} or {@code PT5M}
     * @return the duration, never negative
     * @throws IllegalArgumentException if the text is neither form or gives a negative duration
     */
    public static Duration parse(String value) {
        String v = value.strip();
        if (v.length() > 1 && (v.charAt(0) == 'P' || v.charAt(0) == 'p')) {
            try {
                return nonNegative(value, Duration.parse(v.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                throw bad(value);
            }
        }
        if (v.length() < 2) {
            throw bad(value);
        }
        char unit = Character.toLowerCase(v.charAt(v.length() - 1));
        long seconds = switch (unit) {
            case 's' -> 1;
            case 'm' -> 60;
            case 'h' -> 3_600;
            case 'd' -> 86_400;
            case 'w' -> 604_800;
            default -> throw bad(value);
        };
        try {
            double n = Double.parseDouble(v.substring(0, v.length() - 1));
            if (!Double.isFinite(n)) {
                throw bad(value);
            }
            return nonNegative(value, Duration.ofMillis(Math.round(n * seconds * 1000)));
        } catch (NumberFormatException e) {
            throw bad(value);
        }
    }

    private static Duration nonNegative(String value, Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative, was '" + value + "'");
        }
        return d;
    }

    private static IllegalArgumentException bad(String value) {
        return new IllegalArgumentException("duration must be a number with a unit s, m, h, d or w (30m, 14d) or "
                + "an ISO-8601 duration (PT5M), was '" + value + "'");
    }

    @Override
    public Duration convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
