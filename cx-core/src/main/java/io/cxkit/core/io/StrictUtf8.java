package io.cxkit.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one record's bytes as UTF-8 and refuses anything that is not: malformed sequences, overlong forms,
 * encoded surrogates. Nothing is ever replaced with U+FFFD, so a bad line is rejected rather than silently
 * changed. One instance per read; it reuses its buffers.
 */
final class StrictUtf8 {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private char[] chars = new char[1024];
    private int length;
    private int errorOffset;

    /**
     * Decodes {@code bytes[0..n)}.
     *
     * @return true if they are valid UTF-8; then {@link #chars()} holds the text. Otherwise
     *         {@link #errorOffset()} is the 0-based offset of the first bad byte
     */
    boolean decode(byte[] bytes, int n) {
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, n);
        CharBuffer out = CharBuffer.wrap(chars);
        decoder.reset();
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            errorOffset = in.position();
            length = 0;
            return false;
        }
        length = out.position();
        return true;
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    int errorOffset() {
        return errorOffset;
    }

    /** The decoded text as a string. */
    String text() {
        return new String(chars, 0, length);
    }

    /**
     * The bytes as text for people: valid UTF-8 as it is, every other byte as {@code \xNN}. Used only to show a
     * rejected line; never for data that is accepted.
     */
    static String display(byte[] bytes, int n) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder sb = new StringBuilder(n + 16);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, n);
        CharBuffer out = CharBuffer.allocate(Math.max(16, n));
        while (true) {
            CoderResult r = d.decode(in, out, true);
            out.flip();
            sb.append(out);
            out.clear();
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    sb.append(String.format("\\x%02X", bytes[in.position()] & 0xFF));
                    in.position(in.position() + 1);
                }
            } else if (r.isUnderflow()) {
                break;
            }
        }
        return sb.toString();
    }
}
