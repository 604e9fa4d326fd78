package io.cxkit.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Detects the delimiter of a table from its first bytes, as DuckDB's and Python's CSV sniffers do: the
 * candidate that splits the header and every following record into the same number of columns. Quotes are
 * respected, so a delimiter inside a quoted value does not count.
 */
final class DelimiterSniffer {
    private DelimiterSniffer() {
    }

    /**
     * The delimiter among {@link Dialect#CANDIDATES}; {@code ,} when the header holds none of them (one column).
     *
     * @param complete true if {@code buf[from..to)} is the whole input, so its last record is complete
     * @throws IllegalArgumentException naming the candidates if two of them fit equally well
     */
    static char detect(byte[] buf, int from, int to, boolean complete, int maxRecords) {
        String cands = Dialect.CANDIDATES;
        int k = cands.length();
        List<int[]> counts = new ArrayList<>();
        int[] cur = new int[k];
        boolean quoted = false;
        boolean any = false;
        int i = from;
        for (; i < to && counts.size() < maxRecords; i++) {
            byte c = buf[i];
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == '\n' && !quoted) {
                if (any) {
                    counts.add(cur);
                }
                cur = new int[k];
                any = false;
            } else if (!quoted) {
                if (c != ' ' && c != '\r' && c != '\t') {
                    any = true;
                }
                int at = cands.indexOf((char) c);
                if (at >= 0) {
                    cur[at]++;
                    any = true;
                }
            }
        }
        if (any && complete && i >= to) {
            counts.add(cur);
        }
        if (counts.isEmpty()) {
            return ',';
        }
        int[] head = counts.get(0);
        List<Integer> present = new ArrayList<>();
        List<Integer> consistent = new ArrayList<>();
        int[] agreeing = new int[k];
        for (int c = 0; c < k; c++) {
            if (head[c] == 0) {
                continue;
            }
            present.add(c);
            boolean all = true;
            for (int r = 1; r < counts.size(); r++) {
                if (counts.get(r)[c] == head[c]) {
                    agreeing[c]++;
                } else {
                    all = false;
                }
            }
            if (all) {
                consistent.add(c);
            }
        }
        if (present.isEmpty()) {
            return ',';
        }
        if (consistent.size() == 1) {
            return cands.charAt(consistent.get(0));
        }
        List<Integer> pool = consistent.isEmpty() ? present : consistent;
        if (pool.size() == 1) {
            return cands.charAt(pool.get(0));
        }
        int best = -1;
        boolean tie = false;
        for (int c : pool) {
            if (best < 0 || agreeing[c] > agreeing[best]) {
                best = c;
                tie = false;
            } else if (agreeing[c] == agreeing[best]) {
                tie = true;
            }
        }
        if (!tie && !consistent.isEmpty()) {
            return cands.charAt(best);
        }
        if (!tie) {
            return cands.charAt(best);
        }
        StringBuilder names = new StringBuilder();
        for (int c : pool) {
            if (names.length() > 0) {
                names.append(" and ");
            }
            names.append(Dialect.name(cands.charAt(c))).append(" (").append(head[c] + 1).append(" columns)");
        }
        throw new IllegalArgumentException("cannot tell the delimiter: " + names + " split the header and the first "
                + counts.size() + " records equally well; give it with --delimiter (or \"delimiter\" in the "
                + "mapping)");
    }
}
