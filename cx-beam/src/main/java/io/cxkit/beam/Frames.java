package io.cxkit.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Length-prefixed byte frames, as Beam coders nest values in one stream. */
final class Frames {
    /** Largest frame accepted, so garbage cannot make a worker allocate gigabytes. */
    static final int MAX = 256 * 1024 * 1024;

    private Frames() {
    }

    static void write(byte[] bytes, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(bytes.length);
        d.write(bytes);
        d.flush();
    }

    static byte[] read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        int n = d.readInt();
        if (n < 0 || n > MAX) {
            throw new io.cxkit.metrics.StateFormatException("a frame declares " + n + " bytes");
        }
        byte[] b = new byte[n];
        d.readFully(b);
        return b;
    }
}
