package io.cxkit.metrics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The framed binary form of an accumulator's state, shared by every metric:
 * <pre>
 *   int    magic 0x43584B53 ("CXKS")
 *   UTF    metric name
 *   int    codec version
 *   int    payload length
 *   bytes  payload (written by the metric's {@link StateCodec})
 *   long   CRC-32 of everything before it
 * </pre>
 * Big-endian throughout ({@link java.io.DataOutput}).
 */
public final class StateEncoding {
    /** "CXKS": cxkit state. */
    public static final int MAGIC = 0x43584B53;

    /** Largest payload accepted when decoding, so garbage cannot make us allocate gigabytes. */
    public static final int MAX_PAYLOAD = 64 * 1024 * 1024;

    private StateEncoding() {
    }

    /** Encodes an accumulator of {@code metric} into bytes. */
    public static <A extends Accumulator<A>> byte[] encode(Metric<A> metric, A state) {
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            metric.codec().write(state, new DataOutputStream(payload));
            ByteArrayOutputStream all = new ByteArrayOutputStream(payload.size() + 64);
            DataOutputStream out = new DataOutputStream(all);
            out.writeInt(MAGIC);
            out.writeUTF(metric.name());
            out.writeInt(metric.codec().version());
            out.writeInt(payload.size());
            payload.writeTo(out);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(all.toByteArray());
            out.writeLong(crc.getValue());
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /**
     * Decodes bytes written by {@link #encode} for the same metric.
     *
     * @throws StateFormatException if the bytes are truncated, corrupted, of another metric, or of a version
     *         newer than this codec
     */
    public static <A extends Accumulator<A>> A decode(Metric<A> metric, byte[] bytes) {
        if (bytes.length < 4 + 2 + 4 + 4 + 8) {
            throw new StateFormatException("encoded state is " + bytes.length + " bytes, too short to be one");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
            int magic = in.readInt();
            if (magic != MAGIC) {
                throw new StateFormatException(String.format("not a cxkit state: magic 0x%08X, expected 0x%08X",
                        magic, MAGIC));
            }
            if (crc.getValue() != stored) {
                throw new StateFormatException("encoded state is corrupted: checksum mismatch");
            }
            String name = in.readUTF();
            if (!name.equals(metric.name())) {
                throw new StateFormatException("encoded state is of metric '" + name + "', expected '"
                        + metric.name() + "'");
            }
            int version = in.readInt();
            if (version < 1 || version > metric.codec().version()) {
                throw new StateFormatException("encoded state of '" + name + "' has version " + version
                        + ", this codec reads 1.." + metric.codec().version());
            }
            int length = in.readInt();
            if (length < 0 || length > MAX_PAYLOAD || length != in.available()) {
                throw new StateFormatException("encoded state declares a payload of " + length
                        + " bytes but holds " + in.available());
            }
            A state = metric.codec().read(in, version);
            if (in.available() != 0) {
                throw new StateFormatException(in.available() + " bytes left over after the state of '" + name
                        + "'");
            }
            return state;
        } catch (EOFException e) {
            throw new StateFormatException("encoded state ends early", e);
        } catch (IOException e) {
            throw new StateFormatException("encoded state cannot be read: " + e.getMessage(), e);
        }
    }

    /** The metric name recorded in encoded bytes, for routing states to their metric. */
    public static String metricName(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC) {
                throw new StateFormatException("not a cxkit state");
            }
            return in.readUTF();
        } catch (IOException e) {
            throw new StateFormatException("encoded state ends early", e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
