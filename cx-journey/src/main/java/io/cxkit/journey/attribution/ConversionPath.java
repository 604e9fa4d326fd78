package io.cxkit.journey.attribution;

import java.util.List;
import java.util.Objects;

/**
 * One row of aggregated path data, the input format of Markov-chain attribution (Anderl et al. 2016; the R
 * package ChannelAttribution): a distinct sequence of channels with the totals of the journeys that followed it.
 *
 * <p>Channel names are kept as given (trimmed), so {@code Email} and {@code email} are two channels. Repeats are
 * kept here; the Markov model collapses consecutive repeats itself, while linear-touch credit counts every
 * occurrence.
 *
 * @param channels the channels in order, at least one, none blank
 * @param conversions how many journeys along this path converted; finite, not negative
 * @param value the total conversion value of those journeys, in the data's currency unit; finite, not negative
 * @param nulls how many journeys along this path did not convert; finite, not negative
 */
public record ConversionPath(List<String> channels, double conversions, double value, double nulls) {

    /**
     * @param channels the channels in order, at least one, none blank
     * @param conversions how many journeys along this path converted; finite, not negative
     * @param value the total conversion value of those journeys, in the data's currency unit; finite, not negative
     * @param nulls how many journeys along this path did not convert; finite, not negative
     * @throws NullPointerException if {@code channels} or one of its elements is null
     * @throws IllegalArgumentException if the path is empty, a channel is blank, or a count or value is
     *         negative, NaN or infinite
     */
    public ConversionPath {
        Objects.requireNonNull(channels, "channels must not be null");
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("path must hold at least one channel, was empty");
        }
        String[] trimmed = new String[channels.size()];
        for (int i = 0; i < trimmed.length; i++) {
            String c = Objects.requireNonNull(channels.get(i), "channel must not be null");
            String t = c.strip();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("channel " + (i + 1) + " of the path must not be blank, was '"
                        + c + "'");
            }
            trimmed[i] = t;
        }
        channels = List.of(trimmed);
        requireCount("conversions", conversions);
        requireCount("value", value);
        requireCount("nulls", nulls);
    }

    /**
     * A path whose every journey converted (the format without a null column).
     *
     * @param channels the channels in order, at least one, none blank
     * @param conversions how many journeys along this path converted; finite, not negative
     * @param value the total conversion value of those journeys, in the data's currency unit; finite, not negative
     * @return a path whose every journey converted (the format without a null column)
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static ConversionPath converting(List<String> channels, double conversions, double value) {
        return new ConversionPath(channels, conversions, value, 0);
    }

    /**
     * Splits a path string such as {@code "a > b > c"} on {@code separator}, trimming each channel.
     *
     * @param path the path text
     * @param separator the separator between channels, not empty (ChannelAttribution uses {@code ">"})
     * @return the channels, in path order
     * @throws IllegalArgumentException if the separator is empty, the path is blank, or a channel between two
     *         separators is blank
     */
    public static List<String> split(String path, String separator) {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(separator, "separator must not be null");
        if (separator.isEmpty()) {
            throw new IllegalArgumentException("separator must not be empty");
        }
        if (path.isBlank()) {
            throw new IllegalArgumentException("path must hold at least one channel, was empty");
        }
        String[] parts = path.split(java.util.regex.Pattern.quote(separator), -1);
        String[] channels = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String t = parts[i].strip();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("channel " + (i + 1) + " of path '" + path
                        + "' is blank (separator '" + separator + "')");
            }
            channels[i] = t;
        }
        return List.of(channels);
    }

    /**
     * Journeys along this path: {@code conversions + nulls}.
     *
     * @return the number of journeys along this path: {@code conversions + nulls}
     */
    public double journeys() {
        return conversions + nulls;
    }

    private static void requireCount(String field, double v) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + v);
        }
    }
}
