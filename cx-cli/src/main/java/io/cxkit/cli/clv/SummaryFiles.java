package io.cxkit.cli.clv;

import io.cxkit.cli.InputException;
import io.cxkit.metrics.clv.CustomerSummary;
import io.cxkit.metrics.clv.OpportunityTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the small CSV inputs of {@code cx clv}: customer summaries, BG/BB rows and survivor counts. Every error
 * names the file, the line and the field.
 */
final class SummaryFiles {
    private SummaryFiles() {
    }

    /** Summary rows and their weights. */
    record Summaries(List<CustomerSummary> rows, double[] weights) {
    }

    /** {@code customer,x,t_x,T[,monetary][,weight]}. */
    static Summaries customerSummaries(Path file) {
        Table t = read(file, List.of("customer", "x", "t_x", "T"), List.of("monetary", "weight"));
        List<CustomerSummary> rows = new ArrayList<>();
        double[] w = new double[t.rows.size()];
        for (int i = 0; i < t.rows.size(); i++) {
            String[] r = t.rows.get(i);
            long line = t.lines.get(i);
            long x = (long) whole(file, line, "x", t.get(r, "x"));
            double tx = number(file, line, "t_x", t.get(r, "t_x"));
            double age = number(file, line, "T", t.get(r, "T"));
            double m = t.has("monetary") ? number(file, line, "monetary", t.get(r, "monetary")) : 0;
            w[i] = t.has("weight") ? number(file, line, "weight", t.get(r, "weight")) : 1;
            if (!(w[i] > 0)) {
                throw bad(file, line, "weight", t.get(r, "weight"), "must be positive");
            }
            try {
                rows.add(new CustomerSummary(t.get(r, "customer"), x, tx, age, m));
            } catch (IllegalArgumentException e) {
                throw new InputException(file + ":" + line + ": " + e.getMessage());
            }
        }
        if (rows.isEmpty()) {
            throw new InputException(file + ": no summary rows");
        }
        return new Summaries(rows, w);
    }

    /** {@code x,t_x,n,weight} for BG/BB. */
    static OpportunityTable opportunities(Path file) {
        Table t = read(file, List.of("x", "t_x", "n"), List.of("weight"));
        int k = t.rows.size();
        int[] x = new int[k];
        int[] tx = new int[k];
        int[] n = new int[k];
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            String[] r = t.rows.get(i);
            long line = t.lines.get(i);
            x[i] = (int) whole(file, line, "x", t.get(r, "x"));
            tx[i] = (int) whole(file, line, "t_x", t.get(r, "t_x"));
            n[i] = (int) whole(file, line, "n", t.get(r, "n"));
            w[i] = t.has("weight") ? number(file, line, "weight", t.get(r, "weight")) : 1;
            try {
                OpportunityTable.of(new int[] {x[i]}, new int[] {tx[i]}, new int[] {n[i]}, new double[] {w[i]});
            } catch (IllegalArgumentException e) {
                throw new InputException(file + ":" + line + ": " + e.getMessage().replace("row 1", "this row"));
            }
        }
        if (k == 0) {
            throw new InputException(file + ": no BG/BB rows");
        }
        return OpportunityTable.of(x, tx, n, w);
    }

    /** {@code period,survivors}, periods 0, 1, 2, ... in order. */
    static long[] survivors(Path file) {
        Table t = read(file, List.of("period", "survivors"), List.of());
        long[] s = new long[t.rows.size()];
        for (int i = 0; i < s.length; i++) {
            String[] r = t.rows.get(i);
            long line = t.lines.get(i);
            long period = (long) whole(file, line, "period", t.get(r, "period"));
            if (period != i) {
                throw bad(file, line, "period", t.get(r, "period"), "periods must run 0, 1, 2, ... in order, expected "
                        + i);
            }
            s[i] = (long) whole(file, line, "survivors", t.get(r, "survivors"));
        }
        return s;
    }

    private static double number(Path file, long line, String field, String v) {
        try {
            double d = Double.parseDouble(v.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(file, line, field, v, "not a finite number");
    }

    private static double whole(Path file, long line, String field, String v) {
        double d = number(file, line, field, v);
        if (d != Math.rint(d) || d < 0) {
            throw bad(file, line, field, v, "must be a whole number >= 0");
        }
        return d;
    }

    private static InputException bad(Path file, long line, String field, String value, String why) {
        return new InputException(file + ":" + line + ": " + field + " '" + value + "': " + why);
    }

    private static final class Table {
        final List<String> header;
        final List<String[]> rows = new ArrayList<>();
        final List<Long> lines = new ArrayList<>();

        Table(List<String> header) {
            this.header = header;
        }

        boolean has(String name) {
            return header.contains(name);
        }

        String get(String[] row, String name) {
            return row[header.indexOf(name)];
        }
    }

    private static Table read(Path file, List<String> required, List<String> optional) {
        if (!Files.isReadable(file)) {
            throw new InputException(file + ": cannot read the file (missing or not readable)");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String head = in.readLine();
            if (head == null) {
                throw new InputException(file + ": empty file, expected a header " + String.join(",", required));
            }
            List<String> names = new ArrayList<>();
            for (String h : head.replace("\uFEFF", "").split(",", -1)) {
                String name = h.trim();
                // T is case-sensitive in the literature (t_x vs T); other names are matched loosely.
                names.add(name.equals("T") ? name : name.toLowerCase(Locale.ROOT));
            }
            for (String r : required) {
                if (!names.contains(r)) {
                    throw new InputException(file + ":1: header '" + head + "' has no column '" + r + "' (needs "
                            + String.join(",", required) + (optional.isEmpty() ? "" : ", optional "
                            + String.join(",", optional)) + ")");
                }
            }
            Table t = new Table(names);
            String line;
            long no = 1;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    throw new InputException(file + ":" + no + ": line: blank line");
                }
                String[] f = line.split(",", -1);
                if (f.length != names.size()) {
                    throw new InputException(file + ":" + no + ": line '" + line + "': expected " + names.size()
                            + " fields as in the header, found " + f.length);
                }
                t.rows.add(Arrays.stream(f).map(String::trim).toArray(String[]::new));
                t.lines.add(no);
            }
            return t;
        } catch (IOException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }
}
