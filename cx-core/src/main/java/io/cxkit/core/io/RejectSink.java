package io.cxkit.core.io;

/**
 * Receives every record an {@link InteractionReader} rejects, in input order, on the reading thread. A sink may
 * write rejections to a file, count them or log them; a runtime exception it throws stops the read and
 * propagates to the caller.
 */
@FunctionalInterface
public interface RejectSink {

    /** A sink that drops rejections; the read report still counts them and keeps the first ones. */
    RejectSink NONE = rejection -> { };

    /**
     * Receives one rejection.
     *
     * @param rejection the rejected record: source, line, field, value, reason and raw line
     */
    void reject(Rejection rejection);
}
