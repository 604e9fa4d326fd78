package io.cxkit.cli.drivers;

import io.cxkit.cli.InputException;
import io.cxkit.core.io.Column;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.TabularSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain respondent table (one row per respondent, a header naming the columns) read as numeric columns through
 * the project's one {@link TabularSource} (dialect detection, strict UTF-8, header matching ignoring case and
 * punctuation, read = accepted + rejected). An empty cell, {@code NA} or {@code NaN} is a missing answer; any
 * other value that is not a number fails the read, naming the file, line, column and value.
 */
final class RespondentTable {
    private RespondentTable() {
    }

    /** The named columns, in the order asked. */
    static double[][] read(Path file, List<String> names) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        int k = names.size();
        double[][] cols = new double[k][1024];
        int[] n = {0};
        TabularSource source = TabularSource.builder().policy(ReadPolicy.FAIL_FAST).build();
        ReadReport report;
        try {
            report = source.read(file, header -> {
                List<Column> columns = new ArrayList<>();
                for (String name : names) {
                    columns.add(header.require(name));
                }
                return row -> {
                    if (n[0] == cols[0].length) {
                        for (int c = 0; c < k; c++) {
                            cols[c] = Arrays.copyOf(cols[c], cols[c].length * 2);
                        }
                    }
                    for (int c = 0; c < k; c++) {
                        Column col = columns.get(c);
                        String v = row.isBlank(col) ? "" : row.value(col).strip();
                        cols[c][n[0]] = v.isEmpty() || v.equalsIgnoreCase("NA") || v.equalsIgnoreCase("NaN")
                                ? Double.NaN : row.decimal(col);
                    }
                    n[0]++;
                };
            });
        } catch (ReadFailedException e) {
            // The rejection names the source, line, column and value already ("file:3: a 'x': ...").
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (n[0] == 0) {
            throw new InputException(file + ": no rows after the header (" + report.read() + " read)");
        }
        double[][] out = new double[k][];
        for (int c = 0; c < k; c++) {
            out[c] = Arrays.copyOf(cols[c], n[0]);
        }
        return out;
    }
}
