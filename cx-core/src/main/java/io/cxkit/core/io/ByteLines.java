package io.cxkit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into records on line feeds, before any decoding, so that each record can be checked as
 * UTF-8 on its own and a bad line never spoils its neighbours. A trailing carriage return is dropped (CRLF
 * files), and so is a UTF-8 byte-order mark at the very start.
 *
 * <p>In CSV mode a line feed inside a quoted field does not end the record (RFC 4180 allows line breaks in
 * quoted fields). A field is quoted only if its first character is {@code "}; a quote inside an unquoted
 * field is text, so a stray quote cannot swallow the lines after it. An opening quote that is never closed
 * runs on to the end of the input or the line limit, and all of it is one rejected record. {@code "} and
 * {@code ,} are single bytes that never occur inside a multi-byte UTF-8 sequence, so this works on bytes.
 *
 * <p>A record longer than the limit is not kept: its first {@code maxBytes} bytes are, the rest is skipped to
 * the next line feed (quotes no longer tracked), and {@link #tooLong()} says so. Memory is thus bounded by the
 * limit whatever the input.
 */
final class ByteLines {
    private static final int BUFFER = 1 << 16;
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote seen inside a quoted field: the field's end, or the first half of an escaped {@code ""}. */
    private static final int QUOTE_IN_QUOTED = 3;

    private final InputStream in;
    private final int maxBytes;
    private final boolean csvQuotes;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int lim;
    private boolean eof;

    private byte[] line = new byte[1024];
    private int length;
    private long fullLength;
    private long physicalLine;
    private long startLine;
    private boolean first = true;

    ByteLines(InputStream in, int maxBytes, boolean csvQuotes) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.csvQuotes = csvQuotes;
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     */
    boolean next() throws IOException {
        length = 0;
        fullLength = 0;
        startLine = physicalLine + 1;
        int state = FIELD_START;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                if (!fill()) {
                    if (!any) {
                        return false;
                    }
                    physicalLine++;
                    break;
                }
            }
            any = true;
            byte[] b = buf;
            int i = pos;
            int end = lim;
            boolean tracking = csvQuotes && fullLength <= maxBytes;
            if (tracking) {
                for (; i < end; i++) {
                    byte c = b[i];
                    if (c == '\n') {
                        if (state != QUOTED) {
                            break;
                        }
                        physicalLine++;
                    } else {
                        state = csvState(state, c);
                    }
                }
            } else {
                while (i < end && b[i] != '\n') {
                    i++;
                }
            }
            append(pos, i - pos);
            if (i < end) {
                pos = i + 1;
                physicalLine++;
                break;
            }
            pos = end;
        }
        if (length > 0 && line[length - 1] == '\r' && fullLength <= maxBytes) {
            length--;
            fullLength--;
        }
        if (first) {
            first = false;
            if (length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
                System.arraycopy(line, 3, line, 0, length - 3);
                length -= 3;
                fullLength -= 3;
            }
        }
        return true;
    }

    /** The CSV scanner's next state after a byte other than a line feed. */
    private static int csvState(int state, byte c) {
        switch (state) {
            case FIELD_START:
                return c == '"' ? QUOTED : c == ',' ? FIELD_START : UNQUOTED;
            case QUOTED:
                return c == '"' ? QUOTE_IN_QUOTED : QUOTED;
            case QUOTE_IN_QUOTED:
                return c == '"' ? QUOTED : c == ',' ? FIELD_START : UNQUOTED;
            default:
                return c == ',' ? FIELD_START : UNQUOTED;
        }
    }

    private void append(int from, int n) {
        fullLength += n;
        int room = maxBytes - length;
        int copy = Math.min(n, Math.max(room, 0));
        if (copy <= 0) {
            return;
        }
        if (length + copy > line.length) {
            line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(line.length * 2, length + copy)));
        }
        System.arraycopy(buf, from, line, length, copy);
        length += copy;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
            n = in.read(buf, 0, buf.length);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    /** The record's bytes, valid up to {@link #length()}; overwritten by the next call to {@link #next()}. */
    byte[] bytes() {
        return line;
    }

    /** The number of bytes kept of this record. */
    int length() {
        return length;
    }

    /** True if the record was longer than the limit, so only its start was kept. */
    boolean tooLong() {
        return fullLength > maxBytes;
    }

    /** The record's full length in bytes, including any part that was skipped. */
    long fullLength() {
        return fullLength;
    }

    /** The 1-based line on which the record starts. */
    long startLine() {
        return startLine;
    }

    /** True if the record holds nothing but spaces, tabs and carriage returns. */
    boolean blank() {
        for (int i = 0; i < length; i++) {
            byte c = line[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return fullLength == length;
    }
}
