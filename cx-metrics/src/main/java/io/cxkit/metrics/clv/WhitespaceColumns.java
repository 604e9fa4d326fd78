package io.cxkit.metrics.clv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns whitespace-aligned text (columns separated by runs of spaces or tabs, as CDNOW's files are) into
 * tab-separated text that the tabular source reads: each run of blanks between values becomes one tab, and
 * blanks at the start and end of a line are dropped. Line breaks are kept, so line numbers do not move. It
 * splits nothing itself: the source still does the splitting, the decoding and the accounting.
 */
final class WhitespaceColumns extends FilterInputStream {
    private final byte[] one = new byte[1];
    private byte[] raw = new byte[1 << 16];
    private boolean lineStart = true;
    private boolean blank;

    WhitespaceColumns(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        // A run of blanks may add one tab per input byte at most, so half the room is always enough.
        int want = Math.max(1, len / 2);
        if (raw.length < want) {
            raw = new byte[want];
        }
        while (true) {
            int n = in.read(raw, 0, want);
            if (n < 0) {
                return -1;
            }
            int out = off;
            for (int i = 0; i < n; i++) {
                byte c = raw[i];
                if (c == ' ' || c == '\t') {
                    blank = !lineStart;
                } else if (c == '\n' || c == '\r') {
                    blank = false;
                    lineStart = true;
                    b[out++] = c;
                } else {
                    if (blank) {
                        b[out++] = '\t';
                        blank = false;
                    }
                    lineStart = false;
                    b[out++] = c;
                }
            }
            if (out > off) {
                return out - off;
            }
        }
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
