package io.cxkit.segments;

import java.util.List;
import java.util.Objects;

/**
 * A dense numeric table, row-major: one row per customer (or respondent), one column per named feature.
 *
 * @param names the column names
 * @param rowIds an id per row (customer ids)
 * @param values row-major values, {@code rows × names.size()}
 */
public record FeatureMatrix(List<String> names, List<String> rowIds, double[] values) {
    /**
     * Validates the shape.
     *
     * @param names the column names
     * @param rowIds an id per row (customer ids)
     * @param values row-major values, {@code rows × names.size()}
     * @throws IllegalArgumentException if there is no column or no row, or the values do not fill the shape
     */
    public FeatureMatrix {
        names = List.copyOf(names);
        rowIds = List.copyOf(rowIds);
        Objects.requireNonNull(values, "values");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a feature matrix needs at least one column");
        }
        if (rowIds.isEmpty()) {
            throw new IllegalArgumentException("a feature matrix needs at least one row");
        }
        if ((long) names.size() * rowIds.size() != values.length) {
            throw new IllegalArgumentException("a " + rowIds.size() + " × " + names.size() + " matrix needs "
                    + (long) names.size() * rowIds.size() + " values, got " + values.length);
        }
    }

    /**
     * Rows.
     *
     * @return rows
     */
    public int rows() {
        return rowIds.size();
    }

    /**
     * Columns.
     *
     * @return the number of columns
     */
    public int columns() {
        return names.size();
    }

    /**
     * One value.
     *
     * @param row the row
     * @param column the column
     * @return one value
     */
    public double get(int row, int column) {
        return values[row * names.size() + column];
    }
}
