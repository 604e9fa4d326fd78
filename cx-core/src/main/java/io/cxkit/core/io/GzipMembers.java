package io.cxkit.core.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses gzip (RFC 1952), member after member as {@code cat a.gz b.gz} makes them. Unlike
 * {@link java.util.zip.GZIPInputStream}, which stops without a word at bytes after a member that are not gzip,
 * this refuses them: data is never dropped silently. An empty file and a damaged member are errors naming the
 * file.
 */
final class GzipMembers extends InputStream {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream in;
    private final String name;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long consumed;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private long memberBytes;
    private boolean done;
    private final byte[] one = new byte[1];

    GzipMembers(InputStream in, String name) throws IOException {
        this.in = in;
        this.name = name;
        if (!fill()) {
            throw new IOException(name + " is empty: a .gz file must hold gzip data (decompress or rename it)");
        }
        header();
    }

    private boolean fill() throws IOException {
        if (pos < lim) {
            return true;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        consumed += n;
        pos = 0;
        lim = n;
        return true;
    }

    private int byteOrEof() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    private int u8() throws IOException {
        int b = byteOrEof();
        if (b < 0) {
            throw new EOFException(name + ": gzip data ends inside a header or trailer (the file is cut short)");
        }
        return b;
    }

    private void header() throws IOException {
        int id1 = u8();
        int id2 = u8();
        if (id1 != 0x1f || id2 != 0x8b) {
            throw new ZipException(name + ": not gzip data although the name ends in .gz");
        }
        if (u8() != 8) {
            throw new ZipException(name + ": gzip member uses an unknown compression method");
        }
        int flags = u8();
        for (int i = 0; i < 6; i++) {
            u8();
        }
        if ((flags & FEXTRA) != 0) {
            int len = u8() | (u8() << 8);
            for (int i = 0; i < len; i++) {
                u8();
            }
        }
        if ((flags & FNAME) != 0) {
            while (u8() != 0) {
                // skip the original file name
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (u8() != 0) {
                // skip the comment
            }
        }
        if ((flags & FHCRC) != 0) {
            u8();
            u8();
        }
        inflater.reset();
        crc.reset();
        memberBytes = 0;
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!done) {
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException(name + ": damaged gzip data (" + e.getMessage() + ")");
            }
            if (n > 0) {
                crc.update(b, off, n);
                memberBytes += n;
                return n;
            }
            if (inflater.finished()) {
                int rest = inflater.getRemaining();
                pos = lim - rest;
                trailer();
                continue;
            }
            if (inflater.needsInput()) {
                if (pos >= lim && !fill()) {
                    throw new EOFException(name + ": gzip data is cut short (the file ends inside a member)");
                }
                inflater.setInput(buf, pos, lim - pos);
                pos = lim;
            } else if (inflater.needsDictionary()) {
                throw new ZipException(name + ": damaged gzip data (needs a dictionary)");
            }
        }
        return -1;
    }

    private void trailer() throws IOException {
        long expectCrc = u8() | (u8() << 8) | (u8() << 16) | ((long) u8() << 24);
        long expectSize = u8() | (u8() << 8) | (u8() << 16) | ((long) u8() << 24);
        if (expectCrc != crc.getValue()) {
            throw new ZipException(name + ": damaged gzip data (CRC mismatch)");
        }
        if (expectSize != (memberBytes & 0xFFFFFFFFL)) {
            throw new ZipException(name + ": damaged gzip data (length mismatch)");
        }
        int avail = ensure(2);
        if (avail == 0) {
            done = true;
            return;
        }
        if (avail >= 2 && (buf[pos] & 0xFF) == 0x1f && (buf[pos + 1] & 0xFF) == 0x8b) {
            header();
            return;
        }
        long at = consumed - (lim - pos);
        throw new ZipException(name + ": data that is not gzip follows the compressed data at byte " + at
                + "; cxkit does not guess what it is: decompress the file and append the lines to it, or remove them");
    }

    /** Buffers at least {@code n} bytes if the input has them; returns how many are buffered. */
    private int ensure(int n) throws IOException {
        if (lim - pos < n) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
            while (lim < n) {
                int r = in.read(buf, lim, buf.length - lim);
                if (r < 0) {
                    break;
                }
                consumed += r;
                lim += r;
            }
        }
        return lim - pos;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
