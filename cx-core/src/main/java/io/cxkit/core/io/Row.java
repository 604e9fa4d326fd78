package io.cxkit.core.io;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * The row a {@link RowMapper} is mapping: typed access to its values by {@link Column}, each failure a
 * {@link RowRejectedException} that names the column (by its header name), the value and the reason. Values
 * are decoded only when asked for, so columns a mapper does not read cost nothing beyond their split.
 *
 * <p>Text is stripped of surrounding spaces unless it was quoted; a value that is empty after that is blank
 * (missing). Value aliases of the column's field are applied to text. Numbers are ASCII only (full-width or
 * Arabic-Indic digits are refused, not converted), with a decimal comma where the dialect says so. One
 * instance is reused for every row of a read: it is valid only during {@link RowMapper#map(Row)}.
 */
public final class Row {
    private final String source;
    private final RecordScanner scan;
    private final boolean decimalComma;
    private final long[][] units;
    private boolean ascii;

    Row(String source, RecordScanner scan, boolean decimalComma, int columns) {
        this.source = source;
        this.scan = scan;
        this.decimalComma = decimalComma;
        this.units = new long[columns][];
    }

    void reset(boolean asciiRecord) {
        this.ascii = asciiRecord;
    }

    /**
     * The name of the input.
     *
     * @return the name of the input
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based line the row starts on.
     *
     * @return the 1-based line the row starts on
     */
    public long line() {
        return scan.startLine;
    }

    /**
     * The 1-based line the row ends on (greater than {@link #line()} when a quoted value holds line breaks).
     *
     * @return the 1-based line the row ends on (greater than {@link #line()} when a quoted value holds line breaks)
     */
    public long lastLine() {
        return scan.endLine;
    }

    /**
     * The number of values in the row (equal to the header's columns: other rows are rejected before mapping).
     *
     * @return the number of values in the row (equal to the header's columns: other rows are rejected before mapping)
     */
    public int size() {
        return scan.count;
    }

    /**
     * True if the column's value is missing or only white space.
     *
     * @param c the column
     * @return true if the column's value is missing or only white space
     */
    public boolean isBlank(Column c) {
        if (c.index() < 0) {
            return c.constant().orElse("").isBlank();
        }
        int i = c.index();
        byte[] b = scan.buf;
        int from = scan.recStart + scan.starts[i];
        int to = scan.recStart + scan.ends[i];
        if ((scan.flags[i] & RecordScanner.QUOTED) != 0) {
            return to == from;
        }
        for (int k = from; k < to; k++) {
            if (b[k] != ' ' && b[k] != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The column's text, aliases applied.
     *
     * @param c the column
     * @return the column's text, aliases applied
     * @throws RowRejectedException if it is blank: the field is required
     */
    public String text(Column c) throws RowRejectedException {
        if (isBlank(c)) {
            throw new RowRejectedException(c.name(), "", fieldName(c) + " is required");
        }
        return aliased(c, value(c));
    }

    /**
     * The column's text, aliases applied; empty if blank.
     *
     * @param c the column
     * @return the column's text, aliases applied; empty if blank
     */
    public Optional<String> optionalText(Column c) {
        return isBlank(c) ? Optional.empty() : Optional.of(aliased(c, value(c)));
    }

    /**
     * The column's value as written, without aliases (a quoted value unchanged, an unquoted one stripped); empty
     * string if missing.
     *
     * @param c the column
     * @return the column's value as written, without aliases (a quoted value unchanged, an unquoted one stripped);
     *         empty string if missing
     */
    public String value(Column c) {
        if (c.index() < 0) {
            return c.constant().orElse("");
        }
        int i = c.index();
        int from = scan.recStart + scan.starts[i];
        int to = scan.recStart + scan.ends[i];
        byte f = scan.flags[i];
        byte[] b = scan.buf;
        if ((f & RecordScanner.QUOTED) == 0) {
            while (from < to && (b[from] == ' ' || b[from] == '\t')) {
                from++;
            }
            while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
                to--;
            }
        }
        if ((f & RecordScanner.ESCAPED) != 0) {
            byte[] out = new byte[to - from];
            int n = 0;
            for (int k = from; k < to; k++) {
                out[n++] = b[k];
                if (b[k] == '"' && k + 1 < to && b[k + 1] == '"') {
                    k++;
                }
            }
            return new String(out, 0, n, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
        return new String(b, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private static String aliased(Column c, String v) {
        if (c.aliases().isEmpty()) {
            return v;
        }
        String to = c.aliases().get(FieldMapping.aliasKey(v));
        return to == null ? v : to;
    }

    /**
     * The column's value as a whole number. A decimal with a zero fraction ({@code 3.0}, {@code 10.00}, as
     * pandas writes integer columns with missing values) is that number; any other fraction is refused.
     *
     * @param c the column
     * @return the column's value as a whole number
     * @throws RowRejectedException if blank, not a whole number, or beyond ±10<sup>18</sup>
     */
    public long wholeNumber(Column c) throws RowRejectedException {
        long fast = wholeNumberFromBytes(c);
        if (fast != NOT_FAST) {
            return fast;
        }
        String v = text(c);
        int n = v.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+')) {
            negative = v.charAt(0) == '-';
            i = 1;
        }
        long value = 0;
        int digits = 0;
        for (; i < n; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                break;
            }
            if (++digits > 18) {
                throw notWhole(c, v, " of at most 18 digits");
            }
            value = value * 10 + (ch - '0');
        }
        if (digits == 0) {
            throw notWhole(c, v, "");
        }
        if (i < n) {
            char mark = v.charAt(i);
            if (mark != '.' && !(decimalComma && mark == ',')) {
                throw notWhole(c, v, "");
            }
            int zeros = 0;
            for (i++; i < n; i++) {
                char ch = v.charAt(i);
                if (ch == '0') {
                    zeros++;
                } else if (ch >= '1' && ch <= '9') {
                    throw notWhole(c, v, "");
                } else {
                    throw notWhole(c, v, "");
                }
            }
            if (zeros == 0) {
                throw notWhole(c, v, "");
            }
        }
        return negative ? -value : value;
    }

    /** Marks a value {@link #wholeNumberFromBytes} leaves to the text path. */
    private static final long NOT_FAST = Long.MIN_VALUE;

    /**
     * The whole number read straight from the row's bytes, with no string: the common case of a plain column
     * without value aliases holding optional spaces, an optional sign, at most 18 digits and an optional
     * fraction of zeros. Anything else (blank, quoted with doubled quotes, a constant, aliases, a decimal
     * comma, a bad character) returns {@link #NOT_FAST} and is read, accepted or rejected by the text path, so
     * both paths give the same value and the same rejection.
     */
    private long wholeNumberFromBytes(Column c) {
        int col = c.index();
        if (col < 0 || !c.aliases().isEmpty()) {
            return NOT_FAST;
        }
        byte f = scan.flags[col];
        if ((f & RecordScanner.ESCAPED) != 0) {
            return NOT_FAST;
        }
        byte[] b = scan.buf;
        int from = scan.recStart + scan.starts[col];
        int to = scan.recStart + scan.ends[col];
        if ((f & RecordScanner.QUOTED) == 0) {
            while (from < to && (b[from] == ' ' || b[from] == '\t')) {
                from++;
            }
            while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
                to--;
            }
        }
        if (from >= to) {
            return NOT_FAST;
        }
        int i = from;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        int digitsFrom = i;
        long value = 0;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            value = value * 10 + (b[i] - '0');
            i++;
        }
        int digits = i - digitsFrom;
        if (digits == 0 || digits > 18) {
            return NOT_FAST;
        }
        if (i < to) {
            if (b[i] != '.') {
                return NOT_FAST;
            }
            int zeros = 0;
            for (i++; i < to; i++) {
                if (b[i] != '0') {
                    return NOT_FAST;
                }
                zeros++;
            }
            if (zeros == 0) {
                return NOT_FAST;
            }
        }
        return negative ? -value : value;
    }

    /**
     * The number of the column's text in {@code dictionary}: the same number for the same bytes, read from the
     * row without making a string except the first time a value is met. Blank values, aliases and escapes are
     * handled as by {@link #text(Column)}, whose value the dictionary keeps for the number.
     *
     * @param c the column to read
     * @param dictionary the dictionary that numbers the column's distinct values; it grows when a new value is met
     * @return the value's number in {@code dictionary}, within {@code 0..dictionary.size()-1}
     * @throws RowRejectedException if the value is blank: the field is required
     */
    public int textId(Column c, TextDictionary dictionary) throws RowRejectedException {
        int col = c.index();
        if (col < 0) {
            return dictionary.idOf(text(c));
        }
        byte[] b = scan.buf;
        int from = scan.recStart + scan.starts[col];
        int to = scan.recStart + scan.ends[col];
        if ((scan.flags[col] & RecordScanner.QUOTED) == 0) {
            while (from < to && (b[from] == ' ' || b[from] == '\t')) {
                from++;
            }
            while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
                to--;
            }
        }
        int id = dictionary.find(b, from, to);
        if (id >= 0) {
            return id;
        }
        // First time: the text path checks the value (blank is rejected here) and gives its aliased text.
        return dictionary.add(b, from, to, text(c));
    }

    private RowRejectedException notWhole(Column c, String v, String more) {
        return new RowRejectedException(c.name(), v, fieldName(c) + " must be a whole number" + more + ", was '" + v
                + "'");
    }

    /**
     * The column's value as a decimal number: digits with an optional sign, fraction ({@code .}, or {@code ,}
     * under a decimal comma) and exponent.
     *
     * @param c the column
     * @return the column's value as a decimal number: digits with an optional sign, fraction ({@code .}, or {@code ,}
     *         under a decimal comma) and exponent
     * @throws RowRejectedException if blank, not a number, or not finite
     */
    public double decimal(Column c) throws RowRejectedException {
        String v = text(c);
        if (v.length() > RecordMapper.MAX_NUMBER_LENGTH) {
            throw new RowRejectedException(c.name(), v, fieldName(c) + " must be a number of at most "
                    + RecordMapper.MAX_NUMBER_LENGTH + " characters, was " + v.length() + " long");
        }
        boolean digit = false;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (ch == ',' && decimalComma) {
                v = v.replace(',', '.');
            } else if (ch != '.' && ch != '-' && ch != '+' && ch != 'e' && ch != 'E') {
                digit = false;
                break;
            }
        }
        double d;
        try {
            d = digit ? Double.parseDouble(v) : Double.NaN;
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!Double.isFinite(d)) {
            throw new RowRejectedException(c.name(), v, fieldName(c) + " must be a decimal number"
                    + (decimalComma ? " (decimal comma)" : "") + ", was '" + value(c) + "'");
        }
        return d;
    }

    /**
     * The column's value as an instant, read with the column's {@link Column#timestampFormat()}. Under
     * {@code auto}, the unit chosen for each bare number is counted and stated in the read report.
     *
     * @param c the column
     * @return the column's value as an instant, read with the column's {@link Column#timestampFormat()}
     * @throws RowRejectedException if blank, not of the format, an impossible date, or outside the years the
     *         analyses hold
     */
    public Instant timestamp(Column c) throws RowRejectedException {
        return timestamp(c, c.timestampFormat());
    }

    /**
     * As {@link #timestamp(Column)}, with an explicit format.
     *
     * @param c the column
     * @param format the format
     * @return as {@link #timestamp(Column)}, with an explicit format
     * @throws RowRejectedException as {@link #timestamp(Column)}
     */
    public Instant timestamp(Column c, TimestampFormat format) throws RowRejectedException {
        String v = text(c);
        long[] tally = null;
        if (c.index() >= 0 && c.index() < units.length && format.spec().equals("auto")) {
            tally = units[c.index()];
            if (tally == null) {
                tally = units[c.index()] = new long[TimestampFormat.UNIT_NAMES.length];
            }
        }
        try {
            return format.parse(v, tally);
        } catch (DateTimeException e) {
            throw new RowRejectedException(c.name(), v, e.getMessage());
        }
    }

    /**
     * A rejection of this row for the column's current value.
     *
     * @param c the column
     * @param reason what is wrong and what is allowed: {@code csat must be a whole number, was '3.5'}
     * @return a rejection of this row for the column's current value
     */
    public RowRejectedException reject(Column c, String reason) {
        return new RowRejectedException(c.name(), value(c), reason);
    }

    /**
     * A rejection of this row as a whole.
     *
     * @param reason what is wrong and what is allowed: {@code csat must be a whole number, was '3.5'}
     * @return a rejection of this row as a whole
     */
    public RowRejectedException reject(String reason) {
        return new RowRejectedException(Rejection.RECORD, "", reason);
    }

    /**
     * The row's text as read, for messages.
     *
     * @return the row's text as read, for messages
     */
    public String raw() {
        int n = scan.recEnd - scan.recStart;
        return new String(scan.buf, scan.recStart, n, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** The unit tallies of timestamp columns read under {@code auto}, by column index; null where none. */
    long[][] units() {
        return units;
    }

    private static String fieldName(Column c) {
        return c.field().orElse(c.name());
    }
}
