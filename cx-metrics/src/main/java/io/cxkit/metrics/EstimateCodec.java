package io.cxkit.metrics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The binary form of an {@link Estimate}, for engines that move results as bytes: every field, the details in
 * their order, doubles bit for bit (so NaN and signed zeros survive). Layout, version {@value #VERSION}: magic
 * {@code "CXKE"}, version, metric, value, n, interval flag (and lower, upper, confidence, method, clamped),
 * method, details count and (name, value) pairs; big-endian ({@link java.io.DataOutput}).
 */
public final class EstimateCodec {
    /** "CXKE": cxkit estimate. */
    static final int MAGIC = 0x43584B45;
    /** The version written. */
    public static final int VERSION = 1;

    private EstimateCodec() {
    }

    /**
     * Encodes an estimate.
     *
     * @param e the estimate
     * @return its bytes
     */
    public static byte[] encode(Estimate e) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(96 + 24 * e.details().size());
            DataOutputStream out = new DataOutputStream(buf);
            out.writeInt(MAGIC);
            out.writeByte(VERSION);
            out.writeUTF(e.metric());
            out.writeDouble(e.value());
            out.writeLong(e.n());
            out.writeBoolean(e.interval().isPresent());
            if (e.interval().isPresent()) {
                Interval i = e.interval().get();
                out.writeDouble(i.lower());
                out.writeDouble(i.upper());
                out.writeDouble(i.confidence());
                out.writeUTF(i.method());
                out.writeBoolean(i.clamped());
            }
            out.writeUTF(e.method());
            out.writeInt(e.details().size());
            for (Map.Entry<String, Double> d : e.details().entrySet()) {
                out.writeUTF(d.getKey());
                out.writeDouble(d.getValue());
            }
            out.flush();
            return buf.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException("writing to memory cannot fail", ex);
        }
    }

    /**
     * Decodes bytes written by {@link #encode}.
     *
     * @param bytes the encoded state
     * @return the estimate
     * @throws StateFormatException if the bytes are truncated, corrupted, of a newer version or not an estimate
     */
    public static Estimate decode(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC) {
                throw new StateFormatException("not an encoded cxkit estimate");
            }
            int version = in.readUnsignedByte();
            if (version < 1 || version > VERSION) {
                throw new StateFormatException("encoded estimate has version " + version + ", this codec reads 1.."
                        + VERSION);
            }
            String metric = in.readUTF();
            double value = in.readDouble();
            long n = in.readLong();
            Optional<Interval> interval = Optional.empty();
            if (in.readBoolean()) {
                interval = Optional.of(new Interval(in.readDouble(), in.readDouble(), in.readDouble(), in.readUTF(),
                        in.readBoolean()));
            }
            String method = in.readUTF();
            int count = in.readInt();
            if (count < 0 || count > 10_000) {
                throw new StateFormatException("encoded estimate declares " + count + " details");
            }
            Map<String, Double> details = new LinkedHashMap<>();
            for (int k = 0; k < count; k++) {
                details.put(in.readUTF(), in.readDouble());
            }
            if (in.available() != 0) {
                throw new StateFormatException(in.available() + " bytes left over after the estimate");
            }
            return new Estimate(metric, value, n, interval, method, details);
        } catch (EOFException e) {
            throw new StateFormatException("encoded estimate ends early", e);
        } catch (IOException e) {
            throw new StateFormatException("encoded estimate cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StateFormatException("encoded estimate holds a value the result refuses: " + e.getMessage(), e);
        }
    }
}
