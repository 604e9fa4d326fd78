package io.cxkit.metrics.weighting;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of RFC 4180 CSV (comma, optional double quotes, "" inside quotes). */
final class CsvLine {
    private CsvLine() {
    }

    static List<String> split(String line, String source, int number) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + " line " + number + ": a quoted field is not closed");
        }
        out.add(cur.toString());
        return out;
    }
}
