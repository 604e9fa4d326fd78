package io.cxkit.spark;

import io.cxkit.metrics.StateEncoding;
import io.cxkit.metrics.StateFormatException;
import java.io.IOException;
import java.io.ObjectInputStream;

/** Reads a length-prefixed state frame from a Java-serialization stream, bounding the length. */
final class StateFrames {
    private StateFrames() {
    }

    static byte[] read(ObjectInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > StateEncoding.MAX_PAYLOAD + 64 * 1024) {
            throw new StateFormatException("a state buffer declares " + n + " bytes");
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return bytes;
    }
}
