package io.cxkit.journey.map;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV into records: fields separated by a delimiter, optionally in double quotes, a doubled
 * quote inside quotes standing for one, line breaks allowed inside quotes. CRLF and LF both end a record; a
 * byte-order mark at the start is dropped; blank lines are skipped. Each record remembers the line it starts on
 * and its raw text, for rejections.
 */
final class CsvRecords {
    private static final int MAX_RAW = 1_000;

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private long line = 1;
    private boolean first = true;

    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private final StringBuilder raw = new StringBuilder();
    private long startLine;
    private boolean unclosedQuote;

    CsvRecords(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Reads the next non-blank record; false at the end of the input. */
    boolean next() throws IOException {
        while (true) {
            fields.clear();
            field.setLength(0);
            raw.setLength(0);
            unclosedQuote = false;
            startLine = line;
            int c = read();
            if (c < 0) {
                return false;
            }
            if (first && c == '\uFEFF') {
                c = read();
            }
            first = false;
            if (c == '\r' && peekNewline()) {
                c = read();
            }
            if (c == '\n') {
                line++;
                continue;
            }
            parse(c);
            return true;
        }
    }

    private void parse(int c) throws IOException {
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    unclosedQuote = true;
                }
                fields.add(field.toString());
                return;
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                        c = read();
                        continue;
                    }
                    quoted = false;
                    c = d;
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                field.append((char) c);
                c = read();
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                c = read();
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            }
            if (c == '\r' && peekNewline()) {
                c = read();
            }
            if (c == '\n') {
                line++;
                fields.add(field.toString());
                dropTrailingNewline();
                return;
            }
            field.append((char) c);
            fieldStart = false;
            c = read();
        }
    }

    private void dropTrailingNewline() {
        int n = raw.length();
        while (n > 0 && (raw.charAt(n - 1) == '\n' || raw.charAt(n - 1) == '\r')) {
            n--;
        }
        raw.setLength(n);
    }

    private boolean peekNewline() throws IOException {
        if (pos == lim && !fill()) {
            return false;
        }
        return buf[pos] == '\n';
    }

    private int read() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        char ch = buf[pos++];
        if (raw.length() < MAX_RAW) {
            raw.append(ch);
        }
        return ch;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    /** The fields of the current record. */
    List<String> fields() {
        return fields;
    }

    /** The 1-based line the current record starts on. */
    long line() {
        return startLine;
    }

    /** The current record as read, cut to 1,000 characters. */
    String raw() {
        return raw.toString();
    }

    /** Whether the current record ended inside quotes. */
    boolean unclosedQuote() {
        return unclosedQuote;
    }
}
