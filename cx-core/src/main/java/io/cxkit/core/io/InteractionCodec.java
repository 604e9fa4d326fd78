package io.cxkit.core.io;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.JourneyStage;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compact binary form of an {@link Interaction}, for engines that move records as bytes (Kafka topics, Beam
 * coders, Flink serializers, Spark's binary encoder). Every field round-trips exactly: {@code decode(encode(i))}
 * equals {@code i}.
 *
 * <p>Layout, version {@value #VERSION}: a version byte, a presence bitmap (varint) of the optional fields, then
 * the fields in declaration order. Strings are a varint byte length and strict UTF-8; integers are zig-zag
 * varints; the timestamp is epoch seconds (varint) and nanoseconds (varint); money is the unscaled value's
 * two's-complement bytes, its scale and the ISO currency code; feedback is a tag byte per answer; attributes and
 * identifiers are sorted by key, so equal interactions encode to equal bytes. A decoder reads every version up
 * to its own and refuses a newer one; golden files in the tests keep old versions readable.
 *
 * <p>Not thread-safe: one codec per thread (its buffer is reused, so encoding allocates only the result array).
 */
public final class InteractionCodec {
    /** The format version this codec writes. */
    public static final int VERSION = 1;
    private static final int MAX_STRING = 1 << 20;
    private static final int MAX_ENTRIES = 10_000;

    private static final int HAS_JOURNEY = 1;
    private static final int HAS_KIND = 1 << 1;
    private static final int HAS_DIRECTION = 1 << 2;
    private static final int AUTOMATED = 1 << 3;
    private static final int HAS_DURATION = 1 << 4;
    private static final int HAS_OUTCOME = 1 << 5;
    private static final int HAS_VALUE = 1 << 6;
    private static final int HAS_STAGE = 1 << 7;
    private static final int KNOWN_FLAGS = (1 << 8) - 1;

    private static final int NPS = 1;
    private static final int CSAT = 2;
    private static final int CES = 3;
    private static final int RATING = 4;
    private static final int VERBATIM = 5;

    private byte[] buf = new byte[256];
    private int pos;
    private byte[] in;
    private int limit;

    /** A codec with its own reusable buffer. */
    public InteractionCodec() {
    }

    /**
     * Encodes an interaction.
     *
     * @param i the interaction
     * @return its bytes
     */
    public byte[] encode(Interaction i) {
        pos = 0;
        writeByte(VERSION);
        int flags = (i.journeyId().isPresent() ? HAS_JOURNEY : 0) | (i.kind().isPresent() ? HAS_KIND : 0)
                | (i.direction().isPresent() ? HAS_DIRECTION : 0) | (i.automated() ? AUTOMATED : 0)
                | (i.duration().isPresent() ? HAS_DURATION : 0) | (i.outcome().isPresent() ? HAS_OUTCOME : 0)
                | (i.value().isPresent() ? HAS_VALUE : 0) | (i.touchpoint().stage().isPresent() ? HAS_STAGE : 0);
        writeVarint(flags);
        writeString(i.id());
        writeString(i.customerId().value());
        writeString(i.touchpoint().id());
        writeString(i.touchpoint().channel().name());
        if (i.touchpoint().stage().isPresent()) {
            writeString(i.touchpoint().stage().get().name());
        }
        writeVarlong(i.timestamp().getEpochSecond());
        writeVarint(i.timestamp().getNano());
        if (i.journeyId().isPresent()) {
            writeString(i.journeyId().get());
        }
        if (i.kind().isPresent()) {
            writeString(i.kind().get());
        }
        if (i.direction().isPresent()) {
            writeByte(i.direction().get().ordinal());
        }
        if (i.duration().isPresent()) {
            writeVarlong(i.duration().get().getSeconds());
            writeVarint(i.duration().get().getNano());
        }
        if (i.outcome().isPresent()) {
            writeString(i.outcome().get().name());
        }
        if (i.value().isPresent()) {
            Money m = i.value().get();
            byte[] unscaled = m.amount().unscaledValue().toByteArray();
            writeVarint(unscaled.length);
            writeBytes(unscaled);
            writeVarint(m.amount().scale());
            writeString(m.currency().getCurrencyCode());
        }
        writeVarint(i.feedback().size());
        for (Feedback f : i.feedback()) {
            if (f instanceof Feedback.Nps n) {
                writeByte(NPS);
                writeVarint(n.score());
            } else if (f instanceof Feedback.Csat c) {
                writeByte(CSAT);
                writeVarint(c.score());
                writeVarint(c.scale());
            } else if (f instanceof Feedback.Ces c) {
                writeByte(CES);
                writeVarint(c.score());
            } else if (f instanceof Feedback.Rating r) {
                writeByte(RATING);
                writeVarint(r.score());
                writeVarint(r.scale());
            } else if (f instanceof Feedback.Verbatim v) {
                writeByte(VERBATIM);
                writeString(v.text());
            }
        }
        writeMap(i.attributes());
        writeMap(i.identifiers());
        return Arrays.copyOf(buf, pos);
    }

    /**
     * Decodes bytes written by {@link #encode} of this or an older version.
     *
     * @param bytes the bytes
     * @return the interaction
     * @throws InteractionFormatException if the bytes are truncated, of a newer version, malformed, or hold a
     *         value the domain refuses (the message says which field)
     */
    public Interaction decode(byte[] bytes) {
        in = bytes;
        pos = 0;
        limit = bytes.length;
        int version = readByte();
        if (version < 1 || version > VERSION) {
            throw new InteractionFormatException("encoded interaction has version " + version + ", this codec reads 1.."
                    + VERSION);
        }
        int flags = readVarint();
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw new InteractionFormatException("encoded interaction has unknown flags " + Integer.toHexString(flags));
        }
        try {
            String id = readString("interaction_id");
            CustomerId customer = new CustomerId(readString("customer_id"));
            String tp = readString("touchpoint");
            Channel channel = new Channel(readString("channel"));
            Touchpoint touchpoint = (flags & HAS_STAGE) != 0 ? Touchpoint.of(tp, channel,
                    new JourneyStage(readString("stage"))) : Touchpoint.of(tp, channel);
            Instant at = Instant.ofEpochSecond(readVarlong(), nanos("timestamp"));
            Interaction.Builder b = Interaction.builder(id, customer, touchpoint, at);
            if ((flags & HAS_JOURNEY) != 0) {
                b.journeyId(readString("journey_id"));
            }
            if ((flags & HAS_KIND) != 0) {
                b.kind(readString("kind"));
            }
            if ((flags & HAS_DIRECTION) != 0) {
                int d = readByte();
                if (d >= Direction.values().length) {
                    throw new InteractionFormatException("encoded interaction has direction " + d);
                }
                b.direction(Direction.values()[d]);
            }
            b.automated((flags & AUTOMATED) != 0);
            if ((flags & HAS_DURATION) != 0) {
                b.duration(Duration.ofSeconds(readVarlong(), nanos("duration")));
            }
            if ((flags & HAS_OUTCOME) != 0) {
                b.outcome(new Outcome(readString("outcome")));
            }
            if ((flags & HAS_VALUE) != 0) {
                int n = readVarint();
                if (n < 1 || n > 64) {
                    throw new InteractionFormatException("encoded interaction has a " + n + "-byte amount");
                }
                byte[] unscaled = readBytes(n);
                int scale = readVarint();
                BigDecimal amount = new BigDecimal(new BigInteger(unscaled), scale);
                b.value(new Money(amount, Money.currency(readString("currency"))));
            }
            int answers = count(readVarint(), "feedback");
            for (int k = 0; k < answers; k++) {
                int tag = readByte();
                b.feedback(switch (tag) {
                    case NPS -> new Feedback.Nps(readVarint());
                    case CSAT -> new Feedback.Csat(readVarint(), readVarint());
                    case CES -> new Feedback.Ces(readVarint());
                    case RATING -> new Feedback.Rating(readVarint(), readVarint());
                    case VERBATIM -> new Feedback.Verbatim(readString("comment"));
                    default -> throw new InteractionFormatException("encoded interaction has feedback tag " + tag);
                });
            }
            int attributes = count(readVarint(), "attributes");
            for (int k = 0; k < attributes; k++) {
                b.attribute(readString("attribute name"), readString("attribute value"));
            }
            int identifiers = count(readVarint(), "identifiers");
            for (int k = 0; k < identifiers; k++) {
                b.identifier(readString("identifier type"), readString("identifier value"));
            }
            if (pos != limit) {
                throw new InteractionFormatException((limit - pos) + " bytes left over after the interaction");
            }
            return b.build();
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            if (e instanceof InteractionFormatException f) {
                throw f;
            }
            throw new InteractionFormatException("encoded interaction holds a value the schema refuses: "
                    + e.getMessage(), e);
        }
    }

    private int nanos(String field) {
        int n = readVarint();
        if (n < 0 || n > 999_999_999) {
            throw new InteractionFormatException("encoded interaction has " + n + " nanoseconds in " + field);
        }
        return n;
    }

    private static int count(int n, String what) {
        if (n < 0 || n > MAX_ENTRIES) {
            throw new InteractionFormatException("encoded interaction declares " + n + " " + what);
        }
        return n;
    }

    // ----------------------------------------------------------------------------------------------- writing

    private void ensure(int more) {
        if (pos + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }
    }

    private void writeByte(int b) {
        ensure(1);
        buf[pos++] = (byte) b;
    }

    private void writeBytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    private void writeVarint(int v) {
        writeVarlong(v);
    }

    private void writeVarlong(long v) {
        long z = (v << 1) ^ (v >> 63);
        ensure(10);
        while ((z & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((z & 0x7F) | 0x80);
            z >>>= 7;
        }
        buf[pos++] = (byte) z;
    }

    private void writeString(String s) {
        int n = s.length();
        ensure(5 + 3 * n);
        int start = pos;
        // Reserve the length later: encode first into the buffer after a 5-byte gap, then move.
        int p = pos + 5;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                buf[p++] = (byte) c;
            } else if (c < 0x800) {
                buf[p++] = (byte) (0xC0 | (c >> 6));
                buf[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++k));
                buf[p++] = (byte) (0xF0 | (cp >> 18));
                buf[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("an unpaired surrogate cannot be encoded as UTF-8, at char " + k);
            } else {
                buf[p++] = (byte) (0xE0 | (c >> 12));
                buf[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        int len = p - (start + 5);
        writeVarint(len);
        System.arraycopy(buf, start + 5, buf, pos, len);
        pos += len;
    }

    private void writeMap(Map<String, String> m) {
        writeVarint(m.size());
        Map<String, String> sorted = m.size() <= 1 ? m : new TreeMap<>(m);
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            writeString(e.getKey());
            writeString(e.getValue());
        }
    }

    // ----------------------------------------------------------------------------------------------- reading

    private int readByte() {
        if (pos >= limit) {
            throw new InteractionFormatException("encoded interaction ends early at byte " + pos);
        }
        return in[pos++] & 0xFF;
    }

    private byte[] readBytes(int n) {
        if (n > limit - pos) {
            throw new InteractionFormatException("encoded interaction ends early at byte " + pos);
        }
        byte[] b = Arrays.copyOfRange(in, pos, pos + n);
        pos += n;
        return b;
    }

    private int readVarint() {
        long v = readVarlong();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new InteractionFormatException("encoded interaction has an integer out of range: " + v);
        }
        return (int) v;
    }

    private long readVarlong() {
        long z = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = readByte();
            z |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (z >>> 1) ^ -(z & 1);
            }
        }
        throw new InteractionFormatException("encoded interaction has a malformed varint at byte " + pos);
    }

    private String readString(String field) {
        int n = readVarint();
        if (n < 0 || n > MAX_STRING || n > limit - pos) {
            throw new InteractionFormatException("encoded interaction has a " + n + "-byte " + field
                    + " beyond its end");
        }
        boolean ascii = true;
        for (int k = pos; k < pos + n; k++) {
            if (in[k] < 0) {
                ascii = false;
                break;
            }
        }
        String s;
        if (ascii) {
            s = new String(in, pos, n, StandardCharsets.ISO_8859_1);
        } else {
            try {
                s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(in, pos, n)).toString();
            } catch (CharacterCodingException e) {
                throw new InteractionFormatException("encoded interaction has invalid UTF-8 in " + field, e);
            }
        }
        pos += n;
        return s;
    }
}
