package io.cxkit.metrics;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A {@link DataInput} over a slice of a byte array, reading what {@link java.io.DataOutputStream} writes: the
 * payload reader of {@link StateEncoding#decode}. Unlike {@code DataInputStream} over a
 * {@code ByteArrayInputStream} it takes no lock and allocates no scratch arrays, so decoding a small state
 * allocates little beyond the state. Reading past the slice throws {@link EOFException}.
 */
final class FrameInput implements DataInput {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] bytes;
    private final int end;
    private int at;

    FrameInput(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.at = offset;
        this.end = offset + length;
    }

    /** The bytes not read yet. */
    int remaining() {
        return end - at;
    }

    private int take(int n) throws EOFException {
        if (n < 0 || n > end - at) {
            throw new EOFException("state payload ends early: " + n + " more bytes wanted, " + (end - at) + " left");
        }
        int p = at;
        at += n;
        return p;
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        System.arraycopy(bytes, take(len), b, off, len);
    }

    @Override
    public int skipBytes(int n) {
        int k = Math.max(0, Math.min(n, end - at));
        at += k;
        return k;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return bytes[take(1)] != 0;
    }

    @Override
    public byte readByte() throws IOException {
        return bytes[take(1)];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return bytes[take(1)] & 0xFF;
    }

    @Override
    public short readShort() throws IOException {
        return (short) SHORT.get(bytes, take(2));
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xFFFF;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws IOException {
        return (int) INT.get(bytes, take(4));
    }

    @Override
    public long readLong() throws IOException {
        return (long) LONG.get(bytes, take(8));
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Not part of any state format (a deprecated, lossy method of DataInput). */
    @Override
    public String readLine() {
        throw new UnsupportedOperationException("state payloads hold no text lines");
    }

    @Override
    public String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }
}
