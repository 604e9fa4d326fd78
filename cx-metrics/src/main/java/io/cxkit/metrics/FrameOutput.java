package io.cxkit.metrics;

import java.io.DataOutput;
import java.io.UTFDataFormatException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A growable, unsynchronised {@link DataOutput} over a byte array, with the exact bytes of
 * {@link java.io.DataOutputStream} (big-endian, modified UTF-8): {@link StateEncoding} keeps one per thread so
 * that encoding a state allocates only its result. {@code DataOutputStream} over a {@code ByteArrayOutputStream}
 * takes a lock and copies per call, which cost more than an NPS state's whole payload.
 */
final class FrameOutput implements DataOutput {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] buf = new byte[256];
    private int size;
    /** True while a codec writes into it, so that a nested encode on the same thread takes a fresh one. */
    boolean inUse;

    void reset() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] buffer() {
        return buf;
    }

    /**
     * Makes room for {@code n} more bytes and returns where they go. Callers read {@link #buf} after calling it,
     * since it may replace the array.
     */
    private int room(int n) {
        int at = size;
        if (at + n > buf.length || at + n < 0) {
            if ((long) at + n > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("state payload exceeds " + (Integer.MAX_VALUE - 16) + " bytes");
            }
            buf = Arrays.copyOf(buf, Math.max(at + n, (int) Math.min(Integer.MAX_VALUE - 16, buf.length * 2L)));
        }
        size = at + n;
        return at;
    }

    @Override
    public void write(int b) {
        int at = room(1);
        buf[at] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        int at = room(len);
        System.arraycopy(b, off, buf, at, len);
    }

    @Override
    public void writeBoolean(boolean v) {
        write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) {
        write(v);
    }

    @Override
    public void writeShort(int v) {
        int at = room(2);
        SHORT.set(buf, at, (short) v);
    }

    @Override
    public void writeChar(int v) {
        int at = room(2);
        SHORT.set(buf, at, (short) v);
    }

    @Override
    public void writeInt(int v) {
        int at = room(4);
        INT.set(buf, at, v);
    }

    @Override
    public void writeLong(long v) {
        int at = room(8);
        LONG.set(buf, at, v);
    }

    @Override
    public void writeFloat(float v) {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public void writeDouble(double v) {
        writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public void writeBytes(String s) {
        int at = room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[at + i] = (byte) s.charAt(i);
        }
    }

    @Override
    public void writeChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            writeChar(s.charAt(i));
        }
    }

    /** Modified UTF-8 with a two-byte length, as {@link java.io.DataOutputStream#writeUTF} writes it. */
    @Override
    public void writeUTF(String s) throws UTFDataFormatException {
        int n = s.length();
        long utf = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == 0) {
                utf += c >= 0x800 ? 2 : 1;
            }
        }
        if (utf > 65535) {
            throw new UTFDataFormatException("encoded string is " + utf + " bytes, more than 65535");
        }
        int at = room(2 + (int) utf);
        SHORT.set(buf, at, (short) utf);
        at += 2;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != 0 && c < 0x80) {
                buf[at++] = (byte) c;
            } else if (c >= 0x800) {
                buf[at++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
                buf[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[at++] = (byte) (0x80 | (c & 0x3F));
            } else {
                buf[at++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
                buf[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }
}
