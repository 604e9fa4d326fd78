package io.cxkit.cli.journey;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** An aligned text table: numbers right-aligned, text left-aligned, two spaces between columns. */
final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header);
    }

    Table row(Object... cells) {
        List<String> r = new ArrayList<>(cells.length);
        for (Object c : cells) {
            r.add(c instanceof Double d ? Format.number(d) : String.valueOf(c));
        }
        rows.add(r);
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, true);
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
        }
        for (List<String> r : rows) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], r.get(c).length());
                numeric[c] &= r.get(c).matches("-?[0-9.,%]+|-|");
            }
        }
        line(out, header, width, numeric);
        for (List<String> r : rows) {
            line(out, r, width, numeric);
        }
        out.flush();
    }

    private static void line(PrintWriter out, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            String s = cells.get(c);
            String pad = " ".repeat(width[c] - s.length());
            sb.append(numeric[c] ? pad + s : c == width.length - 1 ? s : s + pad);
        }
        out.println(sb.toString().stripTrailing());
    }
}
