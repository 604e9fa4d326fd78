package io.cxkit.metrics.clv;

import java.util.List;

/**
 * What a {@link TransactionReader} did with a source. Every line after the header is counted once:
 * {@code read = accepted + rejected}.
 *
 * @param source the file or stream name
 * @param read lines read, excluding a CSV header
 * @param accepted lines that became transactions
 * @param rejected lines that did not
 * @param firstRejections the first rejections (at most 100), in line order
 */
public record TransactionReadReport(String source, long read, long accepted, long rejected,
                                    List<TransactionRejection> firstRejections) {

    /** Checks the invariant and copies the list. */
    public TransactionReadReport {
        if (read != accepted + rejected) {
            throw new IllegalArgumentException("read must equal accepted + rejected, was " + read + " != "
                    + accepted + " + " + rejected);
        }
        firstRejections = List.copyOf(firstRejections);
    }
}
