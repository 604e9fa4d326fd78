package io.cxkit.metrics.clv;

import io.cxkit.core.io.ReadReport;
import java.util.Objects;

/**
 * What a {@link TransactionReader} read, beside the transactions it handed on: the report that accounts for every
 * row ({@code read = accepted + rejected}) and whether the file had amounts at all.
 *
 * @param report the counts, the first rejections and the notes of the read
 * @param hasAmounts true if the file has an amount column; false for a file of dates only, whose transactions
 *        carry amount 0 and which serves the models that need no spend (BG/NBD, MBG/NBD, Pareto/NBD) but not a
 *        spend model
 */
public record TransactionRead(ReadReport report, boolean hasAmounts) {
    /**
     * @param report the counts, the first rejections and the notes of the read
     * @param hasAmounts true if the file has an amount column; false for a file of dates only, whose transactions carry
     *        amount 0 and which serves the models that need no spend (BG/NBD, MBG/NBD, Pareto/NBD) but not a spend
     *        model
     * @throws NullPointerException if the report is null
     */
    public TransactionRead {
        Objects.requireNonNull(report, "report must not be null");
    }
}
