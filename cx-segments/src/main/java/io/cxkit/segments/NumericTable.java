package io.cxkit.segments;

import io.cxkit.core.io.Column;
import io.cxkit.core.io.Dialect;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.RejectSink;
import io.cxkit.core.io.TabularSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plain numeric table read through the one tabular source, for clustering data that is not interactions (a
 * respondent table, an export of customer features): the named columns become a {@link FeatureMatrix}. A blank
 * cell is a missing value (NaN, imputed later and counted); any other cell that is not a number rejects its row,
 * naming the line, the column and the value.
 */
public final class NumericTable {
    private NumericTable() {
    }

    /**
     * What was read.
     *
     * @param matrix the accepted rows
     * @param report the read report: read = accepted + rejected
     */
    public record Read(FeatureMatrix matrix, ReadReport report) {
    }

    /**
     * Reads the named columns of a table.
     *
     * @param file the table (CSV with a header, any dialect the source detects; {@code .gz} too)
     * @param columns the numeric columns to read, in order
     * @param idColumn the column that identifies a row; rows are numbered from 1 without one
     * @param dialect the dialect ({@link Dialect#auto()} detects the delimiter)
     * @param policy fail fast or skip and report
     * @param rejects where rejected rows go
     * @return the matrix and the report
     * @throws IOException if the file cannot be read
     * @throws io.cxkit.core.io.ReadFailedException if a column is missing (the message lists the columns), or a row
     *         is rejected under fail-fast
     * @throws IllegalArgumentException if no column is named or no row is accepted
     */
    public static Read read(Path file, List<String> columns, Optional<String> idColumn, Dialect dialect,
            ReadPolicy policy, RejectSink rejects) throws IOException {
        Objects.requireNonNull(file, "file");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("name at least one numeric column to read");
        }
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        TabularSource source = TabularSource.builder().dialect(dialect).policy(policy).rejectSink(rejects).build();
        ReadReport report = source.read(file, header -> {
            List<Column> cs = new ArrayList<>();
            for (String c : columns) {
                cs.add(header.require(c));
            }
            Optional<Column> id = idColumn.isPresent() ? Optional.of(header.require(idColumn.get()))
                    : Optional.empty();
            return row -> {
                double[] v = new double[cs.size()];
                for (int j = 0; j < cs.size(); j++) {
                    v[j] = row.isBlank(cs.get(j)) ? Double.NaN : row.decimal(cs.get(j));
                }
                String key = id.isPresent() ? row.text(id.get()) : Long.toString(rows.size() + 1L);
                ids.add(key);
                rows.add(v);
            };
        });
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no row accepted (" + report.read() + " read, "
                    + report.rejected() + " rejected)");
        }
        int d = columns.size();
        double[] values = new double[rows.size() * d];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, values, i * d, d);
        }
        return new Read(new FeatureMatrix(columns, ids, values), report);
    }
}
