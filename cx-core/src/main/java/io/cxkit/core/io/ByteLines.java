package io.cxkit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a JSON Lines byte stream into lines on line feeds, before any decoding, so that each line can be
 * checked as UTF-8 on its own and a bad line never spoils its neighbours. A trailing carriage return is dropped
 * (CRLF files), and so is a UTF-8 byte-order mark at the very start. (Delimited tables are split by the
 * {@link TabularSource}'s scanner, which knows quotes.)
 *
 * <p>A record longer than the limit is not kept: its first {@code maxBytes} bytes are, the rest is skipped to
 * the next line feed (quotes no longer tracked), and {@link #tooLong()} says so. Memory is thus bounded by the
 * limit whatever the input.
 */
final class ByteLines {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final int maxBytes;
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

    ByteLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
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
            while (i < end && b[i] != '\n') {
                i++;
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
