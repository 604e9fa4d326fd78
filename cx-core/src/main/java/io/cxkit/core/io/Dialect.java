package io.cxkit.core.io;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a delimited text file is laid out: its delimiter (given, or detected from the header and first records)
 * and whether decimals are written with a comma. Quotes are always {@code "} as RFC 4180 has them: a quoted
 * field may hold delimiters, line breaks and doubled quotes ({@code ""} for one {@code "}).
 *
 * @param delimiter the delimiter, or empty to detect it among {@code ,} {@code ;} tab and {@code |}
 * @param decimalComma true if decimals are written {@code 3,5} (common in {@code ;}-separated European exports);
 *        a comma delimiter cannot also be the decimal mark
 */
public record Dialect(Optional<Character> delimiter, boolean decimalComma) {
    /** The delimiters detection chooses among, in order of preference. */
    public static final String CANDIDATES = ",;\t|";

    /**
     * @param delimiter the delimiter, or empty to detect it among {@code ,} {@code ;} tab and {@code |}
     * @param decimalComma true if decimals are written {@code 3,5} (common in {@code ;}-separated European exports); a
     *        comma delimiter cannot also be the decimal mark
     * @throws IllegalArgumentException if the delimiter is a quote, a line break, or a comma with
     *         {@code decimalComma}
     */
    public Dialect {
        Objects.requireNonNull(delimiter, "delimiter must not be null (use Optional.empty() to detect it)");
        delimiter.ifPresent(d -> {
            if (d == '"' || d == '\n' || d == '\r') {
                throw new IllegalArgumentException("delimiter must not be a quote or a line break, was "
                        + name(d));
            }
            if (d == ',' && decimalComma) {
                throw new IllegalArgumentException("a decimal comma needs a delimiter other than ','");
            }
            if (d > 0x7F) {
                throw new IllegalArgumentException("delimiter must be an ASCII character, was " + name(d));
            }
        });
    }

    /**
     * Detect the delimiter; decimals with a point.
     *
     * @return detect the delimiter; decimals with a point
     */
    public static Dialect auto() {
        return new Dialect(Optional.empty(), false);
    }

    /**
     * RFC 4180: comma, decimals with a point.
     *
     * @return RFC 4180: comma, decimals with a point
     */
    public static Dialect csv() {
        return new Dialect(Optional.of(','), false);
    }

    /**
     * The delimiter a user names: {@code auto}, one character, or {@code tab}, {@code comma}, {@code semicolon},
     * {@code pipe}.
     *
     * @param delimiter the delimiter
     * @param decimalComma true if decimals are written {@code 3,5} (common in {@code ;}-separated European exports); a
     *        comma delimiter cannot also be the decimal mark
     * @return the delimiter a user names: {@code auto}, one character, or {@code tab}, {@code comma}, {@code
     *         semicolon}, {@code pipe}
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static Dialect parse(String delimiter, boolean decimalComma) {
        Objects.requireNonNull(delimiter, "delimiter");
        String d = delimiter.toLowerCase(Locale.ROOT);
        Optional<Character> c = switch (d) {
            case "auto" -> Optional.empty();
            case "tab", "\\t" -> Optional.of('\t');
            case "comma" -> Optional.of(',');
            case "semicolon" -> Optional.of(';');
            case "pipe" -> Optional.of('|');
            default -> {
                if (delimiter.length() != 1) {
                    throw new IllegalArgumentException("delimiter must be auto, tab or one character such as "
                            + "',' ';' '|', was '" + delimiter + "'");
                }
                yield Optional.of(delimiter.charAt(0));
            }
        };
        return new Dialect(c, decimalComma);
    }

    /**
     * This dialect with the given delimiter.
     *
     * @param d the delimiter character
     * @return this dialect with the given delimiter
     */
    public Dialect withDelimiter(char d) {
        return new Dialect(Optional.of(d), decimalComma);
    }

    /**
     * This dialect with decimals written with a comma, or not.
     *
     * @param on true if decimals are written with a comma
     * @return this dialect with decimals written with a comma, or not
     */
    public Dialect withDecimalComma(boolean on) {
        return new Dialect(delimiter, on);
    }

    /** A delimiter for people: {@code ','}, {@code tab}. */
    static String name(char d) {
        return d == '\t' ? "tab" : "'" + d + "'";
    }
}
