package io.cxkit.metrics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The framed binary form of an accumulator's state, shared by every metric. Current frames ({@link #MAGIC_CONFIGURED}):
 * <pre>
 *   int    magic 0x43584B43 ("CXKC")
 *   UTF    metric name
 *   int    codec version
 *   short  number of configuration settings, then each as UTF name, UTF value ({@link Metric#configuration()})
 *   int    payload length
 *   bytes  payload (written by the metric's {@link StateCodec})
 *   long   CRC-32 of everything before it
 * </pre>
 * Big-endian throughout ({@link java.io.DataOutput}). {@link #decode} refuses a state whose configuration differs
 * from the decoding metric's, naming each setting with both values.
 *
 * <p>Frames written before the configuration was carried ({@link #MAGIC}, "CXKS": the same layout without the
 * settings) still decode, under the decoding metric's configuration, because nothing in them says otherwise;
 * golden files in the tests keep them readable. Re-encoding such a state writes the current frame.
 */
public final class StateEncoding {
    /** "CXKS": a cxkit state frame without its configuration (written before version 0.1's settings check). */
    public static final int MAGIC = 0x43584B53;
    /** "CXKC": a cxkit state frame that carries the metric's configuration. */
    public static final int MAGIC_CONFIGURED = 0x43584B43;

    /** Largest payload accepted when decoding, so garbage cannot make us allocate gigabytes. */
    public static final int MAX_PAYLOAD = 64 * 1024 * 1024;
    /** Most configuration settings a frame may carry. */
    public static final int MAX_SETTINGS = 256;

    private StateEncoding() {
    }

    /**
     * Encodes an accumulator of {@code metric} into bytes, with the metric's configuration.
     *
     * <p>The hot path of engines that store states as bytes: the frame's header (magic, name, version,
     * configuration) is built once per metric and thread and copied, the payload is written into a buffer the
     * thread reuses, and the only allocation is the result.
     *
     * @param <A> the accumulator type
     * @param metric the metric
     * @param state the accumulator state
     * @return the framed bytes
     * @throws IllegalArgumentException if the payload is larger than {@link #MAX_PAYLOAD}
     */
    public static <A extends Accumulator<A>> byte[] encode(Metric<A> metric, A state) {
        Header h = header(metric);
        FrameOutput out = OUTPUT.get();
        if (out.inUse) {
            out = new FrameOutput(); // a codec that encodes a nested state on this thread
        }
        out.inUse = true;
        try {
            out.reset();
            metric.codec().write(state, out);
            int n = out.size();
            if (n > MAX_PAYLOAD) {
                throw new IllegalArgumentException(metric.name() + " state has " + n + " bytes; a frame holds at "
                        + "most " + MAX_PAYLOAD);
            }
            byte[] head = h.bytes;
            byte[] all = new byte[head.length + 4 + n + 8];
            System.arraycopy(head, 0, all, 0, head.length);
            INT.set(all, head.length, n);
            System.arraycopy(out.buffer(), 0, all, head.length + 4, n);
            CRC32 crc = new CRC32();
            crc.update(all, 0, all.length - 8);
            LONG.set(all, all.length - 8, crc.getValue());
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        } finally {
            out.inUse = false;
        }
    }

    private static final java.lang.invoke.VarHandle INT = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            int[].class, java.nio.ByteOrder.BIG_ENDIAN);
    private static final java.lang.invoke.VarHandle LONG = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.BIG_ENDIAN);
    private static final ThreadLocal<FrameOutput> OUTPUT = ThreadLocal.withInitial(FrameOutput::new);
    /** Each thread's last few metrics' headers, newest first: engines encode one or a few metrics per thread. */
    private static final ThreadLocal<Header[]> HEADERS = ThreadLocal.withInitial(() -> new Header[4]);

    /**
     * The bytes of a metric's frame before the payload length: magic, name, version, configuration. Keyed by
     * the metric and its configuration map by identity (built-in metrics return the same map every time; a
     * metric that builds a new one per call only misses the cache), and by the codec's version.
     */
    private record Header(Metric<?> metric, Map<String, String> configuration, int version, byte[] bytes) {
    }

    private static Header header(Metric<?> metric) {
        Header[] cache = HEADERS.get();
        Map<String, String> c = metric.configuration();
        int version = metric.codec().version();
        for (Header h : cache) {
            if (h != null && h.metric == metric && h.configuration == c && h.version == version) {
                return h;
            }
        }
        byte[] framed = frame(metric.name(), version, c, new byte[0]);
        // The empty payload's frame ends with its length (4 bytes, 0) and the CRC (8): the header is the rest.
        Header h = new Header(metric, c, version, java.util.Arrays.copyOf(framed, framed.length - 12));
        System.arraycopy(cache, 0, cache, 1, cache.length - 1);
        cache[0] = h;
        return h;
    }

    /**
     * Frames a payload as {@link #encode} does: for states that are not a {@link Metric}'s (a cohort matrix's,
     * say), so that they carry the same magic, name, version, configuration and checksum.
     *
     * @param name the state's name, e.g. {@code cohort}
     * @param version the payload's format version, at least 1
     * @param configuration the settings that shaped the state, in a stable order
     * @param payload the state's own bytes
     * @return the framed bytes
     * @throws IllegalArgumentException if there are more than {@link #MAX_SETTINGS} settings or the payload is
     *         larger than {@link #MAX_PAYLOAD}
     */
    public static byte[] frame(String name, int version, Map<String, String> configuration, byte[] payload) {
        if (configuration.size() > MAX_SETTINGS || payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException(name + " state has " + configuration.size() + " settings and "
                    + payload.length + " bytes; a frame holds at most " + MAX_SETTINGS + " and " + MAX_PAYLOAD);
        }
        try {
            ByteArrayOutputStream all = new ByteArrayOutputStream(payload.length + 64);
            DataOutputStream out = new DataOutputStream(all);
            out.writeInt(MAGIC_CONFIGURED);
            out.writeUTF(name);
            out.writeInt(version);
            out.writeShort(configuration.size());
            // Sorted by name, so that the bytes do not depend on a map's iteration order.
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(configuration).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
            out.writeInt(payload.length);
            out.write(payload);
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
     * A payload taken out of its frame by {@link #unframe}: a slice of the framed bytes, not a copy.
     *
     * @param version the payload's format version
     * @param bytes the framed bytes
     * @param offset where the payload starts in them
     * @param length the payload's length
     */
    public record Unframed(int version, byte[] bytes, int offset, int length) {
        /**
         * A copy of the payload's bytes.
         *
         * @return a copy of the payload's bytes
         */
        public byte[] payload() {
            return java.util.Arrays.copyOfRange(bytes, offset, offset + length);
        }

        /**
         * A stream over the payload, to read with {@link java.io.DataInput}.
         *
         * @return a stream over the payload, to read with {@link java.io.DataInput}
         */
        public ByteArrayInputStream input() {
            return new ByteArrayInputStream(bytes, offset, length);
        }
    }

    /**
     * Checks a frame written by {@link #frame} and returns its payload.
     *
     * @param maxVersion the newest payload version the caller reads
     * @param configuration the caller's configuration, which the frame's must equal
     * @param bytes the framed bytes
     * @param name the state's name, e.g. {@code cohort}
     * @return the payload and the version it was written at
     * @throws StateFormatException if the bytes are truncated, corrupted, of another name, of a version outside
     *         1..maxVersion, or of another configuration (naming each setting with both values)
     */
    public static Unframed unframe(byte[] bytes, String name, int maxVersion, Map<String, String> configuration) {
        if (bytes.length < 4 + 2 + 4 + 4 + 8) {
            throw new StateFormatException("encoded state is " + bytes.length + " bytes, too short to be one");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
            int magic = in.readInt();
            if (magic != MAGIC && magic != MAGIC_CONFIGURED) {
                throw new StateFormatException(String.format("not a cxkit state: magic 0x%08X, expected 0x%08X",
                        magic, MAGIC_CONFIGURED));
            }
            if (crc.getValue() != stored) {
                throw new StateFormatException("encoded state is corrupted: checksum mismatch");
            }
            String stateName = in.readUTF();
            if (!stateName.equals(name)) {
                throw new StateFormatException("encoded state is of metric '" + stateName + "', expected '"
                        + name + "'");
            }
            int version = in.readInt();
            if (version < 1 || version > maxVersion) {
                throw new StateFormatException("encoded state of '" + name + "' has version " + version
                        + ", this codec reads 1.." + maxVersion);
            }
            if (magic == MAGIC_CONFIGURED) {
                String diff = Configurations.difference(readConfiguration(in), configuration, "state",
                        "this metric");
                if (!diff.isEmpty()) {
                    throw new StateFormatException("encoded " + name + " state was written under another "
                            + "configuration: " + diff);
                }
            }
            int length = in.readInt();
            if (length < 0 || length > MAX_PAYLOAD || length != in.available()) {
                throw new StateFormatException("encoded state declares a payload of " + length
                        + " bytes but holds " + in.available());
            }
            return new Unframed(version, bytes, bytes.length - 8 - length, length);
        } catch (EOFException e) {
            throw new StateFormatException("encoded state ends early", e);
        } catch (IOException e) {
            throw new StateFormatException("encoded state cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Decodes bytes written by {@link #encode} for the same metric, configured alike.
     *
     * @param <A> the accumulator type
     * @param metric the metric
     * @param bytes the framed bytes
     * @return the state
     * @throws StateFormatException if the bytes are truncated, corrupted, of another metric, of a version
     *         newer than this codec, or written under another configuration (the message names each setting
     *         that differs, with the state's value and this metric's)
     */
    public static <A extends Accumulator<A>> A decode(Metric<A> metric, byte[] bytes) {
        Header h = header(metric);
        byte[] head = h.bytes;
        int version;
        FrameInput in;
        if (bytes.length >= head.length + 4 + 8 && java.util.Arrays.equals(bytes, 0, head.length, head, 0,
                head.length)) {
            // The header is this metric's own (same name, version and configuration): only the checksum and the
            // payload's length are left to check, with no parsing of the settings.
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            if (crc.getValue() != (long) LONG.get(bytes, bytes.length - 8)) {
                throw new StateFormatException("encoded state is corrupted: checksum mismatch");
            }
            int length = (int) INT.get(bytes, head.length);
            if (length != bytes.length - head.length - 4 - 8) {
                throw new StateFormatException("encoded state declares a payload of " + length
                        + " bytes but holds " + (bytes.length - head.length - 4 - 8));
            }
            version = h.version;
            in = new FrameInput(bytes, head.length + 4, length);
        } else {
            Unframed u = unframe(bytes, metric.name(), metric.codec().version(), metric.configuration());
            version = u.version();
            in = new FrameInput(u.bytes(), u.offset(), u.length());
        }
        try {
            A state = metric.codec().read(in, version);
            if (in.remaining() != 0) {
                throw new StateFormatException(in.remaining() + " bytes left over after the state of '"
                        + metric.name() + "'");
            }
            return state;
        } catch (EOFException e) {
            throw new StateFormatException("encoded state ends early", e);
        } catch (IOException e) {
            throw new StateFormatException("encoded state cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The configuration recorded in encoded bytes (empty for a frame that carries none), for routing a state
     * to a metric configured as it was.
     *
     * @param bytes the framed bytes
     * @return the configuration recorded in encoded bytes (empty for a frame that carries none), for routing a state to
     *         a metric configured as it was
     * @throws StateFormatException if the bytes are not a state frame
     */
    public static Map<String, String> configuration(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            int magic = in.readInt();
            if (magic != MAGIC && magic != MAGIC_CONFIGURED) {
                throw new StateFormatException("not a cxkit state");
            }
            in.readUTF();
            in.readInt();
            return magic == MAGIC ? Map.of() : readConfiguration(in);
        } catch (IOException e) {
            throw new StateFormatException("encoded state ends early", e);
        }
    }

    private static Map<String, String> readConfiguration(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        if (n > MAX_SETTINGS) {
            throw new StateFormatException("encoded state declares " + n + " settings, at most " + MAX_SETTINGS);
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            if (config.put(k, in.readUTF()) != null) {
                throw new StateFormatException("encoded state names setting '" + k + "' twice");
            }
        }
        return config;
    }

    /**
     * The metric name recorded in encoded bytes, for routing states to their metric.
     *
     * @param bytes the framed bytes
     * @return the metric name recorded in encoded bytes, for routing states to their metric
     */
    public static String metricName(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            int magic = in.readInt();
            if (magic != MAGIC && magic != MAGIC_CONFIGURED) {
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
