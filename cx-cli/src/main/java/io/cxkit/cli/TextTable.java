package io.cxkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Left-aligned text columns, each as wide as its widest cell. */
public final class TextTable {
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * A table with this header row.
     *
     * @param header the column names
     */
    public TextTable(List<String> header) {
        rows.add(List.copyOf(header));
    }

    /**
     * Adds a row (as many cells as the header).
     *
     * @param row a row (as many cells as the header)
     */
    public void add(List<String> row) {
        rows.add(List.copyOf(row));
    }

    /**
     * Prints the header and the rows, aligned, and flushes.
     *
     * @param out where to write
     */
    public void print(PrintWriter out) {
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        for (List<String> r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                sb.append(r.get(c));
                if (c + 1 < cols) {
                    sb.append(" ".repeat(width[c] - r.get(c).length() + 2));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
        out.flush();
    }
}
