package io.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reused payload writer and the slice reader of {@link StateEncoding} match DataOutputStream byte for byte. */
class FrameIoTest {
    private static final String[] TEXTS = {"", "nps", "C000123", "café", "日本語", "a\u0000b", "😀 emoji", "x".repeat(300)};

    /** Writes the same seeded mix of every DataOutput call, long enough to make the buffer grow several times. */
    private static void writeMix(DataOutput out, long seed) throws IOException {
        Random r = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            switch (r.nextInt(9)) {
                case 0 -> out.writeByte(r.nextInt());
                case 1 -> out.writeShort(r.nextInt());
                case 2 -> out.writeInt(r.nextInt());
                case 3 -> out.writeLong(r.nextLong());
                case 4 -> out.writeDouble(r.nextGaussian());
                case 5 -> out.writeBoolean(r.nextBoolean());
                case 6 -> out.writeUTF(TEXTS[r.nextInt(TEXTS.length)]);
                case 7 -> out.writeFloat(r.nextFloat());
                default -> out.write(new byte[] {1, 2, 3, (byte) r.nextInt()}, 1, 3);
            }
        }
    }

    @Test
    void theWriterGivesTheBytesOfDataOutputStreamAndTheReaderReadsThemBack() throws IOException {
        for (long seed = 1; seed <= 5; seed++) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            writeMix(new DataOutputStream(expected), seed);
            FrameOutput out = new FrameOutput();
            out.reset();
            writeMix(out, seed);
            byte[] got = java.util.Arrays.copyOf(out.buffer(), out.size());
            assertThat(got).isEqualTo(expected.toByteArray());

            FrameInput in = new FrameInput(got, 0, got.length);
            java.io.DataInputStream ref = new java.io.DataInputStream(new java.io.ByteArrayInputStream(got));
            Random r = new Random(seed);
            for (int i = 0; i < 2_000; i++) {
                switch (r.nextInt(9)) {
                    case 0 -> { r.nextInt(); assertThat(in.readByte()).isEqualTo(ref.readByte()); }
                    case 1 -> { r.nextInt(); assertThat(in.readShort()).isEqualTo(ref.readShort()); }
                    case 2 -> { r.nextInt(); assertThat(in.readInt()).isEqualTo(ref.readInt()); }
                    case 3 -> { r.nextLong(); assertThat(in.readLong()).isEqualTo(ref.readLong()); }
                    case 4 -> { r.nextGaussian(); assertThat(in.readDouble()).isEqualTo(ref.readDouble()); }
                    case 5 -> { r.nextBoolean(); assertThat(in.readBoolean()).isEqualTo(ref.readBoolean()); }
                    case 6 -> { r.nextInt(TEXTS.length); assertThat(in.readUTF()).isEqualTo(ref.readUTF()); }
                    case 7 -> { r.nextFloat(); assertThat(in.readFloat()).isEqualTo(ref.readFloat()); }
                    default -> {
                        r.nextInt();
                        byte[] a = new byte[3];
                        byte[] b = new byte[3];
                        in.readFully(a);
                        ref.readFully(b);
                        assertThat(a).isEqualTo(b);
                    }
                }
            }
            assertThat(in.remaining()).isZero();
        }
    }

    @Test
    void readingPastTheSliceIsAnEndOfFileNotAnIndexError() {
        FrameInput in = new FrameInput(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 2, 5);
        assertThatThrownBy(in::readLong).isInstanceOf(EOFException.class);
    }
}
