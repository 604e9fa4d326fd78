package io.cxkit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits delimited bytes into records and fields in one pass, in place in its buffer: no copy, no decoding
 * until a value is asked for. Quoted fields (RFC 4180) may hold the delimiter, line feeds and doubled quotes; a
 * field is quoted only if its first byte is {@code "}. {@code "}, the delimiter and the line feed are ASCII
 * and never occur inside a multi-byte UTF-8 sequence, so the split is safe on undecoded bytes.
 *
 * <p>A record whose quote is never closed, or closed so far on that the record outgrows the limit, is not
 * allowed to swallow what follows: the caller rejects its first line and {@link #resumeAfterFirstLine()}
 * scans again from the next line. A single line longer than the limit is skipped to its end without being held.
 * The buffer never holds more than the limit plus one block, whatever the input.
 */
final class RecordScanner {
    static final int OK = 0;
    /** One line longer than the limit; only its head is kept ({@link #tooLongHead()}). */
    static final int TOO_LONG = 1;
    /** A quote opened and not closed before the end of the input, or before the limit. */
    static final int UNTERMINATED = 2;
    /** Text after a closing quote, at {@link #errorAt()}. */
    static final int BAD_QUOTE = 3;

    static final int QUOTED = 1;
    static final int ESCAPED = 2;

    private static final int BLOCK = 1 << 16;
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LF_PATTERN = pattern((byte) '\n');
    private static final long QUOTE_PATTERN = pattern((byte) '"');
    private static final int HEAD = 1_000;
    private static final int MORE_EOF = -1;
    private static final int MORE_TOO_LONG = -2;

    private final InputStream in;
    private final int maxBytes;
    private final int capacity;
    private byte delim = ',';
    byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    private long physicalLine;
    /** The offset in the input of {@code buf[0]}. */
    private long base;

    int recStart;
    int recEnd;
    long startLine;
    long endLine;
    int count;
    int[] starts = new int[16];
    int[] ends = new int[16];
    byte[] flags = new byte[16];
    private int firstNewline;
    private int status;
    private int errorAt;
    private int quoteAt;
    private long fullLength;
    private byte[] head = new byte[0];
    /**
     * The fields a record's caller reads, counted from the first: the fields after them are only counted (to
     * check the record's width) and skipped, eight bytes at a time, until a quoted one needs the full scan.
     */
    private int need = Integer.MAX_VALUE;

    RecordScanner(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.capacity = maxBytes + BLOCK + 1;
        this.buf = new byte[Math.min(capacity, 4 * BLOCK)];
    }

    void delimiter(byte d) {
        this.delim = d;
    }

    /**
     * Records the positions of the first {@code fields} fields only (at least one, for the blank-line test);
     * later fields are counted, not recorded. {@link Integer#MAX_VALUE} records every field (the header).
     */
    void recordFields(int fields) {
        this.need = Math.max(1, fields);
    }

    /**
     * Starts counting lines after {@code lines} lines, for a scanner that reads a chunk of a file from the start
     * of a line; the byte-order mark is then not looked for.
     */
    void startAfter(long lines) {
        this.physicalLine = lines;
        this.started = true;
    }

    /** Counts offsets from {@code b}: the input starts at that offset of the file. */
    void setBase(long b) {
        this.base = b;
    }

    /** The offset in the input of the current record's first byte. */
    long recordOffset() {
        return base + recStart;
    }

    /** The offset in the input of the first byte not yet scanned (after the current record and its line end). */
    long nextOffset() {
        return base + pos;
    }

    /** Reads until at least {@code n} bytes are buffered or the input ends; drops a leading UTF-8 BOM. */
    void prefetch(int n) throws IOException {
        while (lim - pos < n && !eof && lim < buf.length) {
            read();
        }
        dropBom();
    }

    private void dropBom() {
        if (!started && lim - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB
                && buf[pos + 2] == (byte) 0xBF) {
            pos += 3;
        }
        if (lim - pos >= 3 || eof) {
            started = true;
        }
    }

    /** The buffered bytes not yet scanned, for sniffing the dialect: {@code buf[position()..limit())}. */
    int position() {
        return pos;
    }

    int limit() {
        return lim;
    }

    boolean atEof() {
        return eof;
    }

    /**
     * Scans the next non-blank record.
     *
     * @return false at the end of the input
     */
    boolean next() throws IOException {
        while (true) {
            if (pos >= lim) {
                base += lim;
                pos = 0;
                lim = 0;
                if (eof || !read()) {
                    return false;
                }
            }
            if (!started) {
                prefetch(3);
            }
            scan();
            if (status == OK && blank()) {
                continue;
            }
            if ((status == OK || status == BAD_QUOTE) && recEnd - recStart > maxBytes) {
                if (firstNewline >= 0) {
                    status = UNTERMINATED;
                } else {
                    status = TOO_LONG;
                    fullLength = recEnd - recStart;
                    head = Arrays.copyOfRange(buf, recStart, recStart + HEAD);
                    count = 0;
                }
            }
            return true;
        }
    }

    private void scan() throws IOException {
        recStart = pos;
        startLine = physicalLine + 1;
        count = 0;
        firstNewline = -1;
        status = OK;
        errorAt = -1;
        quoteAt = -1;
        final byte d = delim;
        final long dPattern = pattern(d);
        int i = pos;
        boolean quotedNext = false;
        while (true) {
            // At the start of a field.
            if (i >= lim) {
                i = more(i);
                if (i < 0) {
                    // End of input right after a delimiter: an empty last field.
                    addField(lim, lim, 0);
                    endAtEof();
                    return;
                }
            }
            if (count >= need && !quotedNext) {
                i = skipTail(i, d, dPattern);
                if (i < 0) {
                    return;
                }
                // A quoted field: scanned in full below, then skipping resumes.
                quotedNext = true;
            } else {
                quotedNext = false;
            }
            byte[] b = buf;
            if (b[i] == '"') {
                quoteAt = i - recStart;
                int fs = i + 1;
                int f = QUOTED;
                i++;
                while (true) {
                    if (i >= lim) {
                        int j = more(i);
                        if (j == MORE_TOO_LONG && firstNewline >= 0) {
                            status = UNTERMINATED;
                            recEnd = lim;
                            endLine = physicalLine;
                            return;
                        }
                        if (j < 0) {
                            if (j == MORE_TOO_LONG) {
                                tooLong(i);
                                return;
                            }
                            status = UNTERMINATED;
                            recEnd = lim;
                            pos = lim;
                            if (lim > recStart && buf[lim - 1] != '\n') {
                                physicalLine++;
                            }
                            endLine = physicalLine;
                            return;
                        }
                        fs -= i - j;
                        i = j;
                        b = buf;
                    }
                    i = stop(b, i, lim, (byte) '"', QUOTE_PATTERN);
                    if (i >= lim) {
                        continue;
                    }
                    byte c = b[i];
                    if (c == '"') {
                        if (i + 1 >= lim) {
                            int j = more(i);
                            if (j == MORE_TOO_LONG) {
                                if (firstNewline >= 0) {
                                    status = UNTERMINATED;
                                    recEnd = lim;
                                    endLine = physicalLine;
                                    return;
                                }
                                tooLong(i);
                                return;
                            }
                            if (j >= 0) {
                                fs -= i - j;
                                i = j;
                                b = buf;
                            }
                        }
                        if (i + 1 < lim && b[i + 1] == '"') {
                            f |= ESCAPED;
                            i += 2;
                            continue;
                        }
                        addField(fs, i, f);
                        i++;
                        break;
                    }
                    if (c == '\n') {
                        physicalLine++;
                        if (firstNewline < 0) {
                            firstNewline = i - recStart;
                        }
                    }
                    i++;
                }
                // After the closing quote: a delimiter, the end of the line or of the input.
                if (i >= lim) {
                    i = more(i);
                    if (i < 0) {
                        endAtEof();
                        return;
                    }
                }
                b = buf;
                byte c = b[i];
                if (c == d) {
                    i++;
                    continue;
                }
                if (c == '\n') {
                    endAt(i, i);
                    return;
                }
                if (c == '\r') {
                    if (i + 1 >= lim) {
                        int j = more(i);
                        if (j >= 0) {
                            i = j;
                            b = buf;
                        }
                    }
                    if (i + 1 >= lim && eof) {
                        recEnd = i;
                        pos = lim;
                        physicalLine++;
                        endLine = physicalLine;
                        return;
                    }
                    if (i + 1 < lim && b[i + 1] == '\n') {
                        endAt(i, i + 1);
                        return;
                    }
                }
                // Text after a closing quote: a malformed field. Skip to the next delimiter or line end.
                if (status == OK) {
                    status = BAD_QUOTE;
                    errorAt = i - recStart;
                }
                while (true) {
                    while (i < lim && (c = b[i]) != d && c != '\n') {
                        i++;
                    }
                    if (i < lim) {
                        break;
                    }
                    i = more(i);
                    if (i < 0) {
                        if (i == MORE_TOO_LONG) {
                            tooLong(lim);
                            return;
                        }
                        endAtEof();
                        return;
                    }
                    b = buf;
                }
                if (c == d) {
                    i++;
                    continue;
                }
                endAt(i > recStart && b[i - 1] == '\r' ? i - 1 : i, i);
                return;
            }
            // An unquoted field.
            int fs = i;
            byte c = 0;
            while (true) {
                i = stop(b, i, lim, d, dPattern);
                if (i < lim) {
                    c = b[i];
                    break;
                }
                int j = more(i);
                if (j < 0) {
                    if (j == MORE_TOO_LONG) {
                        tooLong(i);
                        return;
                    }
                    int e = lim > fs && buf[lim - 1] == '\r' ? lim - 1 : lim;
                    addField(fs, e, 0);
                    endAtEof();
                    return;
                }
                fs -= i - j;
                i = j;
                b = buf;
            }
            if (c == d) {
                addField(fs, i, 0);
                i++;
                continue;
            }
            int e = i > fs && b[i - 1] == '\r' ? i - 1 : i;
            addField(fs, e, 0);
            endAt(e, i);
            return;
        }
    }

    /**
     * Counts the fields from {@code i} (a field start) to the end of the record without recording them. Returns
     * -1 when the record has been ended, or the index of a field that starts with a quote, which the caller
     * scans in full (it may hold delimiters and line feeds). A quote inside an unquoted field is a plain byte.
     */
    private int skipTail(int i, byte d, long dPattern) throws IOException {
        int fieldStart = i;
        while (true) {
            i = stop3(buf, i, lim, d, dPattern);
            if (i >= lim) {
                int j = more(i);
                if (j < 0) {
                    if (j == MORE_TOO_LONG) {
                        tooLong(i);
                        return -1;
                    }
                    count++;
                    endAtEof();
                    return -1;
                }
                fieldStart -= i - j;
                i = j;
                continue;
            }
            byte c = buf[i];
            if (c == d) {
                count++;
                fieldStart = ++i;
                continue;
            }
            if (c == '\n') {
                count++;
                endAt(i > recStart && buf[i - 1] == '\r' ? i - 1 : i, i);
                return -1;
            }
            if (i == fieldStart) {
                return i;
            }
            i++;
        }
    }

    /** As {@link #stop}, also stopping at a quote. */
    static int stop3(byte[] b, int i, int lim, byte d, long dPattern) {
        while (i + 8 <= lim) {
            long w = (long) LONGS.get(b, i);
            long x = w ^ dPattern;
            long y = w ^ LF_PATTERN;
            long z = w ^ QUOTE_PATTERN;
            long h = ((x - ONES) & ~x | (y - ONES) & ~y | (z - ONES) & ~z) & HIGHS;
            if (h != 0) {
                return i + (Long.numberOfTrailingZeros(h) >>> 3);
            }
            i += 8;
        }
        while (i < lim && b[i] != d && b[i] != '\n' && b[i] != '"') {
            i++;
        }
        return i;
    }

    /** The byte repeated in all eight bytes of a long. */
    static long pattern(byte b) {
        return (b & 0xFFL) * ONES;
    }

    /**
     * The index of the first byte in {@code b[i..lim)} that is {@code d} or a line feed, or {@code lim}: eight
     * bytes at a time, since most bytes of a table are neither (SWAR: a zero byte in {@code w ^ pattern} marks
     * a match, and the lowest such byte is found exactly).
     */
    static int stop(byte[] b, int i, int lim, byte d, long dPattern) {
        while (i + 8 <= lim) {
            long w = (long) LONGS.get(b, i);
            long x = w ^ dPattern;
            long y = w ^ LF_PATTERN;
            long h = ((x - ONES) & ~x | (y - ONES) & ~y) & HIGHS;
            if (h != 0) {
                return i + (Long.numberOfTrailingZeros(h) >>> 3);
            }
            i += 8;
        }
        while (i < lim && b[i] != d && b[i] != '\n') {
            i++;
        }
        return i;
    }

    /**
     * The number of line feeds in {@code b[from..to)}, eight bytes at a time: a lane of {@code w ^ LF} is zero
     * exactly where the byte is a line feed, and {@code ((x & 0x7F..) + 0x7F..) | x} sets a lane's high bit
     * exactly where the lane is not zero, with no carry between lanes.
     */
    static long countLineFeeds(byte[] b, int from, int to) {
        long n = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ LF_PATTERN;
            long nonZero = ((x & ~HIGHS) + ~HIGHS | x) & HIGHS;
            n += 8 - Long.bitCount(nonZero);
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** True if {@code b[from..to)} is ASCII, eight bytes at a time. */
    static boolean ascii(byte[] b, int from, int to) {
        long acc = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            acc |= (long) LONGS.get(b, i);
        }
        for (; i < to; i++) {
            acc |= b[i];
        }
        return (acc & HIGHS) == 0;
    }

    /** Ends the record at {@code end} (exclusive), the line feed being at {@code lf}. */
    private void endAt(int end, int lf) {
        recEnd = end;
        pos = lf + 1;
        physicalLine++;
        endLine = physicalLine;
    }

    private void endAtEof() {
        recEnd = lim;
        pos = lim;
        physicalLine++;
        endLine = physicalLine;
    }

    /**
     * Makes room after {@code i} (the first byte not yet buffered) by moving the record to the front and reading
     * more. Returns the new index of that byte, {@link #MORE_EOF} at the end of the input, or
     * {@link #MORE_TOO_LONG} if the record is already longer than the limit.
     */
    private int more(int i) throws IOException {
        if (eof) {
            return MORE_EOF;
        }
        if (lim - recStart > maxBytes) {
            return MORE_TOO_LONG;
        }
        int shift = recStart;
        base += shift;
        if (shift > 0) {
            System.arraycopy(buf, recStart, buf, 0, lim - recStart);
            lim -= shift;
            recStart = 0;
            pos -= shift;
            i -= shift;
        }
        if (lim == buf.length) {
            buf = Arrays.copyOf(buf, Math.min(capacity, buf.length * 2));
        }
        if (!read()) {
            return MORE_EOF;
        }
        return i;
    }

    /** Reads one block after {@code lim}; false at the end of the input. */
    private boolean read() throws IOException {
        int n = in.read(buf, lim, Math.min(BLOCK, buf.length - lim));
        while (n == 0) {
            n = in.read(buf, lim, Math.min(BLOCK, buf.length - lim));
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }

    /** Keeps the head of an overlong line and skips the rest of it, quotes no longer tracked. */
    private void tooLong(int i) throws IOException {
        status = TOO_LONG;
        count = 0;
        int keep = Math.min(HEAD, lim - recStart);
        head = Arrays.copyOfRange(buf, recStart, recStart + keep);
        fullLength = 0;
        int from = recStart;
        while (true) {
            int j = from;
            while (j < lim && buf[j] != '\n') {
                j++;
            }
            fullLength += j - from;
            if (j < lim) {
                pos = j + 1;
                physicalLine++;
                break;
            }
            base += lim;
            pos = 0;
            lim = 0;
            recStart = 0;
            if (!read()) {
                physicalLine++;
                break;
            }
            from = 0;
        }
        endLine = physicalLine;
        recStart = 0;
        recEnd = 0;
    }

    /**
     * After a multi-line record was rejected: scan again from the line after its first, so that one stray quote
     * costs one line.
     */
    void resumeAfterFirstLine() {
        pos = recStart + firstNewline + 1;
        physicalLine = startLine;
    }

    private void addField(int from, int to, int f) {
        if (count >= starts.length) {
            // Skipped fields are counted without being recorded, so the count may have jumped past the arrays.
            int cap = Math.max(count + 1, starts.length * 2);
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            flags = Arrays.copyOf(flags, cap);
        }
        starts[count] = from - recStart;
        ends[count] = to - recStart;
        flags[count] = (byte) f;
        count++;
    }

    private boolean blank() {
        if (count != 1 || flags[0] != 0) {
            return false;
        }
        for (int i = recStart + starts[0]; i < recStart + ends[0]; i++) {
            byte c = buf[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    int status() {
        return status;
    }

    /** True if the record spans more than one line. */
    boolean multiLine() {
        return firstNewline >= 0;
    }

    /** The offset in the record of its first line feed, or -1. */
    int firstNewline() {
        return firstNewline;
    }

    /** The offset in the record of the error ({@link #BAD_QUOTE}). */
    int errorAt() {
        return errorAt;
    }

    /** The offset in the record of the last opening quote seen. */
    int quoteAt() {
        return quoteAt;
    }

    /** The head of an overlong line. */
    byte[] tooLongHead() {
        return head;
    }

    /** The length of an overlong line, in bytes. */
    long fullLength() {
        return fullLength;
    }

    int maxBytes() {
        return maxBytes;
    }
}
