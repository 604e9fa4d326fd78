package io.cxkit.cli.clv;

import io.cxkit.cli.InputException;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.SourceMapping;
import io.cxkit.metrics.clv.CustomerSummary;
import io.cxkit.metrics.clv.OpportunityTable;
import io.cxkit.metrics.clv.SummaryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The small CSV inputs of {@code cx clv} (customer summaries, BG/BB rows, survivor counts), read by the library's
 * {@link SummaryReader}; this class only turns its failures into the CLI's exit codes. Every error names the
 * file, the line and the field.
 */
final class SummaryFiles {
    private SummaryFiles() {
    }

    /** Summary rows and their weights. */
    record Summaries(List<CustomerSummary> rows, double[] weights) {
    }

    /** {@code customer,x,t_x,T[,monetary][,weight]} (or lifetimes' frequency, recency, T, monetary_value). */
    static Summaries customerSummaries(Path file, SourceMapping mapping) {
        SummaryReader.Customers c = read(file, () -> reader(mapping).customers(file));
        if (c.rows().isEmpty()) {
            throw new InputException(file + ": no summary rows");
        }
        return new Summaries(c.rows(), c.weightArray());
    }

    /** {@code x,t_x,n[,weight]} for BG/BB. */
    static OpportunityTable opportunities(Path file, SourceMapping mapping) {
        return read(file, () -> reader(mapping).opportunities(file)).table()
                .orElseThrow(() -> new InputException(file + ": no BG/BB rows"));
    }

    /** {@code period,survivors}, periods 0, 1, 2, ... in order. */
    static long[] survivors(Path file, SourceMapping mapping) {
        return read(file, () -> reader(mapping).survivors(file)).countArray();
    }

    private static SummaryReader reader(SourceMapping mapping) {
        return SummaryReader.create().withMapping(mapping);
    }

    /** A read that may fail. */
    @FunctionalInterface
    private interface Read<T> {
        T run() throws IOException;
    }

    private static <T> T read(Path file, Read<T> read) {
        if (!Files.isReadable(file)) {
            throw new InputException(file + ": cannot read the file (missing or not readable)");
        }
        try {
            return read.run();
        } catch (ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }
}
